/**
 * The form of a source URL two sources are compared by, so one claim cannot cite the same page
 * twice: scheme and host in lower case and the default port dropped (the URL parser does both),
 * and a trailing slash ignored. Path case, query and fragment still tell pages apart.
 */
export function normalizeSourceUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  // The parser gives an empty path "/", so the bare host and the host with a slash agree.
  url.pathname = url.pathname.replace(/(.)\/+$/, "$1");
  return url.href;
}
