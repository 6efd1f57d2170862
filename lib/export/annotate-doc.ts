// The article's structure with claims woven in: every textblock becomes a list of runs, each run
// knowing which claims cover it and which claims start or end there. Renderers (HTML, Markdown,
// DOCX, PDF) walk this instead of re-deriving offsets. Offsets follow buildTextIndex exactly.
import type { ArticleDoc, ArticleMark, BlockNode, HeadingLevel, InlineNode } from "@/lib/article/doc";
import { buildTextIndex } from "@/lib/article/text-index";

export interface ClaimSpan {
  number: number;
  start: number;
  end: number;
}

interface RunClaims {
  /** Claim numbers covering this run, outermost first. */
  claims: number[];
  /** Claims whose first run this is. */
  starts: number[];
  /** Claims whose last run this is. */
  ends: number[];
}

export type AnnotatedRun = ({ kind: "text"; text: string; marks: ArticleMark[] } | { kind: "hardBreak" }) & RunClaims;

export type AnnotatedBlock =
  | { type: "paragraph" | "codeBlock"; runs: AnnotatedRun[] }
  | { type: "heading"; level: HeadingLevel; runs: AnnotatedRun[] }
  | { type: "horizontalRule" }
  | { type: "blockquote"; content: AnnotatedBlock[] }
  | { type: "bulletList"; items: AnnotatedBlock[][] }
  | { type: "orderedList"; start: number; items: AnnotatedBlock[][] };

/** Splits the doc's text at every claim boundary. Claims without a span (orphans) are skipped. */
export function annotateDoc(doc: ArticleDoc, spans: ClaimSpan[]): AnnotatedBlock[] {
  const { segments } = buildTextIndex(doc);
  // Outermost first (earlier start, then longer), so marks nest the way the claims do; numbers
  // are stable creation numbers and say nothing about nesting.
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.number - b.number);
  const allRuns: AnnotatedRun[] = [];
  let blockIndex = 0;

  const textblockRuns = (content: InlineNode[] | undefined): AnnotatedRun[] => {
    const segment = segments[blockIndex++]!;
    let offset = segment.textStart;
    const runs: AnnotatedRun[] = [];
    for (const node of content ?? []) {
      if (node.type === "hardBreak") {
        runs.push({ kind: "hardBreak", ...covering(sorted, offset, offset + 1) });
        offset += 1;
        continue;
      }
      const end = offset + node.text.length;
      const cuts = [offset, ...boundariesWithin(sorted, offset, end), end];
      for (let i = 0; i + 1 < cuts.length; i++) {
        const [from, to] = [cuts[i]!, cuts[i + 1]!];
        runs.push({
          kind: "text",
          text: node.text.slice(from - offset, to - offset),
          marks: node.marks ?? [],
          ...covering(sorted, from, to),
        });
      }
      offset = end;
    }
    allRuns.push(...runs);
    return runs;
  };

  const block = (node: BlockNode): AnnotatedBlock => {
    switch (node.type) {
      case "paragraph":
      case "codeBlock":
        return { type: node.type, runs: textblockRuns(node.content) };
      case "heading":
        return { type: "heading", level: node.attrs.level, runs: textblockRuns(node.content) };
      case "horizontalRule":
        return { type: "horizontalRule" };
      case "blockquote":
        return { type: "blockquote", content: node.content.map(block) };
      case "bulletList":
        return { type: "bulletList", items: node.content.map((item) => item.content.map(block)) };
      case "orderedList":
        return {
          type: "orderedList",
          start: node.attrs.start,
          items: node.content.map((item) => item.content.map(block)),
        };
    }
  };

  const blocks = doc.content.map(block);
  markStartsAndEnds(allRuns);
  return blocks;
}

function boundariesWithin(spans: ClaimSpan[], from: number, to: number): number[] {
  const points = new Set<number>();
  for (const s of spans) {
    if (s.start > from && s.start < to) points.add(s.start);
    if (s.end > from && s.end < to) points.add(s.end);
  }
  return [...points].sort((a, b) => a - b);
}

function covering(spans: ClaimSpan[], from: number, to: number): RunClaims {
  return { claims: spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.number), starts: [], ends: [] };
}

/** A claim starts in the first run it covers and ends in the last, even across blocks. */
function markStartsAndEnds(runs: AnnotatedRun[]): void {
  const first = new Map<number, AnnotatedRun>();
  const last = new Map<number, AnnotatedRun>();
  for (const run of runs) {
    for (const n of run.claims) {
      if (!first.has(n)) first.set(n, run);
      last.set(n, run);
    }
  }
  for (const [n, run] of first) run.starts.push(n);
  for (const [n, run] of last) run.ends.push(n);
}
