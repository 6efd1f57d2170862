"use client";

import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import type { Mentionable } from "@/lib/mentions/find-mentions";
import { insertMention, mentionQueryAt, suggestPeople, type MentionQuery } from "@/lib/mentions/mention-query";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onChange: (value: string) => void;
  people: readonly Mentionable[];
};

/**
 * A textarea that offers colleagues' names after "@" (the ARIA combobox pattern: the list is
 * announced and walked with the arrow keys while focus stays in the text). Enter or Tab inserts
 * "@Full Name ", Escape closes the list.
 */
export function MentionTextarea({ value, onChange, people, onKeyDown, ...textarea }: Props) {
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [at, setAt] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  // The "@" whose list the person closed with Escape: it stays closed until they type elsewhere.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const options = at && at.start !== dismissed ? suggestPeople(people, at.query) : [];
  const open = options.length > 0;
  const current = open ? Math.min(active, options.length - 1) : -1;

  const follow = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret);
    if (next?.start !== at?.start || next?.query !== at?.query) setActive(0);
    if (next?.start !== dismissed) setDismissed(null);
    setAt(next);
  };

  const choose = (person: Mentionable) => {
    const el = ref.current;
    if (!el || !at) return;
    const result = insertMention(value, el.selectionStart, at, person, people);
    onChange(result.text);
    setAt(null);
    requestAnimationFrame(() => el.setSelectionRange(result.caret, result.caret));
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
      if (event.key in moves) {
        event.preventDefault();
        setActive((current + moves[event.key]! + options.length) % options.length);
        return;
      }
      if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
        event.preventDefault();
        choose(options[current]!);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        setDismissed(at!.start);
        return;
      }
    }
    onKeyDown?.(event);
  };

  return (
    <div className="mention-box">
      <textarea
        {...textarea}
        ref={ref}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          follow(e.target.value, e.target.selectionStart);
        }}
        onSelect={(e) => follow(e.currentTarget.value, e.currentTarget.selectionStart)}
        onKeyDown={keyDown}
        onBlur={() => setAt(null)}
      />
      <ul id={listId} role="listbox" aria-label="People to mention" className="mention-box__list" hidden={!open}>
        {options.map((person, i) => (
          <li
            key={person.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className="mention-box__option"
            // Keeps focus (and the caret) in the textarea while the pointer picks a name.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(person)}
          >
            <span className="mention-box__name">{person.name}</span>{" "}
            <span className="mention-box__email">{person.email}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
