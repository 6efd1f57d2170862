import type { ArticleMark, ArticleMarkName } from "@/lib/article/doc";

// The rank of each mark in Tiptap 3's StarterKit schema (Link has priority 1000; the others follow
// StarterKit's extension order). ProseMirror keeps a node's marks sorted by rank, so emitting them
// in this order makes our JSON identical to what `schema.nodeFromJSON(doc).toJSON()` gives back.
const MARK_RANK: Record<ArticleMarkName, number> = {
  link: 0,
  bold: 1,
  code: 2,
  italic: 3,
  strike: 4,
  underline: 5,
};

// Resolves nesting the way ProseMirror's Mark.addToSet does, so the result always passes check():
// the code mark excludes every other mark (`excludes: "_"`), and a mark replaces one of its own
// type (an inner link wins over an outer one).
export function addMark(marks: readonly ArticleMark[], mark: ArticleMark): ArticleMark[] {
  if (marks.some((existing) => existing.type === "code")) return [...marks];
  if (mark.type === "code") return [mark];
  const others = marks.filter((existing) => existing.type !== mark.type);
  return [...others, mark].sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type]);
}

export function sameMarks(a: readonly ArticleMark[], b: readonly ArticleMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => sameMark(mark, b[i]));
}

function sameMark(a: ArticleMark, b: ArticleMark | undefined): boolean {
  if (b === undefined || a.type !== b.type) return false;
  return a.type !== "link" || (b.type === "link" && a.attrs.href === b.attrs.href);
}
