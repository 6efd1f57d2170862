/**
 * The text of an HTML page, decoded as a browser would in the common cases: the charset of the
 * Content-Type header, else a byte order mark, else a <meta charset> in the first 1024 bytes,
 * else UTF-8. Unknown labels fall back to UTF-8; undecodable bytes become U+FFFD.
 */
export function decodePage(body: Buffer, contentType: string): string {
  const label = charsetIn(contentType) ?? byteOrderMark(body) ?? metaCharset(body) ?? "utf-8";
  const decoder = decoderFor(label);
  return decoder.encoding === "windows-1252" ? decodeWindows1252(body) : decoder.decode(body);
}

// Node 20's TextDecoder reads windows-1252 (also what "latin1", "iso-8859-1" and "ascii" mean on
// the web) as ISO-8859-1, so 0x80–0x9F (curly quotes, dashes, €) would become control characters.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(body: Buffer): string {
  return body.toString("latin1").replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder("utf-8");
  }
}

function charsetIn(value: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(value)?.[1];
}

function byteOrderMark(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  return undefined;
}

function metaCharset(body: Buffer): string | undefined {
  const head = body.subarray(0, 1024).toString("latin1");
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag)?.[1];
    if (charset) return charset;
  }
  return undefined;
}
