import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { mentionedPeople } from "@/lib/mentions/find-mentions";
import { notify } from "@/server/notifications/notify";

/**
 * Tells each active colleague named in a comment ("@Erin Editor", "@editor@example.org") that
 * they were mentioned, in the comment's own transaction. Deactivated people are not candidates,
 * so "@" their name stays plain text.
 */
export async function notifyMentions(
  tx: Prisma.TransactionClient,
  comment: { id: string; body: string; authorId: string },
  claim: { id: string; articleId: string },
): Promise<number> {
  if (!comment.body.includes("@")) return 0;
  const people = await tx.user.findMany({
    where: { deactivatedAt: null },
    select: { id: true, name: true, email: true },
  });
  return notify(
    tx,
    mentionedPeople(comment.body, people).map((person) => ({
      userId: person.id,
      kind: "MENTIONED" as const,
      articleId: claim.articleId,
      claimId: claim.id,
      actorId: comment.authorId,
      data: { commentId: comment.id },
    })),
  );
}
