// The baseline for the claim-creation load test: plain Node `http` + `pg`, no framework, no
// session, no validation library. It parses the same JSON body as POST /api/articles/:id/claims
// and INSERTs the same row into "Claim" (floor/insert-claim.ts, shared with the framework floor),
// so app req/s ÷ this req/s is what the whole stack costs, Next included.
// Run as a child process: DATABASE_URL, PORT and BENCH_USER_ID (createdBy/updatedBy) from env.
import http from "node:http";
import pg from "pg";
import { insertClaim } from "./floor/insert-claim";

const { DATABASE_URL, PORT, BENCH_USER_ID } = process.env;
if (!DATABASE_URL || !PORT || !BENCH_USER_ID) throw new Error("bare-server needs DATABASE_URL, PORT and BENCH_USER_ID");

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
const CLAIMS_PATH = /^\/api\/articles\/([^/]+)\/claims$/;

function send(response: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  response.end(json);
}

const server = http.createServer((request, response) => {
  if (request.method === "GET" && request.url === "/health") return send(response, 200, { status: "ok" });
  const match = request.method === "POST" ? CLAIMS_PATH.exec(request.url ?? "") : null;
  if (!match) return send(response, 404, { error: { code: "NOT_FOUND" } });
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    insertClaim(pool, match[1]!, Buffer.concat(chunks).toString("utf8"), BENCH_USER_ID).then(
      ([status, body]) => send(response, status, body),
      (error: unknown) => send(response, 500, { error: { code: "INTERNAL", message: String(error) } }),
    );
  });
});

server.listen(Number(PORT), "127.0.0.1");
const shutdown = () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
