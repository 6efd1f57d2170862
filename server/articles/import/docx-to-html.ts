// No "server-only": this runs in the parse workers (server/workers/parse-jobs.ts), under plain Node.
import mammoth from "mammoth";
import { AppError } from "@/server/errors";
import { ARTICLE_BODY_LIMIT_BYTES } from "@/server/articles/schemas";
import { checkDocxArchive } from "@/server/articles/import/docx-archive";

/** The .docx itself may be as large as a pasted body (2 MB); its base64 is a third longer. */
export const DOCX_LIMIT_BYTES = ARTICLE_BODY_LIMIT_BYTES;
const BASE64_LIMIT = Math.ceil(DOCX_LIMIT_BYTES / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const unreadable = (message: string) => new AppError("UNPROCESSABLE", message, { body: [message] });

// Images would only be dropped by the sanitizer; not reading them saves unpacking them.
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/**
 * A Word file, sent as base64, as HTML: headings, paragraphs, lists, links and emphasis. The
 * result is untrusted like any HTML and goes through the sanitizer next.
 */
export async function docxToHtml(base64: string): Promise<string> {
  const bytes = decodeBase64(base64);
  checkDocxArchive(bytes);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      // A .docx may link images by file path; mammoth must never read the server's files.
      { convertImage: dropImages, externalFileAccess: false },
    );
    return result.value;
  } catch {
    throw unreadable("This Word file could not be read. Open it in Word, save it again as .docx and retry.");
  }
}

function decodeBase64(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, "");
  if (compact.length > BASE64_LIMIT) {
    throw new AppError("PAYLOAD_TOO_LARGE", "The Word file is larger than the 2 MB limit.", {
      body: ["The Word file is larger than 2 MB. Remove its images or split it."],
    });
  }
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw unreadable("The Word file did not arrive intact (its body is not valid base64). Choose the file again.");
  }
  return Buffer.from(compact, "base64");
}
