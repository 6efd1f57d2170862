"use client";

import type { ChangeEvent } from "react";
import { Field } from "@/components/ui/field";
import { ARTICLE_FILE_TYPES, type BodyFormat, type LoadedFile } from "@/components/articles/read-article-file";

type TextFormat = Exclude<BodyFormat, "docx">;

const FORMAT_LABELS: Record<TextFormat, string> = { text: "Plain text", html: "HTML", markdown: "Markdown" };

export function FormatChoice({ format, onChange }: { format: BodyFormat; onChange: (format: TextFormat) => void }) {
  return (
    <fieldset className="article-form__format" aria-describedby="format-hint">
      <legend>The body is</legend>
      {(Object.keys(FORMAT_LABELS) as TextFormat[]).map((value) => (
        <label key={value}>
          <input type="radio" name="format" value={value} checked={format === value} onChange={() => onChange(value)} />
          {FORMAT_LABELS[value]}
        </label>
      ))}
      <p id="format-hint" className="field__hint">
        Plain text: blank lines separate paragraphs. HTML and Markdown: headings, lists, links and emphasis are kept;
        scripts, styles and embeds are removed.
      </p>
    </fieldset>
  );
}

export function BodyText({
  value,
  errors,
  onChange,
}: {
  value: string;
  errors?: string[];
  onChange: (body: string) => void;
}) {
  return (
    <Field label="Body" errors={errors} hint="Up to 2 MB.">
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={16}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );
}

export function ArticleFile({
  loaded,
  errors,
  onChoose,
}: {
  loaded: LoadedFile | null;
  errors?: string[];
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <>
      <Field label="Article file" errors={errors} hint=".txt, .html, .md or .docx, up to 2 MB.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="file"
            accept={ARTICLE_FILE_TYPES}
            onChange={onChoose}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <p role="status" className="field__hint">
        {loaded &&
          (loaded.format === "docx"
            ? `${loaded.name} will be imported as a Word document: headings, paragraphs, lists, links and emphasis are kept; images are not.`
            : `${loaded.name} is in the body below; check it before saving.`)}
      </p>
    </>
  );
}
