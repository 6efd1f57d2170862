import "server-only";
import type { Comment } from "@/server/generated/prisma/client";
import type { CommentView } from "@/lib/claims/comment-view";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/permissions";

export function toCommentView(c: Comment & { author: { id: string; name: string } }): CommentView {
  return {
    id: c.id,
    claimId: c.claimId,
    kind: c.kind,
    body: c.body,
    author: c.author,
    createdAt: c.createdAt.toISOString(),
  };
}

/** The claim's thread, oldest first. */
export async function listComments(claimId: string, _actor: Actor): Promise<CommentView[]> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      comments: {
        include: { author: { select: { id: true, name: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!claim) throw notFound("Claim");
  return claim.comments.map(toCommentView);
}
