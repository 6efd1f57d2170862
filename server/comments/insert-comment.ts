import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { CommentKind } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { recordClaimEvent } from "@/server/claims/claim-events";
import { COMMENT_LIMIT_BYTES } from "@/server/comments/schemas";
import { notifyMentions } from "@/server/notifications/notify-mentions";

/**
 * Adds a comment to a claim's thread inside the caller's transaction. A plain comment gets its
 * own history event; a review comment is already part of its status change's event. Everyone
 * the body mentions is notified in the same transaction.
 */
export async function insertComment(
  tx: Prisma.TransactionClient,
  {
    claim,
    authorId,
    kind,
    body,
    field,
  }: { claim: { id: string; articleId: string }; authorId: string; kind: CommentKind; body: string; field: string },
) {
  if (Buffer.byteLength(body, "utf8") > COMMENT_LIMIT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "Comments are limited to 10 kB.", {
      [field]: ["Shorten this to at most 10 kB (about 1,500 words)."],
    });
  }
  const comment = await tx.comment.create({
    data: { claimId: claim.id, authorId, kind, body },
    include: { author: { select: { id: true, name: true } } },
  });
  if (kind === "NOTE")
    await recordClaimEvent(tx, {
      claim,
      actorId: authorId,
      action: "COMMENTED",
      changes: { comment: { before: null, after: body } },
    });
  await notifyMentions(tx, comment, claim);
  return comment;
}
