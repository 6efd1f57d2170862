import { TextDiffView, type DiffChange } from "@/components/articles/text-diff-view";

export interface RevisionPreviewData {
  reanchor: { exact: number; fuzzy: number; orphaned: number };
  words: { inserted: number; deleted: number };
  changes: DiffChange[];
  claims: {
    id: string;
    number: number;
    status: "exact" | "fuzzy" | "orphaned";
    moved: boolean;
    before: string;
    after: string | null;
  }[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What saving the new text would do: the words that change, and what happens to every claim. */
export function RevisionPreview({ preview }: { preview: RevisionPreviewData }) {
  const { reanchor, words } = preview;
  return (
    <section className="revision-preview" aria-labelledby="revision-preview-title">
      <h3 id="revision-preview-title">Preview of the new revision</h3>
      <p>
        {plural(words.inserted, "word")} inserted, {plural(words.deleted, "word")} deleted. Claims: {reanchor.exact}{" "}
        kept, {reanchor.fuzzy} with changed words, {reanchor.orphaned} no longer found.
      </p>
      {preview.claims.length > 0 && (
        <ol className="revision-preview__claims" aria-label="What happens to each claim">
          {preview.claims.map((c) => (
            <li key={c.id} className={`outcome outcome--${c.status}`}>
              <strong>Claim {c.number}</strong>: {outcome(c)}
            </li>
          ))}
        </ol>
      )}
      <TextDiffView changes={preview.changes} label="Changes to the text" />
    </section>
  );
}

function outcome(c: RevisionPreviewData["claims"][number]): string {
  if (c.status === "orphaned") return `no longer found (“${c.before}”); it will wait under Needs re-anchoring.`;
  if (c.status === "fuzzy") return `words changed: “${c.before}” → “${c.after}”. Someone must check the verdict.`;
  return c.moved ? `same words, moved (“${c.before}”).` : `unchanged (“${c.before}”).`;
}
