import "server-only";
import { anchorQuote } from "@/lib/anchoring/anchor-quote";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { assertPermission, type Actor } from "@/server/permissions";
import { parseInput } from "@/server/validation";
import { CreateClaimInput } from "@/server/claims/schemas";
import { toClaimView } from "@/server/claims/claim-view";
import { fieldChanges } from "@/server/claims/claim-events";
import { insertClaimWithEvent } from "@/server/claims/insert-claim";

type Selectors = ReturnType<typeof CreateClaimInput.parse>["target"]["selector"];

export async function createClaim(articleId: string, raw: unknown, actor: Actor): Promise<ClaimView> {
  assertPermission(actor, "claim.create");
  const input = parseInput(CreateClaimInput, raw);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, contentText: true } });
  if (!article) throw notFound("Article");

  const range = resolveRange(article.contentText, input.target.selector);
  const { quote, position } = selectorsForRange(article.contentText, range.start, range.end);
  const fields = {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    startOffset: position.start,
    endOffset: position.end,
    claimant: input.claimant ?? null,
    verdict: input.verdict ?? null,
    rationale: input.rationale ?? null,
  };
  const verdictSet = Boolean(fields.verdict || fields.rationale);
  // History records what was set: the quote, its place, and any field given.
  const { prefix: _prefix, suffix: _suffix, ...recorded } = fields;
  const given = Object.fromEntries(Object.entries(recorded).filter(([, value]) => value !== null));
  const claim = await insertClaimWithEvent(
    { articleId, ...fields, actorId: actor.id, verdictEditedById: verdictSet ? actor.id : null },
    fieldChanges({}, given),
  );
  const author = { id: actor.id, name: actor.name };
  return toClaimView({
    ...claim,
    createdBy: author,
    updatedBy: author,
    verdictEditedBy: verdictSet ? author : null,
    reviewedBy: null,
    sources: [],
  });
}

/** Where in contentText the claim sits; the server, not the client, has the last word. */
function resolveRange(text: string, selectors: Selectors): { start: number; end: number } {
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");

  if (position) {
    if (position.end > text.length) {
      throw unprocessable(
        `The TextPositionSelector ends at ${position.end}, past the end of the article's text (${text.length} characters).`,
      );
    }
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

function unprocessable(message: string): AppError {
  return new AppError("UNPROCESSABLE", message);
}

function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
