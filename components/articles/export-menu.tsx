"use client";

import { useId, useState } from "react";

const FORMATS = [
  { key: "html", label: "Annotated HTML", hint: "one file, opens offline" },
  { key: "pdf", label: "PDF" },
  { key: "docx", label: "Word (DOCX)", hint: "claims as comments" },
  { key: "md", label: "Markdown", hint: "with footnotes" },
  { key: "annotations", label: "Web Annotations (JSON-LD)" },
  { key: "claimreview", label: "ClaimReview (JSON-LD)", hint: "approved claims only" },
  { key: "csv", label: "Claims as CSV" },
] as const;

/** Downloads of the annotated article and its data; plain links, so they work from the keyboard. */
export function ExportMenu({ articleId }: { articleId: string }) {
  const [scope, setScope] = useState<"approved" | "all">("approved");
  const [notes, setNotes] = useState(false);
  const id = useId();
  const href = (format: string) =>
    `/api/articles/${articleId}/export?${new URLSearchParams({ format, scope, notes: notes ? "include" : "exclude" })}`;

  return (
    <details className="export-menu">
      <summary className="button">Export</summary>
      <div className="export-menu__panel">
        <fieldset>
          <legend>Claims to include</legend>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === "approved"}
              onChange={() => setScope("approved")}
            />{" "}
            Approved claims
          </label>
          <label>
            <input type="radio" name={`${id}-scope`} checked={scope === "all"} onChange={() => setScope("all")} /> All
            claims (internal; drafts marked)
          </label>
        </fieldset>
        <label>
          <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} /> Include review notes
        </label>
        <ul aria-label="Export formats">
          {FORMATS.map((f) => (
            <li key={f.key}>
              <a href={href(f.key)} download>
                {f.label}
              </a>
              {"hint" in f && <span className="export-menu__hint"> — {f.hint}</span>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
