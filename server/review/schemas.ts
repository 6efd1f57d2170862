import { z } from "zod";
import { VERDICT_KEYS } from "@/lib/verdicts";

/**
 * A query-string value: the GET filter form sends "" for "All …", and a repeated parameter
 * arrives as an array from Next's searchParams; both read as "no filter" / the first value.
 */
function queryParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional());
}

const id = z.string().trim().max(100, "That id is too long.");

export const ReviewQueueQuery = z.object({
  articleId: queryParam(id),
  checkerId: queryParam(id),
  verdict: queryParam(z.enum(VERDICT_KEYS, `Choose a verdict from the scale: ${VERDICT_KEYS.join(", ")}.`)),
});

export type ReviewQueueQuery = z.output<typeof ReviewQueueQuery>;
