// Links are kept only when they point somewhere a reader can follow from any page: absolute http(s)
// and mailto. Relative URLs would resolve against our app rather than the source site, and every
// other scheme (javascript:, data:, vbscript:, ...) is a script or content-injection vector.
const ALLOWED_HREF = /^(?:https?:\/\/|mailto:)/i;

export function isAllowedHref(href: string | undefined): href is string {
  return href !== undefined && ALLOWED_HREF.test(href.trim());
}
