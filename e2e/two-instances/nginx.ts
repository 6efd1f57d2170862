// A real nginx in front of the instances, from the committed template, run in the foreground as
// a child process with its own scratch prefix (config, logs, temp files), so stopping it leaves
// nothing behind and it never touches /etc/nginx or /var/log.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, type Server } from "@/bench/processes";

export const NGINX_TEMPLATE = path.join(__dirname, "nginx.conf.template");

export function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error("nginx is not installed: apt-get install -y nginx (or set NGINX_PATH)");
}

/** The template with its ${NAME} placeholders filled; an unfilled one is an error, not a silent gap. */
export function renderNginxConfig(values: Record<string, string>): string {
  const text = readFileSync(NGINX_TEMPLATE, "utf8").replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`nginx.conf.template needs a value for ${name}`);
    return value;
  });
  return text;
}

export interface Nginx extends Server {
  /** access.log and error.log, for a failing test's report. */
  logs(): string;
}

export async function startNginx(options: { port: number; upstreams: [string, string] }): Promise<Nginx> {
  const prefix = mkdtempSync(path.join(tmpdir(), "factdesk-nginx-"));
  // Run as root, nginx's workers drop to `nobody`, which must reach the temp directories it makes here.
  chmodSync(prefix, 0o755);
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(
    config,
    renderNginxConfig({
      PROXY_PORT: String(options.port),
      UPSTREAM_A: options.upstreams[0],
      UPSTREAM_B: options.upstreams[1],
    }),
  );
  const binary = nginxBinary();
  const args = ["-p", prefix, "-c", config, "-e", "stderr", "-g", "daemon off;"];
  execFileSync(binary, [...args, "-t", "-q"], { stdio: "pipe" });
  const readLog = (name: string) => {
    const file = path.join(prefix, name);
    return existsSync(file) ? `--- nginx ${name}\n${readFileSync(file, "utf8").split("\n").slice(-40).join("\n")}` : "";
  };
  const server = await startServer("nginx", binary, args, {
    url: `http://127.0.0.1:${options.port}`,
    readyPath: "/api/health",
    timeoutMs: 30_000,
  }).catch((error: unknown) => {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  });
  return {
    ...server,
    logs: () => [readLog("error.log"), readLog("access.log")].filter(Boolean).join("\n"),
    stop: async () => {
      await server.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
