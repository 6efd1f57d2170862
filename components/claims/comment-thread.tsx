"use client";

import { useId, useState, type FormEvent } from "react";
import { COMMENT_KIND_LABELS, type CommentView } from "@/lib/claims/comment-view";
import { apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiGet } from "@/components/ui/use-api-get";
import { useApiSubmit } from "@/components/ui/use-api-submit";
import { formatTime } from "@/components/ui/format-time";
import { MentionText } from "@/components/mentions/mention-text";
import { MentionTextarea } from "@/components/mentions/mention-textarea";
import { usePeople } from "@/components/mentions/use-people";

const NO_COMMENTS = { comments: [] };

/**
 * The checker ↔ editor discussion on a claim. `revision` changes when review actions post to it,
 * or someone else comments (the live stream).
 */
export function CommentThread({
  claimId,
  revision,
  canComment,
}: {
  claimId: string;
  revision: number | string;
  canComment: boolean;
}) {
  // Reloaded when the claim changes (review actions post here too) and after each own post.
  const [posts, setPosts] = useState(0);
  const comments =
    useApiGet<{ comments: CommentView[] }>(`/api/claims/${claimId}/comments`, `${revision}:${posts}`, NO_COMMENTS)
      ?.comments ?? null;
  const [body, setBody] = useState("");
  const { pending, errors, failure, submit } = useApiSubmit();
  const bodyId = useId();
  const people = usePeople();

  async function post(event: FormEvent) {
    event.preventDefault();
    const result = await submit(() =>
      apiRequest<{ comment: CommentView }>("POST", `/api/claims/${claimId}/comments`, { body }),
    );
    if (!result) return;
    setPosts((n) => n + 1);
    setBody("");
  }

  return (
    <section className="comment-thread" aria-labelledby={`${bodyId}-title`}>
      <h3 id={`${bodyId}-title`}>Discussion</h3>
      {comments === null ? (
        <p>Loading the discussion…</p>
      ) : comments.length === 0 ? (
        <p className="comment-thread__empty">No comments yet.</p>
      ) : (
        <ol className="comment-thread__list" aria-label="Comments">
          {comments.map((c) => (
            <li key={c.id} className={`comment comment--${c.kind.toLowerCase()}`}>
              <p className="comment__meta">
                <strong>{c.author.name}</strong> · {COMMENT_KIND_LABELS[c.kind]} ·{" "}
                <time dateTime={c.createdAt}>{formatTime(c.createdAt)}</time>
              </p>
              <p className="comment__body">
                <MentionText body={c.body} people={people} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form onSubmit={post} noValidate>
          <label htmlFor={bodyId}>Comment</label>
          <MentionTextarea
            id={bodyId}
            rows={2}
            value={body}
            onChange={setBody}
            people={people}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={`${bodyId}-hint`}
          />
          <p id={`${bodyId}-hint`} className="field__hint">
            Type @ and a name to mention a colleague; they are notified.
          </p>
          <FormFailure message={failure && (errors.body?.join(" ") || failure.message)} />
          <button type="submit" className="button" disabled={pending}>
            Post comment
          </button>
        </form>
      )}
    </section>
  );
}
