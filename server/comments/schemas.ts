import { z } from "zod";
import { text } from "@/lib/validation/text";

/** Comments, review notes and reopen reasons are plain text up to 10 kB. */
export const COMMENT_LIMIT_BYTES = 10 * 1024;

/** Plain text without control characters; React escapes it when shown, so no markup ever runs. */
export function commentText(label: string) {
  return text(label, `${label} is required.`)
    .trim()
    .refine((v) => v.length > 0, `${label} is required.`);
}

export const AddCommentInput = z.object({ body: commentText("A comment") });
export const RequestChangesInput = z.object({ comment: commentText("A comment saying what needs to change") });
export const ReopenInput = z.object({ reason: commentText("A reason for reopening") });
