import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { importBody } from "@/server/articles/import/import-article-source";
import { budgetDocx, DOCX_FIXTURE_TEXT } from "@/server/articles/import/testing/docx-fixture";
import type { AppError } from "@/server/errors";

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
};

// importBody parses on a worker thread; starting the first one (tsx, mammoth, jsdom) takes seconds.
describe("a Word file through importBody", { timeout: 60_000 }, () => {
  it("keeps headings, paragraphs, lists, links and emphasis, and drops images", async () => {
    const body = (await budgetDocx()).toString("base64");
    const { contentHtml, contentText } = await importBody({ format: "docx", body });

    expect(contentText).toBe(DOCX_FIXTURE_TEXT);
    expect(contentHtml).toContain("<h1>Budget claims</h1>");
    expect(contentHtml).toContain("<h2>Sources</h2>");
    expect(contentHtml).toContain("<strong>taxes fell</strong>");
    expect(contentHtml).toContain("<em>40 percent</em>");
    expect(contentHtml).toMatch(/<ul><li><p>First point<\/p><\/li><li><p>Second point<\/p><\/li><\/ul>/);
    expect(contentHtml).toContain('<a href="https://example.org/budget">the city budget</a>');
    expect(contentHtml).not.toContain("<img");
  });

  it.each([
    ["text that is not base64", "this is not base64!", /not valid base64/],
    [
      "base64 of something else",
      Buffer.from("Just some text, not a zip at all.").toString("base64"),
      /not a Word document/,
    ],
    [
      "an old .doc",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]).toString("base64"),
      /older \.doc/,
    ],
  ])("refuses %s with 422 at the body field", async (_name, body, message) => {
    const error = await failure(importBody({ format: "docx", body }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fields?.body?.[0]).toMatch(message);
  });

  it("refuses a ZIP that is not a Word document", async () => {
    const error = await failure(
      importBody({ format: "docx", body: zipOf("notes.txt", Buffer.from("hello")).toString("base64") }),
    );
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toMatch(/could not be read/);
  });

  it("refuses a small file that unpacks to more than the limit without unpacking it", async () => {
    const bomb = zipOf("word/document.xml", Buffer.alloc(30 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await failure(importBody({ format: "docx", body: bomb.toString("base64") }));
    expect(error.message).toMatch(/unpacks to more than 24 MB/);
  });

  it("refuses an entry that unpacks to more than it declares", async () => {
    const liar = zipOf("word/document.xml", Buffer.alloc(1024 * 1024, 0x20), { declaredSize: 100 });
    const error = await failure(importBody({ format: "docx", body: liar.toString("base64") }));
    expect(error.message).toMatch(/damaged/);
  });

  it("refuses a file over 2 MB with 413", async () => {
    const error = await failure(importBody({ format: "docx", body: "A".repeat(2_796_208) }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

/** A one-entry ZIP (deflated), optionally lying about the entry's unpacked size. */
function zipOf(name: string, content: Buffer, { declaredSize = content.length } = {}): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryStart = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryStart, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}
