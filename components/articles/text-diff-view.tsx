import type { ReactNode } from "react";

export interface DiffChange {
  op: "equal" | "insert" | "delete";
  text: string;
}

// Unchanged stretches longer than this are shortened to their ends, so a change stands out.
const CONTEXT = 120;

/**
 * Inserted and deleted words, NewsDiffs-style: deletions struck through, insertions underlined,
 * each also announced in words ("deleted:", "inserted:") so neither depends on colour.
 */
export function TextDiffView({ changes, label }: { changes: DiffChange[]; label: string }) {
  const changed = changes.some((c) => c.op !== "equal");
  return (
    <div className="text-diff" role="region" aria-label={label}>
      {!changed ? (
        <p>The text is the same.</p>
      ) : (
        <p className="text-diff__text">
          {changes.map((c, i): ReactNode => {
            if (c.op === "insert")
              return (
                <ins key={i}>
                  <span className="visually-hidden">[inserted: </span>
                  {c.text}
                  <span className="visually-hidden">]</span>
                </ins>
              );
            if (c.op === "delete")
              return (
                <del key={i}>
                  <span className="visually-hidden">[deleted: </span>
                  {c.text}
                  <span className="visually-hidden">]</span>
                </del>
              );
            return <span key={i}>{shorten(c.text, i === 0, i === changes.length - 1)}</span>;
          })}
        </p>
      )}
    </div>
  );
}

function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2) return text;
  const head = first ? "" : text.slice(0, CONTEXT);
  const tail = last ? "" : text.slice(-CONTEXT);
  return `${head} … ${tail}`;
}
