import type { IncomingMessage } from "node:http";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { refuse } from "@/server/articles/import/fetch-target";

/**
 * Reads a response body, decompressed, and stops the moment it passes `maxBytes`: the limit
 * applies to what would be parsed, so a small gzip bomb is cut off like a large page.
 */
export async function readLimitedResponse(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => refuse(`The page is larger than ${maxBytes / (1024 * 1024)} MB.`);
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const body = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : undefined;
  if (encoding === "identity" || encoding === "") return response;
  if (!decoder) {
    response.destroy();
    throw refuse(`The page is sent with an encoding the desk cannot read (${encoding}).`);
  }
  // Errors surface through the iteration of `decoder`; the callback only keeps them from being unhandled.
  return pipeline(response, decoder, () => {});
}
