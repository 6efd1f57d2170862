import "server-only";
import { slugify } from "@/lib/export/slug";
import { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { publicBaseUrl } from "@/server/env";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";

export interface Publication {
  url: string;
  slug: string;
  publicSince: string;
}

/**
 * Puts the article's approved claims on a public, read-only page at /p/<slug>. Publishing again
 * keeps the same address; a taken slug gets a number ("-2", "-3", …).
 */
export async function publishArticle(articleId: string, actor: Actor): Promise<Publication> {
  assertPermission(actor, "article.publish");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { title: true, publicSlug: true, publicSince: true },
  });
  if (!article) throw notFound("Article");
  if (article.publicSlug && article.publicSince) return publication(article.publicSlug, article.publicSince);

  const base = slugify(article.title);
  for (let attempt = 1; attempt <= 50; attempt++) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    try {
      const saved = await db.article.update({
        where: { id: articleId },
        data: { publicSlug: slug, publicSince: new Date(), publishedById: actor.id },
        select: { publicSlug: true, publicSince: true },
      });
      return publication(saved.publicSlug!, saved.publicSince!);
    } catch (error) {
      // Another article holds this slug: try the next number.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error(`No free public slug for “${base}” after 50 tries`);
}

function publication(slug: string, since: Date): Publication {
  return { url: `${publicBaseUrl()}/p/${slug}`, slug, publicSince: since.toISOString() };
}
