// The tests' OpenID Connect provider on its own, for trying single sign-on by hand against
// `npm run dev` (README, "Single sign-on"): npx tsx e2e/oidc/run.ts
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_PORT } from "@/e2e/oidc/config";
import { startOidcServer } from "@/e2e/oidc/server";

const desk = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");

startOidcServer({ port: OIDC_PORT, redirectUri: `${desk}/api/auth/callback/oidc` }).then(() => {
  console.log(
    `OpenID Connect provider on ${OIDC_ISSUER} for ${desk}. Start the desk with\n` +
      `  OIDC_ISSUER=${OIDC_ISSUER} OIDC_CLIENT_ID=${OIDC_CLIENT_ID} OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET} npm run dev`,
  );
});
