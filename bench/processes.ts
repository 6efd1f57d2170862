// Child processes for the bench: spawn in their own process group (so stopping one stops its
// children too), wait for HTTP readiness, find free ports, and read the RSS of a process tree.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  /** The last lines the process printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion, echoing nothing unless it fails. */
export function runToEnd(name: string, command: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    const tail = outputTail(child);
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (${signal ?? `exit ${code}`}):\n${tail()}`)),
    );
  });
}

export async function startServer(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { url: string; readyPath: string; timeoutMs?: number },
): Promise<Server> {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const output = outputTail(child);
  let exited = false;
  child.on("exit", () => (exited = true));
  const server: Server = {
    name,
    url: options.url,
    child,
    output,
    stop: () => stopProcessGroup(child, () => exited),
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited before it was ready:\n${output()}`);
    const ok = await fetch(options.url + options.readyPath).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await sleep(250);
  }
  await server.stop();
  throw new Error(`${name} was not ready at ${options.url}${options.readyPath} within the timeout:\n${output()}`);
}

async function stopProcessGroup(child: ChildProcess, exited: () => boolean): Promise<void> {
  if (exited() || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup("SIGTERM");
  for (let waited = 0; waited < 5000 && !exited(); waited += 100) await sleep(100);
  if (!exited()) signalGroup("SIGKILL");
}

function outputTail(child: ChildProcess, keep = 60): () => string {
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > keep) lines.splice(0, lines.length - keep);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return () => lines.join("\n");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sum of VmRSS over `pid` and all its descendants, in bytes, with each process's share. */
export function processTreeRss(pid: number): {
  totalBytes: number;
  processes: { pid: number; name: string; rssBytes: number }[];
} {
  const processes: { pid: number; name: string; rssBytes: number }[] = [];
  const visit = (p: number) => {
    const status = readProc(String(p), "status");
    if (status) {
      const kb = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
      // cmdline, not Name: Next retitles its process "next-server (v16…)", which Name truncates.
      const name = (readProc(String(p), "cmdline") ?? "").replaceAll("\0", " ").trim().slice(0, 60) || "?";
      processes.push({ pid: p, name, rssBytes: kb * 1024 });
    }
    for (const c of descendants(p)) visit(c);
  };
  visit(pid);
  return { totalBytes: processes.reduce((sum, p) => sum + p.rssBytes, 0), processes };
}

/** CPU time (user + system) used so far by `pid` and its descendants, in ms. */
export function processTreeCpuMs(pid: number): number {
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  const cpu = (p: number): number => {
    const fields = readProc(String(p), "stat")?.split(") ")[1]?.split(" ");
    const own = fields ? (Number(fields[11]) + Number(fields[12])) * (1000 / ticksPerSecond) : 0;
    return own + descendants(p).reduce((sum, c) => sum + cpu(c), 0);
  };
  return cpu(pid);
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (/^\d+$/.test(entry) && readProc(entry, "stat")?.match(/\) \S+ (\d+)/)?.[1] === String(pid))
      found.push(Number(entry));
  }
  return found;
}

function readProc(pid: string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}
