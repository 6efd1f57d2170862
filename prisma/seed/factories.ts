// Factories shared by the demo seed, integration tests and end-to-end fixtures. They write through
// Prisma directly (no session), using the same lib/ functions the services use, so the rows they
// make are exactly what the app would make.
import { randomUUID } from "node:crypto";
import { importArticleBody } from "@/lib/article/import-body";
import { anchorQuote } from "@/lib/anchoring/anchor-quote";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";
import type { Role } from "@/server/generated/prisma/enums";
import { hashPassword } from "@/server/users/passwords";
import { revisionData } from "@/server/articles/revisions/revision-data";
import { createdEventChanges } from "@/server/claims/created-event";
import { selectorColumns } from "@/server/claims/selector-columns";

export async function createUser(
  db: PrismaClient,
  {
    email,
    name,
    role = "CHECKER",
    password = "correct horse battery staple",
  }: { email?: string; name?: string; role?: Role; password?: string } = {},
) {
  const tag = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: (email ?? `user-${tag}@example.org`).toLowerCase(),
      name: name ?? `Test User ${tag}`,
      role,
      passwordHash: await hashPassword(password),
    },
  });
}

export async function createArticle(
  db: PrismaClient,
  {
    createdById,
    title,
    body,
    format = "text",
    ...meta
  }: {
    createdById: string;
    title?: string;
    body: string;
    format?: "text" | "html";
    outlet?: string;
    url?: string;
    author?: string;
    publishedAt?: Date;
  },
) {
  const { contentHtml, contentText } = importArticleBody({ format, body });
  return db.article.create({
    data: {
      title: title ?? `Article ${randomUUID().slice(0, 8)}`,
      contentHtml,
      contentText,
      createdById,
      ...meta,
      revisions: { create: revisionData({ number: 1, contentHtml, contentText, format, createdById }) },
    },
  });
}

/**
 * A claim on the one occurrence of `quote` (narrowed by `prefix`/`suffix` when it repeats);
 * throws if the quote is missing or still ambiguous.
 */
export async function createClaimOnQuote(
  db: PrismaClient,
  {
    articleId,
    quote,
    prefix,
    suffix,
    userId,
    ...fields
  }: {
    articleId: string;
    quote: string;
    prefix?: string;
    suffix?: string;
    userId: string;
    claimant?: string;
    verdict?: string;
    rationale?: string;
  },
) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const anchored = anchorQuote(article.contentText, { exact: quote, prefix, suffix });
  if (!anchored.ok) throw new Error(`Quote ${anchored.reason}: ${quote}`);
  // With its CREATED event, as the service writes it: a seeded claim's history starts like any other.
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        articleId,
        ...selectorColumns(article.contentText, anchored.start, anchored.end),
        createdById: userId,
        updatedById: userId,
        ...fields,
      },
    });
    await tx.claimEvent.create({
      data: {
        claimId: claim.id,
        articleId,
        actorId: userId,
        action: "CREATED",
        changes: createdEventChanges(claim) as Prisma.InputJsonValue,
      },
    });
    return claim;
  });
}
