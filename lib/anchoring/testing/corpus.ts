// Test-only: the re-anchoring corpus (reads files with node:fs; never import this from app code).
// Public-domain texts typed from memory (not verbatim editions), plus the demo article, each as the
// contentText the server would store for it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { SEED } from "@/lib/anchoring/testing/claim-on";
import { importArticleBody } from "@/lib/article/import-body";

const read = (name: string) =>
  textOf(readFileSync(fileURLToPath(new URL(`./corpus/${name}.txt`, import.meta.url)), "utf8"));

/** contentText of plain text as pasted. */
export const textOf = (body: string) => importArticleBody({ format: "text", body }).contentText;

/** contentText of pasted HTML. */
export const htmlText = (body: string) => importArticleBody({ format: "html", body }).contentText;

export const CORPUS = {
  gettysburg: read("gettysburg-address"),
  inaugural: read("second-inaugural"),
  declaration: read("declaration-of-independence"),
  pride: read("pride-and-prejudice-chapter-1"),
  seed: SEED,
};

export type CorpusName = keyof typeof CORPUS;
