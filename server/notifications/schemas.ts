import { z } from "zod";
import { queryFlag, queryParam } from "@/lib/validation/query-param";
import { text } from "@/lib/validation/text";

export const NOTIFICATION_LIMIT = { default: 50, max: 100 } as const;

const id = text("A notification id").trim().min(1, "A notification id is required.").max(100, "That id is too long.");

export const ListNotificationsQuery = z.object({
  unread: queryFlag.optional(),
  limit: queryParam(
    z.coerce
      .number("The limit must be a number.")
      .int("The limit must be a whole number.")
      .min(1, "The limit must be at least 1.")
      .max(NOTIFICATION_LIMIT.max, `The limit is at most ${NOTIFICATION_LIMIT.max}.`),
  ),
  /** The id of the last notification of the previous page: the next page starts after it. */
  before: queryParam(id),
});

export const MarkReadInput = z.union(
  [
    z.object({ ids: z.array(id, "Send ids as a list.").min(1, "Name at least one notification.").max(500) }).strict(),
    z.object({ all: z.literal(true, "Send all: true to mark every notification read.") }).strict(),
  ],
  "Send { ids: [...] } or { all: true }.",
);
