"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import type { ArticleView } from "@/lib/articles/article-view";
import { apiRequest } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

type TextField = "title" | "outlet" | "url" | "author" | "publishedAt" | "body";
type Values = Record<TextField, string> & { format: "text" | "html" };

export function NewArticleForm() {
  const router = useRouter();
  const [values, setValues] = useState<Values>({
    title: "",
    outlet: "",
    url: "",
    author: "",
    publishedAt: "",
    body: "",
    format: "text",
  });
  const { pending, errors, failure, submit: send } = useApiSubmit();
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const body = await file.text();
    const format = /\.html?$/i.test(file.name) || file.type === "text/html" ? "html" : "text";
    setValues((v) => ({ ...v, body, format, title: v.title || file.name.replace(/\.[^.]+$/, "") }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await send(() => apiRequest<{ article: ArticleView }>("POST", "/api/articles", values));
    if (result) router.push(`/articles/${result.article.id}`);
  }

  const input = (key: TextField, type = "text") =>
    function Control({ id, describedBy, invalid }: { id: string; describedBy?: string; invalid: boolean }) {
      return (
        <input
          id={id}
          type={type}
          value={values[key]}
          onChange={set(key)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      );
    };

  return (
    <form onSubmit={submit} noValidate className="article-form" aria-label="New article">
      <Field label="Title" errors={errors.title}>
        {input("title")}
      </Field>
      <div className="article-form__row">
        <Field label="Outlet" errors={errors.outlet}>
          {input("outlet")}
        </Field>
        <Field label="Author" errors={errors.author}>
          {input("author")}
        </Field>
      </div>
      <div className="article-form__row">
        <Field label="Article URL" errors={errors.url}>
          {input("url", "url")}
        </Field>
        <Field label="Published on" errors={errors.publishedAt}>
          {input("publishedAt", "date")}
        </Field>
      </div>
      <fieldset className="article-form__format" aria-describedby="format-hint">
        <legend>The body is</legend>
        <label>
          <input type="radio" name="format" value="text" checked={values.format === "text"} onChange={set("format")} />
          Plain text
        </label>
        <label>
          <input type="radio" name="format" value="html" checked={values.format === "html"} onChange={set("format")} />
          HTML
        </label>
        <p id="format-hint" className="field__hint">
          Plain text: blank lines separate paragraphs. HTML: headings, lists, links and emphasis are kept; scripts,
          styles and embeds are removed.
        </p>
      </fieldset>
      <Field label="Load from a file" hint=".txt or .html; it fills the body below.">
        {({ id, describedBy }) => (
          <input
            id={id}
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={loadFile}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field label="Body" errors={errors.body} hint="Up to 2 MB.">
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={16}
            value={values.body}
            onChange={set("body")}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <FormFailure message={failure?.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? "Saving…" : "Save article"}
      </button>
    </form>
  );
}
