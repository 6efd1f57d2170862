"use client";

import { useRouter } from "next/navigation";
import { apiRequest } from "@/components/api-client";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

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
  const claims = claimCount === 1 ? "its 1 claim" : `its ${claimCount} claims`;
  const published = publicPath ? `Its public page (${publicPath}) goes offline at once.` : "It is not published.";
  return (
    <ConfirmDelete
      label="Delete article"
      question={`Delete this article and ${claims}? ${published} The claims’ history stays in the audit log. This cannot be undone.`}
      onConfirm={async () => {
        await apiRequest("DELETE", `/api/articles/${articleId}`);
        router.push("/articles");
        router.refresh();
      }}
    />
  );
}
