// Two `next start` processes on one production build and one database, behind nginx
// (round-robin): what a newsroom running several instances looks like. Used by
// e2e/two-instances.spec.ts (on the build scripts/e2e-server.ts made) and by the bench (on its
// own build). Every process runs in its own process group and is stopped by stop(), also when
// starting a later one fails.
import net from "node:net";
import path from "node:path";
import { startServer, type Server } from "@/bench/processes";
import { startNginx, type Nginx } from "./nginx";

export interface ClusterPorts {
  a: number;
  b: number;
  proxy: number;
}

/** Fixed ports for the e2e run (serialized under its lock); E2E_TWO_INSTANCES_PORT moves all three. */
export function defaultClusterPorts(): ClusterPorts {
  const base = Number(process.env.E2E_TWO_INSTANCES_PORT ?? 3110);
  return { a: base, b: base + 1, proxy: base + 2 };
}

export interface Cluster {
  a: Server;
  b: Server;
  proxy: Nginx;
  /** The last lines each process printed and nginx's logs: attach them when a test fails. */
  logs(): string;
  stop(): Promise<void>;
}

export async function startCluster(options: {
  appDir: string;
  databaseUrl: string;
  ports: ClusterPorts;
  env?: Record<string, string>;
}): Promise<Cluster> {
  const { a: portA, b: portB, proxy: proxyPort } = options.ports;
  // A leftover server on one of these ports would answer the readiness probe and be tested instead.
  await Promise.all([portA, portB, proxyPort].map(assertPortFree));
  const publicUrl = `http://127.0.0.1:${proxyPort}`;
  const started: Server[] = [];
  const stop = async () => {
    for (const server of started.splice(0).reverse()) await server.stop().catch(() => undefined);
  };
  try {
    const instance = async (name: string, port: number) => {
      const server = await startInstance(name, port, { ...options, publicUrl });
      started.push(server);
      return server;
    };
    const [a, b] = await Promise.all([instance("instance A", portA), instance("instance B", portB)]);
    const proxy = await startNginx({ port: proxyPort, upstreams: [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`] });
    started.push(proxy);
    const logs = () => [a, b].map((s) => `--- ${s.name} (${s.url})\n${s.output()}`).join("\n") + "\n" + proxy.logs();
    return { a, b, proxy, logs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function startInstance(
  name: string,
  port: number,
  options: { appDir: string; databaseUrl: string; publicUrl: string; env?: Record<string, string> },
): Promise<Server> {
  const next = path.join(options.appDir, "node_modules", "next", "dist", "bin", "next");
  return startServer(name, process.execPath, [next, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: options.appDir,
    url: `http://127.0.0.1:${port}`,
    readyPath: "/api/health",
    timeoutMs: 120_000,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      // One public address for both, as behind a load balancer; each still accepts requests
      // addressed to its own port (the CSRF check also allows the Host a request was sent to).
      NEXTAUTH_URL: options.publicUrl,
      // Shared, so a session or CSRF cookie made by one instance is valid on the other.
      NEXTAUTH_SECRET: "two-instances-secret-not-for-production-0123456789",
      ...options.env,
    },
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`Port ${port} is in use; stop what listens there first.`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}
