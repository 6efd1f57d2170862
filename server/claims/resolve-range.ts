import "server-only";
import { anchorQuote } from "@/lib/anchoring/anchor-quote";
import type { CreateClaimInput } from "@/server/claims/schemas";
import { AppError } from "@/server/errors";

export type Selectors = ReturnType<typeof CreateClaimInput.parse>["target"]["selector"];

/** Where in contentText the claim sits; the server, not the client, has the last word. */
export function resolveRange(text: string, selectors: Selectors): { start: number; end: number } {
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");

  if (position) {
    if (position.end > text.length) {
      throw unprocessable(
        `The TextPositionSelector ends at ${position.end}, past the end of the article's text (${text.length} characters).`,
      );
    }
    assertWholeCharacters(text, position, `target.selector.${selectors.indexOf(position)}`);
    const covered = text.slice(position.start, position.end);
    if (quote && covered !== quote.exact) {
      throw unprocessable(
        `The TextPositionSelector [${position.start}, ${position.end}) covers “${preview(covered)}”, not the quoted “${preview(quote.exact)}”.`,
      );
    }
    if (covered.trim() === "") throw unprocessable("The selected range holds only whitespace.");
    return position;
  }

  // A quote alone is anchored here when it identifies one place in the text.
  const anchored = anchorQuote(text, quote!);
  if (anchored.ok) return anchored;
  if (anchored.reason === "ambiguous") {
    throw unprocessable(
      `The quote occurs ${anchored.matches} times in the article. Add a prefix/suffix or a TextPositionSelector to say which one.`,
    );
  }
  throw unprocessable("The quote does not occur in the article's text.");
}

/** An offset between the two halves of a surrogate pair (an emoji, say) would store half a character. */
function assertWholeCharacters(text: string, range: { start: number; end: number }, path: string): void {
  for (const edge of ["start", "end"] as const) {
    const at = range[edge];
    if (isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))) {
      const message = `The TextPositionSelector's ${edge} (${at}) falls inside a character; move it by one.`;
      throw new AppError("UNPROCESSABLE", message, { [`${path}.${edge}`]: [message] });
    }
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function unprocessable(message: string): AppError {
  return new AppError("UNPROCESSABLE", message);
}

function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
