import "server-only";
import { AppError } from "@/server/errors";

/** One column of a keyset order, with the value the previous page's last row had in it. */
export interface KeysetPart {
  field: string;
  direction: "asc" | "desc";
  value: Date | string | number;
}

/**
 * The Prisma `where` for "the rows after this one" in an order of `parts` (the last part unique,
 * usually the id): (a > va) OR (a = va AND b > vb) OR …, with < for descending parts. PostgreSQL
 * answers it with a seek on an index of the same columns, however deep the page.
 */
export function rowsAfter<W>(parts: readonly KeysetPart[]): W {
  const branches = parts.map((part, i) => {
    const equal = Object.fromEntries(parts.slice(0, i).map((p) => [p.field, p.value]));
    return { ...equal, [part.field]: { [part.direction === "asc" ? "gt" : "lt"]: part.value } };
  });
  return { OR: branches } as W;
}

/** The 400 for a `cursor` this list did not give out; `of` names what it must match ("sort"). */
export function badCursor(of: string): AppError {
  return new AppError("VALIDATION", "Some fields need attention.", {
    cursor: [`That cursor is not one this list gave out, or it was for another ${of}.`],
  });
}
