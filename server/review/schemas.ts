import { z } from "zod";
import type { ClaimStatus } from "@/lib/claims/claim-view";
import { CLAIM_STATUSES } from "@/lib/claims/status";
import { VERDICT_KEYS } from "@/lib/verdicts";
import { CursorParam, limitParam } from "@/lib/pagination/cursor";
import { REVIEW_QUEUE_PAGE } from "@/lib/review/review-queue";
import { queryParam } from "@/lib/validation/query-param";
import { text } from "@/lib/validation/text";

const id = text("The id").trim().max(100, "That id is too long.");

export const ReviewQueueQuery = z.object({
  articleId: queryParam(id),
  checkerId: queryParam(id),
  verdict: queryParam(z.enum(VERDICT_KEYS, `Choose a verdict from the scale: ${VERDICT_KEYS.join(", ")}.`)),
  /** Which claims the list holds; the queue proper is IN_REVIEW, the default. */
  status: queryParam(
    z.enum(CLAIM_STATUSES as [ClaimStatus, ...ClaimStatus[]], `Choose a status: ${CLAIM_STATUSES.join(", ")}.`),
  ),
  cursor: CursorParam,
  limit: limitParam(REVIEW_QUEUE_PAGE.max),
});

export type ReviewQueueQuery = z.output<typeof ReviewQueueQuery>;
