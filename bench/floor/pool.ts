// The framework floor (bench only, never shipped): route handlers that buildApp writes into the
// scratch copy's app/api/bench-floor/ before `next build`, so they run in the same production
// server as the app, under /api/ like the app's routes (which proxy.ts's matcher leaves out, so
// neither pays for the page proxy). This is their one `pg` pool, the size of the app's Prisma
// pool; `pg` connects on the first query, so the build, which imports routes, needs no database.
import pg from "pg";

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** The user the floor's claims are created by (bench/app-server.ts startApp sets it). */
export function benchUserId(): string {
  const id = process.env.BENCH_USER_ID;
  if (!id) throw new Error("The framework floor needs BENCH_USER_ID");
  return id;
}
