import type { ZodError } from "zod";
import type { FieldErrors } from "@/server/errors";

/** Zod issues keyed by dotted field path ("target.selector.0.exact"); "_" for the whole body. */
export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
