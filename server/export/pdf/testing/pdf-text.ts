// Reads a PDF back with pdf.js, an extractor independent of pdfkit: the text of every page in
// content order, plus the raw bytes as latin1 for scanning dictionaries (/URI, /JavaScript…).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pages: number;
  /** Every text item, pages in order, items joined with "" and lines with "\n". */
  text: string;
}

export async function extractPdfText(pdf: Buffer): Promise<PdfText> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  let text = "";
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item)) continue;
      text += item.str + (item.hasEOL ? "\n" : "");
    }
    text += "\n";
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text };
}
