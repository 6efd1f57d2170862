"use client";

import { useState } from "react";
import { apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

/** Editors publish the approved claims on a public page, and take it down again. */
export function PublishControls({ articleId, initialPath }: { articleId: string; initialPath: string | null }) {
  const [path, setPath] = useState(initialPath);
  const [message, setMessage] = useState("");
  const { pending, failure, submit } = useApiSubmit();

  async function publish() {
    const result = await submit(() =>
      apiRequest<{ url: string; slug: string }>("POST", `/api/articles/${articleId}/publish`),
    );
    if (!result) return;
    setPath(`/p/${result.slug}`);
    setMessage("Published. Only approved claims appear on the public page.");
  }

  async function unpublish() {
    const result = await submit(() =>
      apiRequest<void>("DELETE", `/api/articles/${articleId}/publish`).then(() => true),
    );
    if (!result) return;
    setPath(null);
    setMessage("Unpublished. The public page is gone.");
  }

  return (
    <div className="publish-controls">
      {path ? (
        <>
          <span>
            Public page: <a href={path}>{path}</a>
          </span>
          <button type="button" className="button" onClick={unpublish} disabled={pending}>
            Unpublish
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={publish} disabled={pending}>
          Publish
        </button>
      )}
      <span role="status" className="visually-hidden">
        {message}
      </span>
      <FormFailure message={failure?.message} />
    </div>
  );
}
