import type { ArticleMark, BlockNode, HeadingLevel, InlineNode } from "@/lib/article/doc";
import { finishInline, type RawInline } from "@/lib/article/inline-content";
import { HAS_NON_HTML_WHITESPACE, type WhitespaceMode } from "@/lib/article/whitespace-mode";

/** The textblock that inline content currently flows into. */
export type OpenTextblock =
  { type: "paragraph"; explicit: boolean } | { type: "heading"; level: HeadingLevel; explicit: true };

const IMPLICIT_PARAGRAPH: OpenTextblock = {
  type: "paragraph",
  explicit: false,
};

/**
 * Collects the blocks of one container (doc, blockquote, list item) while the HTML is walked.
 * Inline content that arrives outside any <p> or <h*> gathers in an implicit paragraph, which ends
 * wherever a block starts, so that the result is always valid for the schema.
 */
export class BlockSink {
  readonly blocks: BlockNode[] = [];
  private inline: RawInline[] = [];
  private textblock: OpenTextblock = IMPLICIT_PARAGRAPH;

  constructor(private readonly whitespace: WhitespaceMode) {}

  addText(text: string, marks: ArticleMark[]): void {
    this.inline.push({ type: "text", text, marks });
  }

  addHardBreak(): void {
    this.inline.push({ type: "hardBreak" });
  }

  openTextblock(textblock: OpenTextblock): void {
    this.flush();
    this.textblock = textblock;
  }

  addBlock(block: BlockNode): void {
    this.flush();
    this.blocks.push(block);
  }

  /** Ends the open textblock; call it wherever the source ends a block. */
  flush(): void {
    const content = finishInline(this.inline, this.whitespace);
    if (this.keeps(content)) this.blocks.push(this.textblockWith(content));
    this.inline = [];
    this.textblock = IMPLICIT_PARAGRAPH;
  }

  // Collapse mode drops blocks without text, which browsers render as nothing or as a blank line.
  // Preserve mode keeps an explicit empty <p></p> (it is part of the stored document) but not the
  // formatting whitespace someone may have put between tags.
  private keeps(content: readonly InlineNode[]): boolean {
    const hasText = content.some((node) => node.type === "text");
    if (this.whitespace === "collapse") return hasText;
    if (this.textblock.explicit) return true;
    return content.some((node) => node.type === "hardBreak" || HAS_NON_HTML_WHITESPACE.test(node.text));
  }

  private textblockWith(content: InlineNode[]): BlockNode {
    const withContent = content.length > 0 ? { content } : {};
    if (this.textblock.type === "heading") {
      return {
        type: "heading",
        attrs: { level: this.textblock.level },
        ...withContent,
      };
    }
    return { type: "paragraph", ...withContent };
  }
}
