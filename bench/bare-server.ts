// The baseline for the claim-creation load test: plain Node `http` + `pg`, no framework, no
// session, no validation library. It parses the same JSON body as POST /api/articles/:id/claims
// and INSERTs the same row into "Claim", so app req/s ÷ this req/s is what the stack costs.
// Run as a child process: DATABASE_URL, PORT and BENCH_USER_ID (createdBy/updatedBy) from env.
import { randomBytes } from "node:crypto";
import http from "node:http";
import pg from "pg";

const { DATABASE_URL, PORT, BENCH_USER_ID } = process.env;
if (!DATABASE_URL || !PORT || !BENCH_USER_ID) throw new Error("bare-server needs DATABASE_URL, PORT and BENCH_USER_ID");

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
const CLAIMS_PATH = /^\/api\/articles\/([^/]+)\/claims$/;

let counter = 0;
/** Shaped like a cuid (c + time + counter + randomness, base 36); unique is all the table needs. */
function cuidLike(): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`.slice(
    0,
    25,
  );
}

interface Selector {
  type?: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  response.end(json);
}

async function createClaim(articleId: string, raw: string): Promise<[number, unknown]> {
  let selectors: Selector[];
  try {
    selectors = (JSON.parse(raw) as { target: { selector: Selector[] } }).target.selector;
  } catch {
    return [400, { error: { code: "VALIDATION", message: "Malformed JSON." } }];
  }
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");
  if (!quote?.exact || position?.start === undefined || position.end === undefined) {
    return [400, { error: { code: "VALIDATION", message: "Both selectors are needed." } }];
  }
  const { rows } = await pool.query(
    `INSERT INTO "Claim" ("id", "articleId", "exact", "prefix", "suffix", "startOffset", "endOffset", "createdById", "updatedById", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, CURRENT_TIMESTAMP) RETURNING *`,
    [
      cuidLike(),
      articleId,
      quote.exact,
      quote.prefix ?? "",
      quote.suffix ?? "",
      position.start,
      position.end,
      BENCH_USER_ID,
    ],
  );
  return [201, { claim: rows[0] }];
}

const server = http.createServer((request, response) => {
  if (request.method === "GET" && request.url === "/health") return send(response, 200, { status: "ok" });
  const match = request.method === "POST" ? CLAIMS_PATH.exec(request.url ?? "") : null;
  if (!match) return send(response, 404, { error: { code: "NOT_FOUND" } });
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    createClaim(match[1]!, Buffer.concat(chunks).toString("utf8")).then(
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
