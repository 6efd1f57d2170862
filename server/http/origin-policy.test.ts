import { describe, expect, it } from "vitest";
import {
  addressedOrigin,
  checkRequestOrigin,
  isHttpsRequest,
  parseTrustedOrigins,
  type OriginSettings,
} from "@/server/http/origin-policy";

const settings: OriginSettings = {
  appUrl: "https://desk.example.org",
  trustedOrigins: ["https://cms.example.org"],
  trustProxyHeaders: false,
};

function request(method: string, headers: Record<string, string>, url = "http://10.0.0.5:3000/api/users") {
  return new Request(url, { method, headers: { host: "10.0.0.5:3000", ...headers } });
}

describe("checkRequestOrigin", () => {
  it.each(["GET", "HEAD", "OPTIONS", "get"])("never checks %s", (method) => {
    expect(checkRequestOrigin(request(method, { origin: "https://evil.example" }), settings).allowed).toBe(true);
  });

  it.each([
    ["the app's public address", "https://desk.example.org"],
    ["the app's public address in capitals", "HTTPS://DESK.EXAMPLE.ORG"],
    ["the address the request was sent to", "http://10.0.0.5:3000"],
    ["a trusted origin", "https://cms.example.org"],
  ])("lets a POST from %s through", (_, origin) => {
    expect(checkRequestOrigin(request("POST", { origin }), settings)).toEqual({ allowed: true });
  });

  it.each([
    ["another site", "https://evil.example"],
    ["another port of the same host", "http://10.0.0.5:4444"],
    ["the same host over the other scheme", "https://10.0.0.5:3000"],
    ["a look-alike host", "https://desk.example.org.evil.example"],
    ["a sandboxed frame", "null"],
  ])("refuses a POST from %s", (_, origin) => {
    for (const method of ["POST", "PATCH", "PUT", "DELETE"]) {
      const verdict = checkRequestOrigin(request(method, { origin }), settings);
      expect(verdict.allowed).toBe(false);
    }
  });

  it("reads Sec-Fetch-Site when Origin is missing", () => {
    expect(checkRequestOrigin(request("POST", { "sec-fetch-site": "same-origin" }), settings).allowed).toBe(true);
    for (const site of ["same-site", "cross-site", "none"])
      expect(checkRequestOrigin(request("POST", { "sec-fetch-site": site }), settings).allowed).toBe(false);
  });

  it("refuses a cookie request that names no origin at all (curl, scripts)", () => {
    const verdict = checkRequestOrigin(request("DELETE", {}), settings);
    expect(verdict).toMatchObject({ allowed: false, reason: expect.stringContaining("API token") });
  });

  it("prefers Origin over Sec-Fetch-Site", () => {
    const headers = { origin: "https://evil.example", "sec-fetch-site": "same-origin" };
    expect(checkRequestOrigin(request("POST", headers), settings).allowed).toBe(false);
  });

  it("believes X-Forwarded-Host/Proto only from a trusted proxy", () => {
    const forwarded = {
      origin: "https://public.example",
      "x-forwarded-host": "public.example",
      "x-forwarded-proto": "https",
    };
    const noAppUrl = { ...settings, appUrl: undefined };
    expect(checkRequestOrigin(request("POST", forwarded), noAppUrl).allowed).toBe(false);
    expect(checkRequestOrigin(request("POST", forwarded), { ...noAppUrl, trustProxyHeaders: true }).allowed).toBe(true);
  });
});

describe("addressedOrigin and isHttpsRequest", () => {
  it("builds the origin from Host and the request's scheme", () => {
    expect(addressedOrigin(request("POST", {}), false)).toBe("http://10.0.0.5:3000");
    expect(addressedOrigin(request("POST", { host: "desk.example.org:443" }, "https://x/"), false)).toBe(
      "https://desk.example.org",
    );
  });

  it("takes the first hop of a forwarded list, when trusted", () => {
    const headers = { "x-forwarded-host": "a.example, b.example", "x-forwarded-proto": "https, http" };
    expect(addressedOrigin(request("POST", headers), true)).toBe("https://a.example");
    expect(isHttpsRequest(request("GET", headers), true)).toBe(true);
    expect(isHttpsRequest(request("GET", headers), false)).toBe(false);
    expect(isHttpsRequest(request("GET", {}, "https://desk.example.org/"), false)).toBe(true);
  });
});

describe("parseTrustedOrigins", () => {
  it("reads a comma-separated list of origins", () => {
    expect(parseTrustedOrigins(undefined)).toEqual([]);
    expect(parseTrustedOrigins(" ")).toEqual([]);
    expect(parseTrustedOrigins("https://cms.example.org, http://localhost:8080/,")).toEqual([
      "https://cms.example.org",
      "http://localhost:8080",
    ]);
  });

  it.each(["cms.example.org", "https://cms.example.org/admin", "*", "file:///tmp"])("refuses %j", (entry) => {
    expect(() => parseTrustedOrigins(entry)).toThrow(/not an origin/);
  });
});
