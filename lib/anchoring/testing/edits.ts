// Revisions as an editor makes them, for the re-anchoring tests. Each throws when the text it edits
// is not there, so that a typo in a test case cannot pass as "nothing changed".
import { findOccurrences } from "@/lib/anchoring/quote-matches";

const SEPARATOR = "\n\n";

export function replaceText(text: string, find: string, replacement: string, occurrence = 0): string {
  const at = findOccurrences(text, find)[occurrence];
  if (at === undefined) throw new Error(`"${find}" does not occur ${occurrence + 1} times`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

export function replaceAll(text: string, find: string, replacement: string): string {
  if (!text.includes(find)) throw new Error(`"${find}" does not occur`);
  return text.split(find).join(replacement);
}

export const paragraphsOf = (text: string) => text.split(SEPARATOR);
const fromParagraphs = (paragraphs: string[]) => paragraphs.join(SEPARATOR);

/** The index of the paragraph that contains `phrase`. */
export function paragraphWith(text: string, phrase: string): number {
  const index = paragraphsOf(text).findIndex((p) => p.includes(phrase));
  if (index < 0) throw new Error(`No paragraph contains "${phrase}"`);
  return index;
}

export function moveParagraph(text: string, from: number, to: number): string {
  const paragraphs = paragraphsOf(text);
  const [moved] = paragraphs.splice(from, 1);
  paragraphs.splice(to, 0, moved!);
  return fromParagraphs(paragraphs);
}

export function deleteParagraph(text: string, index: number): string {
  const paragraphs = paragraphsOf(text);
  paragraphs.splice(index, 1);
  return fromParagraphs(paragraphs);
}

export function insertParagraph(text: string, index: number, paragraph: string): string {
  const paragraphs = paragraphsOf(text);
  paragraphs.splice(index, 0, paragraph);
  return fromParagraphs(paragraphs);
}

/** A new paragraph starts at `phrase`: the space before it becomes a paragraph break. */
export function splitBefore(text: string, phrase: string): string {
  return replaceText(text, ` ${phrase}`, `${SEPARATOR}${phrase}`);
}

/** Paragraph `index` and the next become one, joined by a space. */
export function joinWithNext(text: string, index: number): string {
  const paragraphs = paragraphsOf(text);
  paragraphs.splice(index, 2, `${paragraphs[index]} ${paragraphs[index + 1]}`);
  return fromParagraphs(paragraphs);
}

export const straightQuotes = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
