// Export fixtures shared by every format's tests: a plain one built on the seed article, and a
// hostile one whose every embedded string tries to break out of the format it lands in.
import { readFileSync } from "node:fs";
import path from "node:path";
import { anchorQuote } from "@/lib/anchoring/anchor-quote";
import { selectorsForRange } from "@/lib/anchoring/selectors";
import { importArticleBody } from "@/lib/article/import-body";
import type { ClaimStatus, SourceStance } from "@/lib/claims/claim-view";
import { STANCE_LABELS } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { verdictByKey } from "@/lib/verdicts";
import type { ExportClaim, ExportDocument, ExportSource } from "@/lib/export/model";
import { sourceHref } from "@/lib/links/link-policy";

const person = (name: string) => ({ id: `user-${name.toLowerCase().replace(/\W+/g, "-")}`, name });

export interface ClaimSpec {
  quote: string;
  /** Which occurrence of the quote (0-based) when it repeats. */
  occurrence?: number;
  claimant?: string | null;
  verdict?: string | null;
  rationale?: string | null;
  status?: ClaimStatus;
  sources?: { url: string; title: string; publisher?: string | null; excerpt?: string | null; stance: SourceStance }[];
}

export function exportSource(s: NonNullable<ClaimSpec["sources"]>[number]): ExportSource {
  return {
    // As server/export/load-export.ts builds it: the stored URL when the link policy may link it.
    url: sourceHref(s.url) ? s.url : null,
    rawUrl: s.url,
    title: s.title,
    publisher: s.publisher ?? null,
    excerpt: s.excerpt ?? null,
    stance: s.stance,
    stanceLabel: STANCE_LABELS[s.stance],
  };
}

/** An ExportDocument for `body` with claims on the given quotes, numbered in text order. */
export function buildExportDocument({
  title,
  body,
  format = "text",
  claims,
}: {
  title: string;
  body: string;
  format?: "text" | "html";
  claims: ClaimSpec[];
}): ExportDocument {
  const { doc, contentText: text } = importArticleBody({ format, body });
  const built = claims.map((spec, i) => {
    let from = 0;
    for (let k = 0; k < (spec.occurrence ?? 0); k++) from = text.indexOf(spec.quote, from) + 1;
    const start = text.indexOf(spec.quote, from);
    const found = start >= 0 ? { start, end: start + spec.quote.length } : anchorQuote(text, { exact: spec.quote });
    if (!("start" in found)) throw new Error(`fixture quote not in text: ${spec.quote}`);
    const { quote, position } = selectorsForRange(text, found.start, found.end);
    const status = spec.status ?? "APPROVED";
    const claim: ExportClaim = {
      number: 0,
      id: `claim-${i + 1}`,
      quote,
      position,
      anchored: { start: found.start, end: found.end },
      claimant: spec.claimant ?? null,
      verdict: verdictByKey(spec.verdict ?? null) ?? null,
      rationale: spec.rationale ?? null,
      status,
      statusLabel: STATUS_DISPLAY[status].label,
      sources: (spec.sources ?? []).map(exportSource),
      createdBy: person("Casey Checker"),
      updatedBy: person("Casey Checker"),
      reviewedBy: status === "APPROVED" ? person("Erin Editor") : null,
      createdAt: "2026-11-20T10:00:00.000Z",
      updatedAt: "2026-11-21T10:00:00.000Z",
      reviewedAt: status === "APPROVED" ? "2026-11-22T10:00:00.000Z" : null,
      comments: [],
    };
    return claim;
  });
  built.sort((a, b) => a.anchored!.start - b.anchored!.start || b.anchored!.end - a.anchored!.end);
  built.forEach((c, i) => (c.number = i + 1));
  return {
    article: {
      id: "article-1",
      title,
      outlet: "CNN",
      url: "https://www.cnn.com/2017/03/02/politics/sessions",
      author: null,
      publishedAt: "2017-03-02T00:00:00.000Z",
      createdAt: "2026-11-20T09:00:00.000Z",
    },
    doc,
    text,
    claims: built,
    scope: "approved",
    includeNotes: false,
    newsroom: { name: "Fact-check desk", url: "https://factcheck.example.org" },
    publicUrl: "https://factcheck.example.org/p/sessions-russian-envoy",
    targetUrl: "https://factcheck.example.org/p/sessions-russian-envoy",
    generatedAt: "2026-11-27T12:00:00.000Z",
  };
}

