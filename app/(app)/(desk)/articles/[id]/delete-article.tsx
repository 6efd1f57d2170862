"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";

/** Editors delete an article after one confirmation that says what goes with it. */
export function DeleteArticle({
  articleId,
  claimCount,
  publicPath,
}: {
  articleId: string;
  claimCount: number;
  publicPath: string | null;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm() {
    try {
      await apiRequest("DELETE", `/api/articles/${articleId}`);
      router.push("/articles");
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error.message);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
        Delete article
      </button>
    );
  }
  const claims = claimCount === 1 ? "its 1 claim" : `its ${claimCount} claims`;
  return (
    <div role="alertdialog" aria-labelledby="delete-article-question" className="confirm">
      <p id="delete-article-question">
        Delete this article and {claims}?{" "}
        {publicPath ? `Its public page (${publicPath}) goes offline at once.` : "It is not published."} The claims’
        history stays in the audit log. This cannot be undone.
      </p>
      <button type="button" className="button button--danger" onClick={confirm} autoFocus>
        Delete article
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <FormFailure message={failure} />
    </div>
  );
}
