import { z } from "zod";
import { CursorParam, limitParam } from "@/lib/pagination/cursor";
import { queryFlag } from "@/lib/validation/query-param";
import { text } from "@/lib/validation/text";

export const NOTIFICATION_LIMIT = { default: 50, max: 100 } as const;

const id = text("A notification id").trim().min(1, "A notification id is required.").max(100, "That id is too long.");

export const ListNotificationsQuery = z.object({
  unread: queryFlag.optional(),
  limit: limitParam(NOTIFICATION_LIMIT.max).transform((limit) => limit ?? NOTIFICATION_LIMIT.default),
  cursor: CursorParam,
  // Paged by the last notification's id until the lists converged on cursors: an old client's
  // before= is told so, rather than silently shown the first page again.
  before: z.undefined("Notifications page by cursor: pass the previous page's nextCursor as cursor.").optional(),
});

export const MarkReadInput = z.union(
  [
    z.object({ ids: z.array(id, "Send ids as a list.").min(1, "Name at least one notification.").max(500) }).strict(),
    z.object({ all: z.literal(true, "Send all: true to mark every notification read.") }).strict(),
  ],
  "Send { ids: [...] } or { all: true }.",
);
