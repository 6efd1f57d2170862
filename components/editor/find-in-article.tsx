"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { Editor } from "@tiptap/react";
import { findPhrase, MAX_PHRASE_LENGTH, stepMatch } from "@/lib/anchoring/find-phrase";
import type { TextRange } from "@/lib/anchoring/types";
import { docPosToTextOffset, textOffsetToDocPos, type TextIndex } from "@/lib/article/text-index";
import { useFindShortcut } from "@/components/editor/use-find-shortcut";

interface FindInArticleProps {
  editor: Editor | null;
  index: TextIndex;
}

/**
 * "Find in article": moves the editor's selection to the next match of a phrase, so a keyboard or
 * screen-reader user reaches a quote in a few keystrokes and "Add claim" quotes exactly the match.
 * The selection is reported to the desk like any other (the editor's selectionUpdate).
 */
export function FindInArticle({ editor, index }: FindInArticleProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [phrase, setPhrase] = useState("");
  const [status, setStatus] = useState("");
  // Matched on Enter, not on every keystroke: a one-letter phrase has ~100,000 matches in a 2 MB article.
  const found = useRef<{ phrase: string; text: string; matches: TextRange[] } | null>(null);
  useFindShortcut(editor, input);

  const go = (direction: 1 | -1) => {
    if (!editor) return;
    if (!phrase.trim()) {
      setStatus("Type a phrase to find.");
      return;
    }
    if (found.current?.phrase !== phrase || found.current.text !== index.text) {
      found.current = { phrase, text: index.text, matches: findPhrase(index.text, phrase) };
    }
    const { matches } = found.current;
    const { from, to } = editor.state.selection;
    const current = { start: docPosToTextOffset(index, from, "start"), end: docPosToTextOffset(index, to, "end") };
    const at = stepMatch(matches, current, direction);
    const match = matches[at];
    if (!match) {
      editor.commands.setFindMatch(null);
      setStatus(`No matches for “${phrase.trim()}”.`);
      return;
    }
    const range = {
      from: textOffsetToDocPos(index, match.start, "start"),
      to: textOffsetToDocPos(index, match.end, "end"),
    };
    // No focus(): the user keeps typing in the box; the match is painted by the FindMatch mark.
    editor.chain().setTextSelection(range).setFindMatch(range).run();
    editor.view.dom.querySelector("[data-find-match]")?.scrollIntoView({ block: "center" });
    setStatus(`Match ${at + 1} of ${matches.length}`);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === "Escape" && editor) {
      // Into the text at the match, where Shift+arrows can adjust it.
      event.preventDefault();
      editor.commands.focus();
    }
  };

  return (
    <form
      role="search"
      aria-label="Search the article"
      className="find-in-article"
      onSubmit={(event) => {
        event.preventDefault();
        go(1);
      }}
    >
      <label htmlFor={`${id}-phrase`}>Find in article</label>
      <input
        ref={input}
        id={`${id}-phrase`}
        type="search"
        value={phrase}
        maxLength={MAX_PHRASE_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-help`}
        aria-keyshortcuts="Control+Alt+F Meta+Alt+F"
        onChange={(event) => {
          setPhrase(event.target.value);
          setStatus("");
          editor?.commands.setFindMatch(null);
        }}
        onKeyDown={handleKeyDown}
      />
      <button type="button" className="button button--small" onClick={() => go(-1)}>
        Previous<span className="visually-hidden"> match</span>
      </button>
      <button type="submit" className="button button--small">
        Next<span className="visually-hidden"> match</span>
      </button>
      <p role="status" aria-live="polite" className="find-in-article__status">
        {status}
      </p>
      <p id={`${id}-help`} className="visually-hidden">
        Enter selects the next match, Shift+Enter the previous one. Then press Control+Alt+M (Command+Option+M on a Mac)
        to add it as a claim, or Escape to move into the text at the match.
      </p>
    </form>
  );
}
