// Characters that must not reach storage: PostgreSQL text cannot hold NUL, a lone UTF-16 surrogate
// cannot be encoded as UTF-8 (the driver would silently swap it for U+FFFD, so the stored text
// would no longer match the contentText computed here), and other C0 controls are invisible
// garbage from copy and paste. Tab, newline, carriage return and form feed are whitespace and stay.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LEADING_BYTE_ORDER_MARK = /^\ufeff/;

/** Makes a submitted article body safe to store, before it is parsed. */
export function cleanArticleInput(body: string): string {
  return body.replace(LEADING_BYTE_ORDER_MARK, "").replace(CONTROL_CHARACTERS, "").replace(LONE_SURROGATE, "\ufffd");
}
