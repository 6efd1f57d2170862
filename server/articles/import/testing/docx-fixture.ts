// A real .docx made with the `docx` package, so tests need no binary fixture in the repository.
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from "docx";

// A 1×1 transparent PNG: the import must drop images.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

export const DOCX_FIXTURE_TEXT = [
  "Budget claims",
  "The mayor said taxes fell by 40 percent.",
  "First point",
  "Second point",
  "Sources",
  "See the city budget for details.",
].join("\n\n");

export async function budgetDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Budget claims")] }),
          new Paragraph({
            children: [
              new TextRun("The mayor said "),
              new TextRun({ text: "taxes fell", bold: true }),
              new TextRun(" by "),
              new TextRun({ text: "40 percent", italics: true }),
              new TextRun("."),
              new ImageRun({ type: "png", data: PIXEL, transformation: { width: 1, height: 1 } }),
            ],
          }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun("First point")] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun("Second point")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Sources")] }),
          new Paragraph({
            children: [
              new TextRun("See "),
              new ExternalHyperlink({ link: "https://example.org/budget", children: [new TextRun("the city budget")] }),
              new TextRun(" for details."),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
