import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/server/http/content-security-policy";

const directive = (csp: string, name: string) =>
  csp
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe("contentSecurityPolicy", () => {
  it("lets only scripts with the nonce run, and none of eval in production", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(directive(csp, "script-src")).toBe("'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc123", { development: true })).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, base rewriting and forms to other sites", () => {
    const csp = contentSecurityPolicy("n");
    expect(directive(csp, "frame-ancestors")).toBe("'none'");
    expect(directive(csp, "object-src")).toBe("'none'");
    expect(directive(csp, "base-uri")).toBe("'none'");
    expect(directive(csp, "form-action")).toBe("'self'");
  });

  it("keeps 'unsafe-inline' for styles working: no nonce in style-src", () => {
    expect(directive(contentSecurityPolicy("n"), "style-src")).toBe("'self' 'unsafe-inline'");
  });
});

describe("newNonce", () => {
  it("is 128 bits of base64, fresh each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
