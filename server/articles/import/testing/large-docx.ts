// A Word file near the 2 MB limit, for the stall test and the bench: mammoth's time grows with it.
import { Document, Packer, Paragraph, TextRun } from "docx";
import type { WorstBody } from "@/lib/article/testing/worst-bodies";

export async function largeDocxBody(paragraphs = 12_000): Promise<WorstBody> {
  const children = Array.from(
    { length: paragraphs },
    (_, i) =>
      new Paragraph({
        children: [
          new TextRun(`Paragraph ${i}: the council said spending rose by ${i % 97} percent, `),
          new TextRun({ text: "officials confirmed", bold: i % 2 === 0, italics: i % 3 === 0 }),
          new TextRun(` on ${1 + (i % 28)} March.`),
        ],
      }),
  );
  children.push(new Paragraph({ children: [new TextRun("The last paragraph of the long document.")] }));
  const file = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return {
    name: `a ${Math.round(file.length / 1024)} kB Word file`,
    format: "docx",
    body: file.toString("base64"),
    keeps: "The last paragraph of the long document.",
  };
}
