import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";

export async function removeSource(sourceId: string, actor: Actor): Promise<void> {
  assertPermission(actor, "source.remove");
  const { count } = await db.source.deleteMany({ where: { id: sourceId } });
  if (count === 0) throw notFound("Source");
}
