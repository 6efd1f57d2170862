import { inflateRawSync } from "node:zlib";
import { AppError } from "@/server/errors";

/** Everything inside the .docx together, unpacked; a 2 MB file of text unpacks to well under this. */
export const DOCX_UNPACKED_LIMIT_BYTES = 24 * 1024 * 1024;
const MAX_ENTRIES = 2000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const notWord = (detail: string) =>
  new AppError("UNPROCESSABLE", `This file is not a Word document (.docx): ${detail}`, {
    body: [`This file is not a Word document (.docx): ${detail}`],
  });

/**
 * Checks a .docx (a ZIP archive) before mammoth opens it: a few kilobytes of ZIP can unpack to
 * gigabytes, and ZIP sizes are only claims. Every entry is inflated here with a hard output cap,
 * reading the archive the way JSZip (mammoth's unzipper) does: the last end-of-central-directory
 * record, its central directory, each entry's local header. Archives where the two could disagree
 * (ZIP64, bytes before the archive, encryption) are refused.
 */
export function checkDocxArchive(bytes: Buffer): void {
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw notWord("it is an older .doc file. Save it as .docx in Word and try again.");
  }
  const end = findEndOfCentralDirectory(bytes);
  const entries = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryStart = bytes.readUInt32LE(end + 16);
  if (bytes.readUInt16LE(end + 4) !== 0 || entries === 0xffff || directoryStart === 0xffffffff) {
    throw notWord("its archive format is not supported.");
  }
  if (directoryStart + directorySize !== end) throw notWord("the file is damaged.");
  if (entries > MAX_ENTRIES) throw notWord(`it holds more than ${MAX_ENTRIES} parts.`);

  let unpacked = 0;
  let offset = directoryStart;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== CENTRAL) throw notWord("the file is damaged.");
    const flags = bytes.readUInt16LE(offset + 8);
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    const localOffset = bytes.readUInt32LE(offset + 42);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    if (flags & 1) throw notWord("it is password-protected. Remove the password in Word and try again.");

    const data = entryData(bytes, localOffset, compressedSize, directoryStart);
    unpacked += size;
    if (unpacked > DOCX_UNPACKED_LIMIT_BYTES) throw tooLarge();
    if (method === 0) {
      if (size !== compressedSize) throw notWord("the file is damaged.");
    } else if (method === 8) {
      inflateAtMost(data, size);
    } else {
      throw notWord("it uses a compression method Word does not.");
    }
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw notWord("it is not a ZIP archive, as every .docx is.");
}

function entryData(bytes: Buffer, localOffset: number, compressedSize: number, limit: number): Buffer {
  if (localOffset + 30 > limit || bytes.readUInt32LE(localOffset) !== LOCAL) throw notWord("the file is damaged.");
  const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
  if (start + compressedSize > limit) throw notWord("the file is damaged.");
  return bytes.subarray(start, start + compressedSize);
}

/** Inflates with the declared size as a hard cap, so a lying size cannot unpack any further. */
function inflateAtMost(data: Buffer, declaredSize: number): void {
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(declaredSize, 1) });
  } catch {
    throw notWord("the file is damaged.");
  }
  if (inflated.length !== declaredSize) throw notWord("the file is damaged.");
}

function tooLarge(): AppError {
  const message = `The Word file unpacks to more than ${DOCX_UNPACKED_LIMIT_BYTES / (1024 * 1024)} MB; split it into smaller documents.`;
  return new AppError("UNPROCESSABLE", message, { body: [message] });
}
