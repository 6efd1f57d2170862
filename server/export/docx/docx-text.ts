// Stored text as Word runs. Everything goes through plainText first: XML 1.0 forbids C0 controls
// other than tab, LF and CR, and lone surrogates, so they become visible stand-ins (␇, U+FFFD)
// before the docx package writes a byte. Newlines become line breaks and tabs Word tabs.
import { ExternalHyperlink, Tab, TextRun, type IRunOptions, type ParagraphChild } from "docx";
import { plainText } from "@/lib/export/plain-text";

export type RunStyle = Omit<IRunOptions, "text" | "children" | "break">;

export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const part of plainText(text).split(/(\n|\t)/)) {
    if (part === "\n") runs.push(new TextRun({ ...style, break: 1 }));
    else if (part === "\t") runs.push(new TextRun({ ...style, children: [new Tab()] }));
    else if (part !== "") runs.push(new TextRun({ ...style, text: part }));
  }
  return runs;
}

/** A link when `link` is set (an href from the link policy), else the text alone. */
export function linkedRuns(text: string, link: string | null, style: RunStyle = {}): ParagraphChild[] {
  return link
    ? [new ExternalHyperlink({ link, children: textRuns(text, { ...style, style: "Hyperlink" }) })]
    : textRuns(text, style);
}
