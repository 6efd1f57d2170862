import "server-only";
import { AppError } from "@/server/errors";

/**
 * One column of a keyset order, with the value the previous page's last row had in it. A column
 * that may hold NULL sorts its nulls first (`nulls: "first"`, ascending only: the one order the
 * desk needs), and its value may then be null.
 */
export interface KeysetPart {
  field: string;
  direction: "asc" | "desc";
  value: Date | string | number | null;
  nulls?: "first";
}

/**
 * The Prisma `where` for "the rows after this one" in an order of `parts` (the last part unique,
 * usually the id): (a > va) OR (a = va AND b > vb) OR …, with < for descending parts. PostgreSQL
 * answers it with a seek on an index of the same columns, however deep the page. With nulls
 * first, every non-null value comes after a null one, and nothing null after a non-null one.
 */
export function rowsAfter<W>(parts: readonly KeysetPart[]): W {
  const branches = parts.map((part, i) => {
    if (part.value === null && part.nulls !== "first") throw new Error(`Keyset column ${part.field} is null`);
    const equal = Object.fromEntries(parts.slice(0, i).map((p) => [p.field, p.value]));
    const after = part.value === null ? { not: null } : { [part.direction === "asc" ? "gt" : "lt"]: part.value };
    return { ...equal, [part.field]: after };
  });
  return { OR: branches } as W;
}

/** The 400 for a `cursor` this list did not give out; `of` names what it must match ("sort"). */
export function badCursor(of: string): AppError {
  return new AppError("VALIDATION", "Some fields need attention.", {
    cursor: [`That cursor is not one this list gave out, or it was for another ${of}.`],
  });
}
