import { describe, expect, it } from "vitest";
import { isJsonMediaType, readJson } from "@/server/http/read-json";

const post = (body: string, type = "application/json") =>
  new Request("http://desk.test/api/x", { method: "POST", headers: { "content-type": type }, body });

describe("isJsonMediaType", () => {
  it.each([
    "application/json",
    "Application/JSON",
    "application/json; charset=utf-8",
    'application/json;charset="UTF-8"',
  ])("accepts %j", (type) => expect(isJsonMediaType(type)).toBe(true));

  it.each([
    null,
    "",
    "text/plain",
    "text/plain; x=application/json",
    "text/plain;application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=application/json",
    "application/jsonp",
    "application/json-patch+json",
    "application/json; charset=iso-8859-1",
  ])("refuses %j", (type) => expect(isJsonMediaType(type)).toBe(false));
});

describe("readJson", () => {
  it("parses a JSON body", async () => {
    await expect(readJson(post('{"title":"x"}'))).resolves.toEqual({ title: "x" });
  });

  it("refuses a JSON body in disguise with 415", async () => {
    await expect(readJson(post('{"title":"x"}', "text/plain; x=application/json"))).rejects.toMatchObject({
      status: 415,
    });
  });

  it("refuses deep nesting with 422 and a message for the whole body, before parsing", async () => {
    const error = await readJson(post("[".repeat(20_000) + "]".repeat(20_000))).catch((e) => e);
    expect(error).toMatchObject({ status: 422, fields: { _: [expect.stringContaining("64 levels")] } });
  });
});
