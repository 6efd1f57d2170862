import "server-only";
import type { CommentView } from "@/lib/claims/comment-view";
import { db } from "@/server/db";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { lockClaim } from "@/server/claims/lock-claim";
import { AddCommentInput } from "@/server/comments/schemas";
import { insertComment } from "@/server/comments/insert-comment";
import { toCommentView } from "@/server/comments/list-comments";

/** Anyone on the desk may discuss any claim, approved or not. */
export async function addComment(claimId: string, raw: unknown, actor: Actor): Promise<CommentView> {
  assertPermission(actor, "comment.add");
  const { body } = parseInput(AddCommentInput, raw);
  const comment = await db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, claimId);
    return insertComment(tx, { claim, authorId: actor.id, kind: "NOTE", body, field: "body" });
  });
  return toCommentView(comment);
}
