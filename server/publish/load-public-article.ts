import "server-only";
import { cache } from "react";
import type { ExportDocument } from "@/lib/export/model";
import { AppError } from "@/server/errors";
import { loadExportDocument } from "@/server/export/load-export";

/** A published article with its approved claims only, or null: drafts never reach the public page. */
export const loadPublicArticle = cache(async (slug: string): Promise<ExportDocument | null> => {
  try {
    return await loadExportDocument({ publicSlug: slug }, { scope: "approved", includeNotes: false });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});
