"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { ARTICLE_FILE_TYPES, readArticleFile, type LoadedFile } from "@/components/articles/read-article-file";
import { RevisionPreview, type RevisionPreviewData } from "./revision-preview";

type Format = "text" | "html" | "markdown" | "file" | "url";
/** A saved revision, or (re-fetch only) `changed: false` with "No change since …". */
type SaveResult = { changed?: boolean; message?: string };

const FORMATS: { value: Format; label: string }[] = [
  { value: "text", label: "Plain text" },
  { value: "html", label: "HTML" },
  { value: "markdown", label: "Markdown" },
  { value: "file", label: "Upload a file" },
  { value: "url", label: "Fetch the web address again" },
];

/**
 * "Update article": a corrected or updated text becomes a new revision. Nothing is saved until
 * the person has seen the preview (the words that change and what happens to every claim) and
 * confirmed it; Cancel changes nothing.
 */
export function UpdateArticle({
  articleId,
  url,
  revision,
}: {
  articleId: string;
  url: string | null;
  revision: number;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<Format>("text");
  const [body, setBody] = useState("");
  const [note, setNote] = useState("");
  const [preview, setPreview] = useState<RevisionPreviewData | null>(null);
  const [unchanged, setUnchanged] = useState<string | null>(null);
  const { pending, errors, failure, submit } = useApiSubmit();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const request = () => {
    if (format === "url") return { format, url: url ?? "", note };
    if (format === "file") return { format: file?.format ?? "text", body: file?.body ?? "", note };
    return { format, body, note };
  };

  async function chooseFile(chosen: File | undefined) {
    setPreview(null);
    setFile(null);
    setFileError(null);
    if (!chosen) return;
    const loaded = await readArticleFile(chosen);
    if ("error" in loaded) setFileError(loaded.error);
    else setFile(loaded);
  }

  async function showPreview(event: FormEvent) {
    event.preventDefault();
    setUnchanged(null);
    const result = await submit(() =>
      apiRequest<RevisionPreviewData>("POST", `/api/articles/${articleId}/revisions?dryRun=1`, request()),
    );
    if (result) setPreview(result);
  }

  async function save() {
    // A re-fetch makes a revision only if the page's text really changed; the server decides.
    const result = await submit(() =>
      format === "url"
        ? apiRequest<SaveResult>("POST", `/api/articles/${articleId}/refetch`)
        : apiRequest<SaveResult>("POST", `/api/articles/${articleId}/revisions`, request()),
    );
    if (!result) return;
    if (result.changed === false) {
      setUnchanged(result.message ?? "No change.");
      setPreview(null);
      return;
    }
    setOpen(false);
    setPreview(null);
    setBody("");
    router.refresh();
  }

  function cancel() {
    setPreview(null);
    setOpen(false);
  }

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} aria-expanded="false">
        Update article
      </button>
    );
  }
  return (
    <section className="update-article" aria-labelledby="update-article-title">
      <h2 id="update-article-title">Update article (now revision {revision})</h2>
      <form onSubmit={showPreview} noValidate aria-label="Update the article">
        <fieldset className="update-article__formats">
          <legend>Where the new text comes from</legend>
          {FORMATS.filter((f) => f.value !== "url" || url).map((f) => (
            <label key={f.value}>
              <input
                type="radio"
                name="format"
                value={f.value}
                checked={format === f.value}
                onChange={() => {
                  setFormat(f.value);
                  setPreview(null);
                }}
              />{" "}
              {f.label}
            </label>
          ))}
        </fieldset>
        {format === "file" ? (
          <Field
            label="File"
            errors={fileError ? [fileError] : errors.body}
            hint={
              file
                ? `${file.name} (${file.format === "docx" ? "Word document" : file.format})`
                : ".txt, .html, .md or .docx, up to 2 MB."
            }
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="file"
                accept={ARTICLE_FILE_TYPES}
                onChange={(e) => chooseFile(e.target.files?.[0])}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
        ) : format !== "url" ? (
          <Field label="New text" errors={errors.body} hint="The whole article as it reads now.">
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                rows={10}
                value={body}
                onChange={(e) => {
                  setBody(e.target.value);
                  setPreview(null);
                }}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
        ) : (
          <p>The desk fetches {url} again and compares it with the current text.</p>
        )}
        <Field
          label="Revision note"
          errors={errors.note}
          hint="What changed, e.g. “Correction: the figure is 45 percent.”"
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <FormFailure message={failure?.message} />
        <div className="update-article__actions">
          <button type="submit" className="button" disabled={pending}>
            {pending && !preview ? "Comparing…" : "Preview changes"}
          </button>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
      {unchanged && (
        <p role="status" className="notice">
          {unchanged}
        </p>
      )}
      {preview && (
        <>
          <RevisionPreview preview={preview} />
          <div className="update-article__actions">
            <button type="button" className="button button--primary" onClick={save} disabled={pending}>
              {pending ? "Saving…" : `Save as revision ${revision + 1}`}
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
