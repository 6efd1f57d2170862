// "collapse": browser rendering rules for pasted or fetched HTML (white-space: normal).
// "preserve": text is taken verbatim, for re-reading HTML we serialized ourselves.
export type WhitespaceMode = "collapse" | "preserve";

// HTML's definition of whitespace. Deliberately not JS's \s: a non-breaking space is content.
export const HTML_WHITESPACE_RUN = /[ \t\n\r\f]+/g;
export const HAS_NON_HTML_WHITESPACE = /[^ \t\n\r\f]/;
