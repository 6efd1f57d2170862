import "server-only";
import type { TextDiff } from "@/lib/anchoring/text-diff";
import type { ArticleView } from "@/lib/articles/article-view";
import type { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { readArticle } from "@/server/articles/article-view";
import { CreateRevisionInput } from "@/server/articles/revisions/schemas";
import { planRevision, type ClaimPlan, type RevisionPlan } from "@/server/articles/revisions/plan-revision";
import { revisionData } from "@/server/articles/revisions/revision-data";
import { selectorColumns } from "@/server/claims/selector-columns";
import { loadRevisionBody, type RevisionBody } from "@/server/articles/revisions/revision-body";
import { toRevisionView, type RevisionView } from "@/server/articles/revisions/revision-view";
import { notifyClaimOwners } from "@/server/notifications/notify-claim-owners";

export interface RevisionReport {
  counts: RevisionPlan["counts"];
  words: RevisionPlan["words"];
  claims: {
    id: string;
    number: number;
    status: "exact" | "fuzzy" | "orphaned";
    score: number;
    moved: boolean;
    before: string;
    after: string | null;
  }[];
}

export type CreateRevisionResult =
  | { dryRun: true; reanchor: RevisionReport["counts"]; report: RevisionReport; changes: TextDiff[] }
  | {
      dryRun: false;
      article: ArticleView;
      revision: RevisionView;
      reanchor: RevisionReport["counts"];
      report: RevisionReport;
    };

/**
 * A new revision of an article: its text replaced, every claim re-anchored (lib/anchoring/reanchor),
 * and the review consequences applied, all in one transaction under the article's row lock, so a
 * failure leaves the previous revision and every claim as they were. With `dryRun` nothing is
 * written: the report is the preview the person confirms.
 */
export async function createRevision(
  articleId: string,
  raw: unknown,
  actor: Actor,
  { dryRun = false, fetched }: { dryRun?: boolean; fetched?: RevisionBody } = {},
): Promise<CreateRevisionResult> {
  assertPermission(actor, "article.update");
  const input = parseInput(CreateRevisionInput, raw);
  const body = fetched ?? (await loadRevisionBody(input));

  if (dryRun) {
    const article = await db.article.findUnique({ where: { id: articleId }, include: { claims: true } });
    if (!article) throw notFound("Article");
    const plan = planRevision(article.contentText, body.contentText, article.claims);
    const report = reportOf(plan);
    return { dryRun: true, reanchor: report.counts, report, changes: plan.changes };
  }

  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
      const article = await tx.article.findUnique({ where: { id: articleId }, include: { claims: true } });
      if (!article) throw notFound("Article");
      const plan = planRevision(article.contentText, body.contentText, article.claims);
      const number = article.revision + 1;
      const revision = await tx.articleRevision.create({
        data: {
          articleId,
          ...revisionData({ number, ...body, format: input.format, note: input.note, createdById: actor.id }),
        },
        include: { createdBy: { select: { id: true, name: true } } },
      });
      await tx.article.update({
        where: { id: articleId },
        data: { contentHtml: body.contentHtml, contentText: body.contentText, revision: number },
      });
      await applyPlan(tx, plan.claims, { articleId, newText: body.contentText, number, actor });
      const saved = (await readArticle(tx, { id: articleId }))!;
      const report = reportOf(plan);
      return {
        dryRun: false as const,
        article: saved.view,
        revision: toRevisionView(revision),
        reanchor: report.counts,
        report,
      };
    },
    { timeout: 30_000 },
  );
}

function reportOf(plan: RevisionPlan): RevisionReport {
  return {
    counts: plan.counts,
    words: plan.words,
    claims: plan.claims.map(({ claim, result }) => ({
      id: claim.id,
      number: claim.number,
      status: result.status,
      score: result.score,
      moved: result.status === "exact" && result.moved,
      before: claim.exact,
      after: result.status === "orphaned" ? null : result.status === "fuzzy" ? result.exact : claim.exact,
    })),
  };
}

type Ctx = { articleId: string; newText: string; number: number; actor: Actor };

/**
 * Writes each claim's new anchor and its history. Claims whose words changed or vanished and
 * that were approved go back to review with a comment naming the revision and the words: a
 * verdict must never stand on words the article no longer says. Their creators and assignees are
 * told that the words changed.
 */
async function applyPlan(tx: Prisma.TransactionClient, plans: ClaimPlan[], ctx: Ctx): Promise<void> {
  const events: Prisma.ClaimEventCreateManyInput[] = [];
  const comments: Prisma.CommentCreateManyInput[] = [];
  const reworded: string[] = [];
  const event = (claimId: string, action: "REANCHORED" | "SUBMITTED", changes: Record<string, unknown>) =>
    events.push({ claimId, articleId: ctx.articleId, actorId: ctx.actor.id, action, changes: changes as never });

  for (const { claim, result } of plans) {
    const revision = { before: ctx.number - 1, after: ctx.number };
    const backToReview = claim.status === "APPROVED" && result.status !== "exact";
    if (result.status === "orphaned") {
      if (claim.anchorStatus === "ORPHANED") continue; // already listed under "Needs re-anchoring"
      reworded.push(claim.id);
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          anchorStatus: "ORPHANED",
          anchorScore: result.score,
          version: { increment: 1 },
          ...(backToReview && { status: "IN_REVIEW", submittedAt: new Date() }),
        },
      });
      event(claim.id, "REANCHORED", { anchor: { before: "exact", after: "orphaned" }, revision });
    } else {
      const placed = selectorColumns(ctx.newText, result.start, result.end);
      const moved = placed.startOffset !== claim.startOffset || placed.endOffset !== claim.endOffset;
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          ...placed,
          anchorStatus: result.status === "exact" ? "EXACT" : "FUZZY",
          anchorScore: result.score,
          anchorRevision: ctx.number,
          ...(result.status === "fuzzy" && { version: { increment: 1 } }),
          ...(backToReview && { status: "IN_REVIEW", submittedAt: new Date() }),
        },
      });
      if (result.status === "fuzzy") {
        reworded.push(claim.id);
        event(claim.id, "REANCHORED", { exact: { before: claim.exact, after: placed.exact }, revision });
      } else if (moved) {
        event(claim.id, "REANCHORED", {
          position: { before: [claim.startOffset, claim.endOffset], after: [placed.startOffset, placed.endOffset] },
          revision,
        });
      }
    }
    if (backToReview) {
      event(claim.id, "SUBMITTED", { status: { before: "APPROVED", after: "IN_REVIEW" }, revision });
      const words =
        result.status === "fuzzy"
          ? `changed this claim’s words: “${claim.exact}” → “${result.exact}”`
          : `no longer contains this claim’s words: “${claim.exact}”`;
      comments.push({
        claimId: claim.id,
        authorId: ctx.actor.id,
        kind: "NOTE",
        body: `Revision ${ctx.number} of the article ${words}. The claim is back in review: check the verdict still applies.`,
      });
    }
  }
  if (events.length > 0) await tx.claimEvent.createMany({ data: events });
  if (comments.length > 0) await tx.comment.createMany({ data: comments });
  if (reworded.length > 0) {
    const owners = await tx.claim.findMany({
      where: { id: { in: reworded } },
      select: { id: true, articleId: true, createdById: true, assigneeId: true },
    });
    await notifyClaimOwners(tx, owners, "REVISION_CHANGED", ctx.actor.id, { revision: ctx.number });
  }
}
