import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { isAddressable, text } from "@/lib/validation/text";
import { httpUrl } from "@/lib/validation/fields";
import { CreateArticleInput } from "@/server/articles/schemas";
import { CreateRevisionInput } from "@/server/articles/revisions/schemas";
import { CreateClaimInput, UpdateClaimInput } from "@/server/claims/schemas";
import { AddCommentInput, ReopenInput, RequestChangesInput } from "@/server/comments/schemas";
import { AddSourceInput } from "@/server/sources/schemas";
import { CreateUserInput } from "@/server/users/schemas";

const quote = (exact: string, more = {}) => ({ target: { selector: [{ type: "TextQuoteSelector", exact, ...more }] } });
const source = { url: "https://example.org/a", title: "A", stance: "SUPPORTS" };
const user = { email: "a@example.org", name: "Ann", role: "CHECKER", password: "long enough password" };

// Every text field of every body, with a valid rest: [schema, body with `v` in the field, field path].
const FIELDS: [string, z.ZodType, (v: string) => unknown, string][] = [
  ["article title", CreateArticleInput, (v) => ({ title: v, body: "x" }), "title"],
  ["article outlet", CreateArticleInput, (v) => ({ title: "t", body: "x", outlet: v }), "outlet"],
  ["article author", CreateArticleInput, (v) => ({ title: "t", body: "x", author: v }), "author"],
  ["article url", CreateArticleInput, (v) => ({ title: "t", body: "x", url: `https://example.org/${v}` }), "url"],
  ["article body", CreateArticleInput, (v) => ({ title: "t", body: `a${v}` }), "body"],
  ["revision body", CreateRevisionInput, (v) => ({ format: "text", body: `a${v}` }), "body"],
  ["revision note", CreateRevisionInput, (v) => ({ format: "text", body: "a", note: v }), "note"],
  ["quote", CreateClaimInput, (v) => quote(`a${v}`), "target.selector.0.exact"],
  ["prefix", CreateClaimInput, (v) => quote("a", { prefix: v }), "target.selector.0.prefix"],
  ["suffix", CreateClaimInput, (v) => quote("a", { suffix: v }), "target.selector.0.suffix"],
  ["claimant", CreateClaimInput, (v) => ({ ...quote("a"), claimant: v }), "claimant"],
  ["rationale", UpdateClaimInput, (v) => ({ version: 1, rationale: v }), "rationale"],
  ["source url", AddSourceInput, (v) => ({ ...source, url: `https://example.org/${v}` }), "url"],
  ["source title", AddSourceInput, (v) => ({ ...source, title: `a${v}` }), "title"],
  ["source excerpt", AddSourceInput, (v) => ({ ...source, excerpt: v }), "excerpt"],
  ["comment", AddCommentInput, (v) => ({ body: `a${v}` }), "body"],
  ["request-changes note", RequestChangesInput, (v) => ({ comment: `a${v}` }), "comment"],
  ["reopen reason", ReopenInput, (v) => ({ reason: `a${v}` }), "reason"],
  ["user name", CreateUserInput, (v) => ({ ...user, name: `a${v}` }), "name"],
  ["user email", CreateUserInput, (v) => ({ ...user, email: `a${v}@example.org` }), "email"],
];

function fieldErrors(schema: z.ZodType, body: unknown): Record<string, string[]> {
  const result = schema.safeParse(body);
  const fields: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (fields[issue.path.join(".")] ??= []).push(issue.message);
  return fields;
}

describe("text that cannot be stored is refused on the field, in every body", () => {
  it.each(FIELDS)("%s with NUL", (_name, schema, body, field) => {
    expect(fieldErrors(schema, body("b\u0000c"))).toEqual({ [field]: [expect.stringMatching(/NUL character/)] });
  });

  it.each(FIELDS)("%s with a lone surrogate", (_name, schema, body, field) => {
    for (const lone of ["\ud83d", "\ude00", "x\ude00\ud83d"])
      expect(fieldErrors(schema, body(lone))).toEqual({ [field]: [expect.stringMatching(/broken character/)] });
  });

  // An email address has its own rule about which characters it may hold.
  it.each(FIELDS.filter(([name]) => name !== "user email"))("%s keeps a whole emoji", (_name, schema, body) => {
    expect(fieldErrors(schema, body("\ud83d\ude00"))).toEqual({});
  });
});

describe("text()", () => {
  const field = text("The title").trim();

  it("removes control characters but keeps tab and newline, reading CR and CRLF as a newline", () => {
    expect(field.parse("a\u0001b\u0007c\u001bd\u007fe\u0085f\u000bg\fh")).toBe("abcdefgh");
    expect(field.parse("one\ttwo\r\nthree\rfour\nfive")).toBe("one\ttwo\nthree\nfour\nfive");
  });

  it("names the field in the message", () => {
    expect(field.safeParse("a\u0000").error?.issues[0]?.message).toMatch(/^The title contains a NUL character/);
  });
});

describe("typed URLs are stored as a browser would follow them", () => {
  it.each([
    ["http:\\\\evil.example\\x", "http://evil.example/x"],
    ["HTTPS://Example.ORG:443/a/../b", "https://example.org/b"],
    ["https:/evil.example", "https://evil.example/"],
    [" https://exämple.org/ä ", "https://xn--exmple-cua.org/%C3%A4"],
  ])("%j is stored as %j", (typed, stored) => {
    expect(httpUrl.parse(typed)).toBe(stored);
  });

  it.each([
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    "https://a\tb.example",
    "//evil.example",
    "https://u@x.example",
  ])("%j is refused", (typed) => {
    expect(httpUrl.safeParse(typed).error?.issues[0]?.message).toMatch(/http:\/\/ or https:\/\//);
  });
});

describe("isAddressable", () => {
  it("refuses ids no row could have: NUL or half a surrogate pair", () => {
    expect(isAddressable("clx9abc")).toBe(true);
    expect(isAddressable("sessions-and-the-envoy-😀")).toBe(true);
    expect(isAddressable("a\u0000b")).toBe(false);
    expect(isAddressable("a\ud800")).toBe(false);
    expect(isAddressable("\udc00b")).toBe(false);
  });
});
