import { describe, expect, it } from "vitest";
import { isBrowserOnlyApi } from "@/server/auth/api-tokens-scope";

describe("isBrowserOnlyApi", () => {
  it.each([
    "/api/tokens",
    "/api/tokens/abc",
    "/api/account/password",
    "/api/account/two-factor/confirm",
    "/api/settings/two-factor",
    "/api/users/u1/two-factor",
    "/api/users/u1/sessions/revoke",
    "/api/users/u1/password-reset",
    "/api/users/u1/unlock",
    "/api/users",
    "/api/users/u1",
  ])("keeps tokens away from %s", (path) => {
    expect(isBrowserOnlyApi(path)).toBe(true);
  });

  it.each(["/api/articles", "/api/usersnap", "/api/claims/c1/approve", "/api/tokensmith"])(
    "lets tokens call %s",
    (path) => {
      expect(isBrowserOnlyApi(path)).toBe(false);
    },
  );
});
