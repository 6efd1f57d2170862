import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { longDate } from "@/lib/export/long-date";
import { requirePageUser } from "@/server/auth";
import { AppError } from "@/server/errors";
import { getArticle } from "@/server/articles/get-article";
import { diffRevisions } from "@/server/articles/revisions/diff-revisions";
import { listRevisions } from "@/server/articles/revisions/list-revisions";
import { TextDiffView } from "@/components/articles/text-diff-view";

export const metadata: Metadata = { title: "Revisions" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const SOURCE_LABELS = { paste: "pasted", file: "uploaded file", url: "fetched from the web" } as const;

/** Every revision of an article, and the words that changed between any two. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { article, revisions, diff } = await load(id, await searchParams);
  return (
    <div className="page">
      <p>
        <Link href={`/articles/${id}`}>Back to “{article.title}”</Link>
      </p>
      <h1>Revisions</h1>
      <ol className="revision-list" reversed aria-label="Revisions, newest first">
        {revisions.map((r) => (
          <li key={r.number}>
            <strong>Revision {r.number}</strong>
            {r.number === article.revision && " (current)"} — {SOURCE_LABELS[r.source]} by {r.createdBy.name},{" "}
            <time dateTime={r.createdAt}>{longDate(r.createdAt)}</time>
            {r.note && <>: {r.note}</>}
          </li>
        ))}
      </ol>
      {diff && (
        <>
          <form className="revision-compare" method="get" aria-label="Compare two revisions">
            <label>
              From revision{" "}
              <select name="from" defaultValue={String(diff.from)}>
                {revisions.map((r) => (
                  <option key={r.number}>{r.number}</option>
                ))}
              </select>
            </label>{" "}
            <label>
              to revision{" "}
              <select name="to" defaultValue={String(diff.to)}>
                {revisions.map((r) => (
                  <option key={r.number}>{r.number}</option>
                ))}
              </select>
            </label>{" "}
            <button type="submit" className="button">
              Compare
            </button>
          </form>
          <h2>
            Revision {diff.from} → {diff.to}: {diff.words.inserted} words inserted, {diff.words.deleted} deleted
          </h2>
          <TextDiffView changes={diff.changes} label={`Changes from revision ${diff.from} to ${diff.to}`} />
        </>
      )}
    </div>
  );
}

async function load(id: string, query: Record<string, string | string[] | undefined>) {
  const user = await requirePageUser();
  try {
    const [article, revisions] = await Promise.all([getArticle(id, user), listRevisions(id, user)]);
    const to = Number(query.to ?? article.revision);
    const from = Number(query.from ?? Math.max(1, to - 1));
    const diff = revisions.length > 1 ? await diffRevisions(id, to, from, user) : null;
    return { article, revisions, diff };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
