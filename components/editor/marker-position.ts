import type { Node as PmNode } from "@tiptap/pm/model";
import { wordEndAt } from "@/lib/anchoring/snap-to-words";

/**
 * Where a claim's numbered marker goes for a claim that ends at document position `to`: right
 * there, unless that is inside a word (a claim made through the API may end mid-word), in which
 * case at the end of the word, so the marker never splits it. Only the marker moves; the
 * highlight keeps the claim's exact range.
 */
export function markerPosition(doc: PmNode, to: number): number {
  const $to = doc.resolve(to);
  const block = $to.parent;
  if (!block.isTextblock) return to;
  // Each inline leaf (a hard break) is one position wide, so "\n" keeps offsets equal to positions.
  const text = block.textBetween(0, block.content.size, undefined, "\n");
  return to + (wordEndAt(text, $to.parentOffset) - $to.parentOffset);
}
