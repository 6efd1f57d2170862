import { z } from "zod";

/**
 * A query-string value: a GET filter form sends "" for "All …", and a repeated parameter
 * arrives as an array from Next's searchParams; both read as "no filter" / the first value.
 */
export function queryParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional());
}

/** A checkbox in a GET form: present ("1", "on", "true") means yes. */
export const queryFlag = queryParam(z.enum(["1", "on", "true"], "Use 1 to turn this filter on.")).transform(Boolean);
