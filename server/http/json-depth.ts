/**
 * How deeply a request body's arrays and objects may nest. Our bodies need 4 (a claim's selector
 * inside its target); 64 leaves room for any client, while JSON.parse on a 2,000,000-deep body
 * costs 120 MB before a schema could look at it.
 */
export const JSON_DEPTH_LIMIT = 64;

/**
 * The deepest nesting of `[` and `{` in a JSON text, counted in one pass without building
 * anything, stopping as soon as `limit` is passed. Brackets inside strings do not count.
 * Malformed text is left to JSON.parse: this only has to be right for text that parses.
 */
export function jsonDepthExceeds(text: string, limit = JSON_DEPTH_LIMIT): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