/** The seed article with its three well-known claims, one of them nested in another claim. */
export function seedExport(): ExportDocument {
  const body = readFileSync(path.join(process.cwd(), "prisma", "seed", "seed-article.txt"), "utf8");
  return buildExportDocument({
    title: "Sessions met with Russian envoy twice last year, encounters he later did not disclose",
    body,
    claims: [
      {
        quote: "did not have communications with the Russians",
        claimant: "Jeff Sessions",
        verdict: "false",
        rationale: "He met Ambassador Kislyak twice in 2016.",
        sources: [
          {
            url: "https://www.washingtonpost.com/sessions-kislyak",
            title: "Sessions spoke twice with Russian ambassador",
            publisher: "The Washington Post",
            excerpt: "met twice",
            stance: "REFUTES",
          },
        ],
      },
      {
        quote: "I never met with any Russian officials to discuss issues of the campaign",
        claimant: "Jeff Sessions",
        verdict: "unsupported",
        rationale: "No record shows what was discussed.",
      },
      {
        quote: "the Senator had over 25 conversations with foreign ambassadors",
        claimant: "Sarah Isgur Flores",
        verdict: "mostly_true",
        rationale: "Calendars list 25 meetings.",
        sources: [{ url: "https://example.org/calendar", title: "Senate calendar", stance: "SUPPORTS" }],
      },
      {
        quote: "over 25 conversations",
        claimant: "Sarah Isgur Flores",
        verdict: "true",
        rationale: "Nested claim on the count alone.",
        status: "IN_REVIEW",
      },
    ],
  });
}

/** Strings that try to break out of HTML, Markdown, CSV, XML, JSON and PDF text, plus RTL and emoji. */
export const HOSTILE = {
  quote: `He said "<script>alert('x')</script>" & left \\ quietly — שלום سلام 🤥`,
  claimant: `=HYPERLINK("https://evil.example","click") <b>bold</b>`,
  rationale: `Line one\nline two with \u0007bell, \u001bescape, ]]> </style> [^1] *stars* _under_ | pipe | # hash \`tick\` @mention +plus -minus 🧐 مرحبا`,
  sourceTitle: `<img src=x onerror=alert(1)> "quoted" \\back\\slash`,
  sourceUrl: `https://example.org/search?q="><script>alert(1)</script>&x=1`,
  badUrl: `javascript:alert(document.cookie)`,
};

export function hostileExport(): ExportDocument {
  return buildExportDocument({
    title: `Hostile <title> & "quotes" \\ ${HOSTILE.quote.slice(-12)}`,
    body: `Intro paragraph.\n\n${HOSTILE.quote}\n\nClosing line with =SUM(A1:A2) and -1 and @user.`,
    claims: [
      {
        quote: HOSTILE.quote,
        claimant: HOSTILE.claimant,
        verdict: "misleading",
        rationale: HOSTILE.rationale,
        sources: [
          {
            url: HOSTILE.sourceUrl,
            title: HOSTILE.sourceTitle,
            publisher: `Pub "lisher" <i>`,
            excerpt: `Excerpt with </p><script>x</script>`,
            stance: "REFUTES",
          },
          { url: HOSTILE.badUrl, title: "Bad link", stance: "CONTEXT" },
        ],
      },
      { quote: "=SUM(A1:A2)", claimant: "-1 formula", verdict: "false", rationale: "+cmd|' /C calc'!A0" },
    ],
  });
}
