import { useEffect } from "react";
import type { Editor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import { snapToWords } from "@/lib/anchoring/snap-to-words";
import { docPosToTextOffset, textOffsetToDocPos, type TextIndex } from "@/lib/article/text-index";

/**
 * When a mouse selection ends, widens it to whole words (lib/anchoring/snap-to-words.ts) and shows
 * the widened selection, so what the user sees is what "Add claim" quotes. Only the mouse snaps:
 * Shift+arrows never fire mouseup, and a keyboard user picks characters deliberately.
 */
export function useWordSnapping(editor: Editor | null, index: TextIndex): void {
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    let pending: ReturnType<typeof setTimeout> | undefined;

    const snap = () => {
      if (editor.isDestroyed) return;
      const { state } = editor.view;
      const selection = state.selection;
      if (!(selection instanceof TextSelection) || selection.empty) return;
      const { from, to } = selection;
      const start = docPosToTextOffset(index, from, "start");
      const end = docPosToTextOffset(index, to, "end");
      const snapped = snapToWords(index.text, start, end);
      if (snapped.start === start && snapped.end === end) return;
      // An end that did not move keeps its exact position (it may lie between blocks).
      const newFrom = snapped.start === start ? from : textOffsetToDocPos(index, snapped.start, "start");
      const newTo = snapped.end === end ? to : textOffsetToDocPos(index, snapped.end, "end");
      // Keep the direction of the drag, so a later Shift+click extends from where it started.
      const backward = selection.head < selection.anchor;
      const next = backward
        ? TextSelection.create(state.doc, newTo, newFrom)
        : TextSelection.create(state.doc, newFrom, newTo);
      editor.view.dispatch(state.tr.setSelection(next));
    };
    // The browser finishes the selection with the mouseup, and ProseMirror reads it on the
    // selectionchange that follows, so snap once those have run. The mouse may be released
    // anywhere on the page after a drag out of the article.
    const onMouseUp = () => {
      clearTimeout(pending);
      pending = setTimeout(snap, 0);
    };
    const onMouseDown = (event: MouseEvent) => {
      if (event.button === 0) window.addEventListener("mouseup", onMouseUp, { once: true });
    };

    dom.addEventListener("mousedown", onMouseDown);
    return () => {
      dom.removeEventListener("mousedown", onMouseDown);
      window.removeEventListener("mouseup", onMouseUp);
      clearTimeout(pending);
    };
  }, [editor, index]);
}
