"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import type { ArticleView } from "@/lib/articles/article-view";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { ArticleFile, BodyText, FormatChoice } from "./body-fields";
import { readArticleFile, type BodyFormat, type LoadedFile } from "@/components/articles/read-article-file";

type Source = "paste" | "file" | "url";
type MetaField = "title" | "outlet" | "url" | "author" | "publishedAt";

const SOURCES: Record<Source, string> = {
  paste: "Paste the text",
  file: "Upload a file",
  url: "From a web address",
};

export function NewArticleForm() {
  const router = useRouter();
  const [meta, setMeta] = useState<Record<MetaField, string>>({
    title: "",
    outlet: "",
    url: "",
    author: "",
    publishedAt: "",
  });
  const [source, setSource] = useState<Source>("paste");
  const [format, setFormat] = useState<BodyFormat>("text");
  const [body, setBody] = useState("");
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { pending, errors, failure, submit: send } = useApiSubmit();

  function chooseSource(next: Source) {
    setSource(next);
    // A Word file only means something in "Upload a file"; pasted text stays as it was.
    if (next !== "file" && format === "docx") setFormat("text");
    if (next === "file" && file?.format === "docx") setFormat("docx");
  }

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setFileError(null);
    if (!chosen) return;
    const loaded = await readArticleFile(chosen);
    if ("error" in loaded) return setFileError(loaded.error);
    setFile(loaded);
    setFormat(loaded.format);
    if (loaded.format !== "docx") setBody(loaded.body);
    setMeta((m) => ({ ...m, title: m.title || loaded.name.replace(/\.[^.]+$/, "") }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload =
      source === "url"
        ? { ...meta, format: "url" }
        : { ...meta, format, body: format === "docx" ? (file?.body ?? "") : body };
    const result = await send(() => apiRequest<{ article: ArticleView }>("POST", "/api/articles", payload));
    if (result) router.push(`/articles/${result.article.id}`);
  }

  const input = (key: MetaField, type = "text") =>
    function Control({ id, describedBy, invalid }: { id: string; describedBy?: string; invalid: boolean }) {
      return (
        <input
          id={id}
          type={type}
          value={meta[key]}
          onChange={(e) => setMeta((m) => ({ ...m, [key]: e.target.value }))}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      );
    };

  const fromPage = source === "url" ? "Optional: taken from the page when left empty." : undefined;
  const showBody = source === "paste" || (source === "file" && file !== null && format !== "docx");

  return (
    <form onSubmit={submit} noValidate className="article-form" aria-label="New article">
      <fieldset className="article-form__format">
        <legend>Where the article comes from</legend>
        {(Object.keys(SOURCES) as Source[]).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="source"
              value={value}
              checked={source === value}
              onChange={() => chooseSource(value)}
            />
            {SOURCES[value]}
          </label>
        ))}
      </fieldset>
      {source === "url" && (
        <Field
          label="Article URL"
          errors={errors.url}
          hint="The desk fetches this public page and keeps the article's text, title, author, outlet and date."
        >
          {input("url", "url")}
        </Field>
      )}
      <Field label="Title" errors={errors.title} hint={fromPage}>
        {input("title")}
      </Field>
      <div className="article-form__row">
        <Field label="Outlet" errors={errors.outlet} hint={fromPage}>
          {input("outlet")}
        </Field>
        <Field label="Author" errors={errors.author} hint={fromPage}>
          {input("author")}
        </Field>
      </div>
      <div className="article-form__row">
        {source !== "url" && (
          <Field label="Article URL" errors={errors.url}>
            {input("url", "url")}
          </Field>
        )}
        <Field label="Published on" errors={errors.publishedAt} hint={fromPage}>
          {input("publishedAt", "date")}
        </Field>
      </div>
      {source === "file" && (
        <ArticleFile
          loaded={file}
          errors={fileError ? [fileError] : format === "docx" ? errors.body : undefined}
          onChoose={loadFile}
        />
      )}
      {showBody && (
        <>
          <FormatChoice format={format} onChange={setFormat} />
          <BodyText value={body} errors={errors.body} onChange={setBody} />
        </>
      )}
      <FormFailure message={failure?.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? (source === "url" ? "Fetching the page…" : "Saving…") : "Save article"}
      </button>
    </form>
  );
}
