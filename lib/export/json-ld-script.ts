// The text of a <script type="application/ld+json"> element. The HTML parser ends a script at the
// first "</script" and treats "<!--" specially, whatever JSON means; so every character that could
// start markup is written as a JSON \u escape, which parses back to the same string. U+2028/U+2029
// are escaped too, for the older JavaScript engines that read them as line terminators.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonLdScript(data: unknown): string {
  // JSON.stringify(undefined) is undefined, not JSON; a script tag still needs valid JSON.
  const json = JSON.stringify(data) ?? "null";
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
