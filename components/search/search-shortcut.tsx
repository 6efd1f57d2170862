"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * "/" on any desk page goes to the search box: focuses it on the search page, opens the search
 * page elsewhere (its box takes focus). Left alone where "/" is typing (text fields, anything
 * editable) and in the article text, where "/" opens Find in article (components/editor).
 */
export function SearchShortcut() {
  const router = useRouter();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target && (isTextField(target) || target.closest(".ProseMirror, [contenteditable]"))) return;
      event.preventDefault();
      const box = document.getElementById("search-q");
      if (box instanceof HTMLInputElement) {
        box.focus();
        box.select();
      } else router.push("/search");
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router]);
  return null;
}

function isTextField(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement)
    return !["button", "checkbox", "radio", "submit", "reset"].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}
