"use client";

import { useEffect, useMemo, type KeyboardEvent, type MouseEvent } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import type { ArticleDoc } from "@/lib/article/doc";
import { annotateDoc } from "@/lib/export/annotate-doc";
import type { ExportClaim } from "@/lib/export/model";
import { AnnotatedText } from "@/components/articles/annotated-text";
import { docPosToTextOffset, type TextIndex } from "@/lib/article/text-index";
import { ClaimHighlights, type HighlightRange } from "@/components/editor/claim-highlights";
import { FindInArticle } from "@/components/editor/find-in-article";
import { FindMatch } from "@/components/editor/find-match";
import { readerExtensions } from "@/components/editor/reader-extensions";
import { SuggestionHighlights, type SuggestionRange } from "@/components/editor/suggestion-highlights";
import { useWordSnapping } from "@/components/editor/use-word-snapping";

// Module constants, not literals in the render: useEditor compares its options by identity on every
// render and, when they differ, calls setOptions, which re-applies the editor's state to the DOM.
// The desk re-renders on each selection change, so new literals here made a fast Shift+Arrow lose
// a keystroke (the DOM selection was reset to the one ProseMirror had not yet read).
const EXTENSIONS = [...readerExtensions(), ClaimHighlights, SuggestionHighlights, FindMatch];
const NO_SUGGESTIONS: SuggestionRange[] = [];
const EDITOR_PROPS = {
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
};

export interface TextRange {
  start: number;
  end: number;
}

interface ArticleReaderProps {
  doc: ArticleDoc;
  index: TextIndex;
  highlights: HighlightRange[];
  /** Sentences "Suggest claims" marks, drawn apart from the claims. */
  suggestions?: SuggestionRange[];
  selectedClaimId: string | null;
  /** The current selection as offsets into contentText, or null when nothing is selected. */
  onSelectionChange: (range: TextRange | null) => void;
  onClaimClick: (claimId: string) => void;
  /** The shortcut, with the selection as it is at that moment (see currentRange). */
  onAddClaimShortcut: (range: TextRange | null) => void;
}

/**
 * The article in a Tiptap view: text is read-only, selection is free (a mouse selection snaps to
 * whole words), claims are decorations, and a find box above the text selects a phrase from the
 * keyboard.
 */
export function ArticleReader(props: ArticleReaderProps) {
  const { doc, index, highlights, selectedClaimId, onSelectionChange, onClaimClick, onAddClaimShortcut } = props;

  const editor = useEditor({
    immediatelyRender: false,
    extensions: EXTENSIONS,
    content: doc,
    editorProps: EDITOR_PROPS,
  });

  useEffect(() => {
    if (!editor) return;
    const report = () => onSelectionChange(rangeOf(editor, index));
    editor.on("selectionUpdate", report);
    return () => {
      editor.off("selectionUpdate", report);
    };
  }, [editor, index, onSelectionChange]);

  useWordSnapping(editor, index);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setClaimHighlights(highlights, selectedClaimId);
  }, [editor, highlights, selectedClaimId]);

  const suggestions = props.suggestions ?? NO_SUGGESTIONS;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setSuggestionHighlights(suggestions);
  }, [editor, suggestions]);

  // Clicks and the shortcut are handled here, by delegation, rather than inside the editor:
  // the highlights are plain DOM marks and React keeps the current callbacks. The shortcut also
  // works from the find box, so a match becomes a claim without leaving it.
  const handleClick = (event: MouseEvent) => {
    // A drag that selects words inside a highlight ends in a click on it: that is a selection
    // for a new claim, not a request to open the highlighted one.
    if (window.getSelection()?.isCollapsed === false) return;
    const id = (event.target as HTMLElement).closest("[data-claim-id], [data-claim-marker]");
    const claimId = id?.getAttribute("data-claim-id") ?? id?.getAttribute("data-claim-marker");
    if (claimId) onClaimClick(claimId);
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyM") {
      event.preventDefault();
      onAddClaimShortcut(editor ? currentRange(editor, index) : null);
    }
  };

  return (
    // The handlers extend the focusable textbox inside; they add no control of their own.
    <div className="article-reader" onClick={handleClick} onKeyDown={handleKeyDown}>
      <FindInArticle editor={editor} index={index} />
      <p id="article-text-help" className="visually-hidden">
        Read-only. Select a passage with the mouse, or with Shift and the arrow keys, then press Control+Alt+M
        (Command+Option+M on a Mac) or the Add claim button. Press slash or Control+Alt+F to find a phrase.
      </p>
      <EditorContent editor={editor} />
      {!editor && <ArticlePlaceholder doc={doc} />}
    </div>
  );
}

function rangeOf(editor: Editor, index: TextIndex): TextRange | null {
  const { from, to, empty } = editor.state.selection;
  return empty ? null : { start: docPosToTextOffset(index, from, "start"), end: docPosToTextOffset(index, to, "end") };
}

/**
 * The selection right now. ProseMirror takes in a Shift+Arrow on the browser's next
 * selectionchange event, so a shortcut pressed straight after it would otherwise act on the
 * selection before the last keystroke; flushing the DOM observer reads it first.
 */
function currentRange(editor: Editor, index: TextIndex): TextRange | null {
  (editor.view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
  return rangeOf(editor, index);
}

/**
 * The article as static markup until the editor has mounted, so it is readable at once: rendered
 * into the page's HTML on the server, and by the browser from the same `doc` when it hydrates,
 * rather than sent a second time in the page's payload as a server-rendered tree (70 kB for a
 * 10,000-word article).
 */
function ArticlePlaceholder({ doc }: { doc: ArticleDoc }) {
  const blocks = useMemo(() => annotateDoc(doc, []), [doc]);
  return (
    <div className="article-text" aria-busy="true">
      <AnnotatedText blocks={blocks} claims={NO_CLAIMS} />
    </div>
  );
}

const NO_CLAIMS: ReadonlyMap<number, ExportClaim> = new Map();
