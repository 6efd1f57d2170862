"use client";

import { useEffect, useRef } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import type { ArticleDoc } from "@/lib/article/doc";
import { docPosToTextOffset, type TextIndex } from "@/lib/article/text-index";
import { ClaimHighlights, type HighlightRange } from "@/components/editor/claim-highlights";
import { readerExtensions } from "@/components/editor/reader-extensions";

export interface TextRange {
  start: number;
  end: number;
}

interface ArticleReaderProps {
  doc: ArticleDoc;
  index: TextIndex;
  highlights: HighlightRange[];
  selectedClaimId: string | null;
  /** The current selection as offsets into contentText, or null when nothing is selected. */
  onSelectionChange: (range: TextRange | null) => void;
  onClaimClick: (claimId: string) => void;
  onAddClaimShortcut: () => void;
}

/** The article in a Tiptap view: text is read-only, selection is free, claims are decorations. */
export function ArticleReader(props: ArticleReaderProps) {
  const { doc, index, highlights, selectedClaimId } = props;
  // The editor is created once; callbacks reach it through a ref so they can change freely.
  const callbacks = useRef(props);
  callbacks.current = props;

  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      ...readerExtensions(),
      ClaimHighlights.configure({
        onClaimClick: (id) => callbacks.current.onClaimClick(id),
        onAddClaimShortcut: () => callbacks.current.onAddClaimShortcut(),
      }),
    ],
    content: doc,
    editorProps: {
      attributes: {
        class: "article-text",
        role: "textbox",
        "aria-readonly": "true",
        "aria-multiline": "true",
        "aria-label": "Article text",
        "aria-describedby": "article-text-help",
        spellcheck: "false",
        "data-testid": "article-text",
      },
    },
    onSelectionUpdate: ({ editor: e }) => {
      const { from, to, empty } = e.state.selection;
      const { onSelectionChange } = callbacks.current;
      if (empty) return onSelectionChange(null);
      onSelectionChange({ start: docPosToTextOffset(index, from), end: docPosToTextOffset(index, to) });
    },
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setClaimHighlights(highlights, selectedClaimId);
  }, [editor, highlights, selectedClaimId]);

  return (
    <div className="article-reader">
      <p id="article-text-help" className="visually-hidden">
        Read-only. Select a passage with the mouse, or with Shift and the arrow keys, then press
        Control+Alt+M (Command+Option+M on a Mac) or the Add claim button.
      </p>
      <EditorContent editor={editor} />
      {!editor && <div className="article-text article-text--loading">Loading the article…</div>}
    </div>
  );
}
