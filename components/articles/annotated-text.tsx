import type { AnnotatedBlock } from "@/lib/export/annotate-doc";
import type { ExportClaim } from "@/lib/export/model";
import { annotatedArticleTree } from "@/lib/render/annotated-article";
import { ElementTree } from "@/components/ui/element-tree";

/** The article with its claims highlighted, as static markup: the HTML export's article, as React. */
export function AnnotatedText({
  blocks,
  claims,
}: {
  blocks: AnnotatedBlock[];
  claims: ReadonlyMap<number, ExportClaim>;
}) {
  return <ElementTree nodes={annotatedArticleTree(blocks, claims)} />;
}
