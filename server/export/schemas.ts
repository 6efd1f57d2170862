import { z } from "zod";

export const EXPORT_FORMAT_KEYS = ["html", "pdf", "docx", "md", "annotations", "claimreview", "csv"] as const;

export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMAT_KEYS, `Choose a format: ${EXPORT_FORMAT_KEYS.join(", ")}.`),
  scope: z.enum(["approved", "all"], "scope is approved or all.").default("approved"),
  notes: z.enum(["include", "exclude"], "notes is include or exclude.").default("exclude"),
});
