import "server-only";
import { AppError } from "@/server/errors";
import { JSON_DEPTH_LIMIT, jsonDepthExceeds } from "@/server/http/json-depth";

/** Request bodies larger than this are refused with 413 before they are parsed. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Reads a JSON body with a hard size limit (413), an exact JSON media type (415) and bounded
 * nesting (422, see JSON_DEPTH_LIMIT); the service then validates it. The limit is enforced while
 * streaming, so a lying Content-Length cannot bypass it; the depth is measured on the text before
 * JSON.parse builds anything.
 */
export async function readJson(request: Request, limitBytes = DEFAULT_BODY_LIMIT): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await readLimited(request, limitBytes);
  if (jsonDepthExceeds(text)) {
    const message = `The request body nests arrays and objects more than ${JSON_DEPTH_LIMIT} levels deep.`;
    throw new AppError("UNPROCESSABLE", message, { _: [`Nested more than ${JSON_DEPTH_LIMIT} levels deep`] });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "The request body is not valid JSON.", { _: ["Malformed JSON"] });
  }
}

/**
 * `application/json`, optionally with parameters; a charset, if named, must be UTF-8 (RFC 8259).
 * An exact match matters for CSRF: `text/plain; x=application/json` is a "simple" type any page
 * may send cross-site without a CORS preflight.
 */
export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [essence, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (essence !== "application/json") return false;
  return parameters.every((parameter) => {
    const [name, value = ""] = parameter.split("=").map((part) => part.trim());
    return name !== "charset" || value.replace(/"/g, "") === "utf-8";
  });
}

async function readLimited(request: Request, limitBytes: number): Promise<string> {
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", `The request is larger than the ${formatBytes(limitBytes)} limit.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} kB`;
}
