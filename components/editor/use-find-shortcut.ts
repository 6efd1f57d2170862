import { useEffect, type RefObject } from "react";
import type { Editor } from "@tiptap/react";

/**
 * Ctrl+Alt+F (⌘+⌥+F on a Mac) anywhere on the page, or "/" in the article text, focuses the find
 * box. Ctrl+F stays the browser's. The shortcut is left alone in other text fields, where Ctrl+Alt
 * is AltGr on many keyboard layouts (AltGr+F types "[" in Hungarian).
 */
export function useFindShortcut(editor: Editor | null, input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const box = input.current;
      if (!box || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const inText = !!target && !!editor && !editor.isDestroyed && editor.view.dom.contains(target);
      const chord = (event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyF";
      const slash = inText && event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!chord && !slash) return;
      if (chord && !inText && target !== box && isTextField(target)) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [editor, input]);
}

function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement)
    return !["button", "checkbox", "radio", "submit", "reset"].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}
