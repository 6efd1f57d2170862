// The embedded database, for information beside (a): the same POST claim load on the build as a
// desk without configuration runs it (PGlite through pglite-socket, one backend, a pool of one;
// startEmbeddedApp). At (a)'s 10 connections requests queue for that one connection; a
// single-user desk sends one at a time, which is what its target is about. Server CPU here
// includes the database, which runs inside the `npm start` process.
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo";
import { checkOneClaim, claimsPath, loadClaims, seedArticleClaim, type LoadFigures } from "./claim-load";
import type { Server } from "./processes";
import { signIn } from "./session";

export interface EmbeddedFigures {
  tenConnections: LoadFigures;
  oneUser: LoadFigures;
}

export async function loadEmbeddedClaims(app: Server, phrase: string): Promise<EmbeddedFigures> {
  const session = await signIn(app.url, DEMO_USERS[0].email, DEMO_PASSWORD);
  const { seedId, body } = await seedArticleClaim(app.url, session, phrase);
  const route = claimsPath(seedId);
  await checkOneClaim(app.url, route, body, session.cookieHeader);
  const tenConnections = await loadClaims(app, route, body, { cookie: session.cookieHeader });
  const oneUser = await loadClaims(app, route, body, { cookie: session.cookieHeader, connections: 1 });
  return { tenConnections, oneUser };
}
