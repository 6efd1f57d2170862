// One textblock's inline content as Markdown: emphasis, strike, code and links kept, and a footnote
// reference `[^claim-N]` right after each claim's last word. Markdown has no highlight, so claims
// show only as those references; the footnote quotes the claim's words in full.
import type { ArticleMark } from "@/lib/article/doc";
import type { AnnotatedRun } from "@/lib/export/annotate-doc";
import { claimNumber } from "@/lib/export/claim-anchor";
import { escapeMarkdown, markdownCode, markdownUrl } from "@/lib/export/escape-markdown";
import { articleHref } from "@/lib/links/link-policy";

type Token = { kind: "text"; text: string; marks: ArticleMark[] } | { kind: "break" } | { kind: "ref"; n: number };

// Underline has no Markdown syntax (and raw HTML is not emitted), so underlined text is plain.
const DELIMITERS: Partial<Record<ArticleMark["type"], string>> = { bold: "**", italic: "*", strike: "~~" };

export const footnoteRef = (n: number) => `[^claim-${claimNumber(n)}]`;

/** `lineBreak` is what a hard break becomes: `\` + newline in paragraphs, a space in headings. */
export function inlineMarkdown(runs: AnnotatedRun[], lineBreak: string): string {
  let out = "";
  let pending = ""; // whitespace held back so that it lands outside emphasis delimiters
  const open: ArticleMark[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) out += closer(open.pop()!);
  };
  for (const token of tokenize(runs)) {
    if (token.kind === "ref") {
      // Close everything first: a reference inside link text or emphasis is not reliably parsed.
      closeTo(0);
      out += footnoteRef(token.n);
      continue;
    }
    if (token.kind === "break") {
      closeTo(0);
      out += lineBreak;
      pending = "";
      continue;
    }
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(token.text)!;
    if (core === "") {
      pending += token.text;
      continue;
    }
    const stacked = token.marks.filter(
      (m) => m.type in DELIMITERS || (m.type === "link" && articleHref(m.attrs.href) !== null),
    );
    let keep = 0;
    while (keep < open.length && keep < stacked.length && sameMark(open[keep]!, stacked[keep]!)) keep++;
    closeTo(keep);
    out += pending + lead;
    for (const mark of stacked.slice(keep)) {
      out += mark.type === "link" ? "[" : DELIMITERS[mark.type];
      open.push(mark);
    }
    out += token.marks.some((m) => m.type === "code") ? markdownCode(core!) : escapeMarkdown(core!);
    pending = trail!;
  }
  closeTo(0);
  return out + pending;
}

/** Runs with the same formatting merge (claim boundaries matter only where a reference goes). */
function tokenize(runs: AnnotatedRun[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const last = tokens.at(-1);
    if (run.kind === "hardBreak") tokens.push({ kind: "break" });
    else if (last?.kind === "text" && sameMarks(last.marks, run.marks)) last.text += run.text;
    else tokens.push({ kind: "text", text: run.text, marks: run.marks });
    for (const n of [...run.ends].sort((a, b) => a - b)) tokens.push({ kind: "ref", n });
  }
  return tokens;
}

function closer(mark: ArticleMark): string {
  return mark.type === "link" ? `](${markdownUrl(articleHref(mark.attrs.href)!)})` : DELIMITERS[mark.type]!;
}

function sameMark(a: ArticleMark, b: ArticleMark): boolean {
  return a.type === b.type && (a.type !== "link" || (b.type === "link" && a.attrs.href === b.attrs.href));
}

function sameMarks(a: ArticleMark[], b: ArticleMark[]): boolean {
  return a.length === b.length && a.every((m, i) => sameMark(m, b[i]!));
}
