import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/claims/describe-change";
import type { ClaimEventView } from "@/lib/claims/comment-view";

const QUOTE = "did not have communications with the Russians";
const SOURCE = {
  url: "https://www.washingtonpost.com/sessions",
  title: "Sessions met with Russian envoy",
  publisher: "The Washington Post",
  excerpt: "Sessions spoke twice with Sergey Kislyak",
  stance: "REFUTES",
};

function lines(action: ClaimEventView["action"], changes: ClaimEventView["changes"]): string[] {
  return describeChanges({ action, changes });
}

// The field names no reader should see, whatever the server recorded.
const FIELD_NAMES = /\b(exact|startOffset|endOffset|prefix|suffix|verdict_|mostly_true|SUPPORTS|REFUTES|CONTEXT)\b/;

describe("describeChanges", () => {
  it("words a new claim as the server records it (quote, offsets, claimant, verdict, rationale)", () => {
    const created = lines("CREATED", {
      exact: { before: null, after: QUOTE },
      startOffset: { before: null, after: 3377 },
      endOffset: { before: null, after: 3423 },
      claimant: { before: null, after: "Jeff Sessions" },
      verdict: { before: null, after: "mostly_true" },
      rationale: { before: null, after: "He met the ambassador twice." },
    });
    expect(created).toEqual([
      `Quote set to “${QUOTE}”`,
      "Claimant: — → Jeff Sessions",
      "Verdict: — → Mostly true",
      "Rationale: — → “He met the ambassador twice.”",
    ]);
    expect(created.join("\n")).not.toMatch(FIELD_NAMES);
  });

  it("words edits of the claimant, verdict and rationale as before → after", () => {
    expect(
      lines("UPDATED", {
        claimant: { before: "Jeff Sessions", after: null },
        verdict: { before: "mostly_true", after: "false" },
        rationale: { before: "Old reasoning.", after: "New reasoning." },
      }),
    ).toEqual([
      "Claimant: Jeff Sessions → —",
      "Verdict: Mostly true → False",
      "Rationale: “Old reasoning.” → “New reasoning.”",
    ]);
  });

  it("words a deletion with what the claim held", () => {
    expect(
      lines("DELETED", {
        exact: { before: QUOTE, after: null },
        verdict: { before: "misleading", after: null },
        status: { before: "CHANGES_REQUESTED", after: null },
      }),
    ).toEqual([`Quote was “${QUOTE}”`, "Verdict: Misleading → —", "Status: Changes requested → —"]);
  });

  it("words a changed quote, and offsets alone as a move in the text", () => {
    expect(lines("UPDATED", { exact: { before: "old words", after: "new words" } })).toEqual([
      "Quote: “old words” → “new words”",
    ]);
    const moved = lines("UPDATED", {
      startOffset: { before: 10, after: 12 },
      endOffset: { before: 20, after: 22 },
      prefix: { before: "a", after: "b" },
      suffix: { before: "c", after: "d" },
    });
    expect(moved).toEqual(["Quote re-anchored in the article text"]);
  });

  it("words review transitions with their comment or reason", () => {
    expect(lines("SUBMITTED", { status: { before: "DRAFT", after: "IN_REVIEW" } })).toEqual([
      "Status: Draft → In review",
    ]);
    expect(
      lines("CHANGES_REQUESTED", {
        status: { before: "IN_REVIEW", after: "CHANGES_REQUESTED" },
        comment: { before: null, after: "Cite the transcript." },
      }),
    ).toEqual(["Status: In review → Changes requested", "Comment: “Cite the transcript.”"]);
    expect(
      lines("REOPENED", {
        status: { before: "APPROVED", after: "DRAFT" },
        reason: { before: null, after: "A correction was published." },
      }),
    ).toEqual(["Status: Approved → Draft", "Reason: “A correction was published.”"]);
  });

  it("words a comment", () => {
    expect(lines("COMMENTED", { comment: { before: null, after: "Looks right to me." } })).toEqual([
      "Comment: “Looks right to me.”",
    ]);
  });

  it("words sources added and removed with their stance in words and their address", () => {
    expect(lines("SOURCE_ADDED", { source: { before: null, after: SOURCE } })).toEqual([
      `Source added: “${SOURCE.title}” (refutes the claim, ${SOURCE.url})`,
    ]);
    expect(lines("SOURCE_REMOVED", { source: { before: { ...SOURCE, stance: "CONTEXT" }, after: null } })).toEqual([
      `Source removed: “${SOURCE.title}” (adds context, ${SOURCE.url})`,
    ]);
    expect(lines("SOURCE_ADDED", { source: { before: null, after: { ...SOURCE, stance: "SUPPORTS" } } })).toEqual([
      `Source added: “${SOURCE.title}” (supports the claim, ${SOURCE.url})`,
    ]);
  });

  it("reads in a fixed order, whatever order the stored JSON gives the fields", () => {
    // jsonb stores shorter keys first: this is how an edit of claimant and verdict comes back.
    expect(
      lines("UPDATED", {
        verdict: { before: null, after: "false" },
        claimant: { before: null, after: "Jeff Sessions" },
        rationale: { before: null, after: "Why." },
      }),
    ).toEqual(["Claimant: — → Jeff Sessions", "Verdict: — → False", "Rationale: — → “Why.”"]);
  });

  it("words the claim's number", () => {
    expect(lines("CREATED", { number: { before: null, after: 8 } })).toEqual(["Numbered claim 8"]);
  });

  it("shortens long text and keeps unknown keys readable", () => {
    const [line] = lines("UPDATED", { rationale: { before: null, after: "x".repeat(500) } });
    expect(line).toHaveLength("Rationale: — → “”".length + 200);
    expect(line).toMatch(/…”$/);
    expect(lines("UPDATED", { verdict: { before: null, after: "pants_on_fire" } })).toEqual([
      "Verdict: — → pants_on_fire",
    ]);
    expect(lines("UPDATED", { publicSlug: { before: null, after: "sessions" } })).toEqual([
      "Public slug: — → “sessions”",
    ]);
  });
});
