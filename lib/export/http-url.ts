import { isHttpUrl } from "@/lib/validation/fields";

/** `url` when it is an absolute http(s) URL, else null: the only links any export emits. */
export function httpUrl(url: string | null | undefined): string | null {
  return url && isHttpUrl(url) ? url : null;
}
