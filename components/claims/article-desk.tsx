"use client";

import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { ArticleDoc } from "@/lib/article/doc";
import { buildTextIndex } from "@/lib/article/text-index";
import { selectorsForRange, trimRange } from "@/lib/anchoring/selectors";
import type { ClaimStatus, ClaimView } from "@/lib/claims/claim-view";
import type { DeskUser } from "@/lib/review/workflow";
import { ApiError, apiRequest } from "@/components/api-client";
import { ArticleReader, type TextRange } from "@/components/editor/article-reader";
import { anchorClaims } from "@/components/claims/anchor-claims";
import { ClaimList } from "@/components/claims/claim-list";
import { ClaimPanel } from "@/components/claims/claim-panel";
import { StatusFilter } from "@/components/claims/status-filter";
import { FormFailure } from "@/components/ui/form-failure";

interface ArticleDeskProps {
  articleId: string;
  user: DeskUser;
  doc: ArticleDoc;
  contentText: string;
  initialClaims: ClaimView[];
  /** Server-rendered text shown while the editor loads, so the article is readable at once. */
  placeholder: ReactNode;
}

/** The fact-checker's desk: the article on the left, its claims and the selected claim on the right. */
export function ArticleDesk({ articleId, user, doc, contentText, initialClaims, placeholder }: ArticleDeskProps) {
  const index = useMemo(() => buildTextIndex(doc), [doc]);
  const [claims, setClaims] = useState(initialClaims);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusFields, setFocusFields] = useState(false);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [statusFilter, setStatusFilter] = useState<ClaimStatus | "ALL">("ALL");

  const { listed, highlights } = useMemo(() => anchorClaims(claims, index), [claims, index]);
  const selected = listed.find((c) => c.claim.id === selectedId);
  const shown = statusFilter === "ALL" ? listed : listed.filter((c) => c.claim.status === statusFilter);
  const indexMismatch = index.text !== contentText;

  const selectClaim = useCallback((claimId: string, { scroll }: { scroll: boolean }) => {
    setSelectedId(claimId);
    setFocusFields(false);
    if (scroll)
      document
        .querySelector(`mark[data-claim-id="${CSS.escape(claimId)}"]`)
        ?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);

  const addClaim = useCallback(async () => {
    setFailure(null);
    const range = selection && trimRange(index.text, selection.start, selection.end);
    if (!range || range.end <= range.start) {
      setFailure("Select a passage of the article first, then add the claim.");
      return;
    }
    const { quote, position } = selectorsForRange(index.text, range.start, range.end);
    setAdding(true);
    try {
      const { claim } = await apiRequest<{ claim: ClaimView }>("POST", `/api/articles/${articleId}/claims`, {
        target: { selector: [quote, position] },
      });
      setClaims((all) => [...all, claim]);
      setSelectedId(claim.id);
      setFocusFields(true);
      setAnnouncement(`Claim added: “${claim.target.selector[0].exact}”.`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error.message);
    } finally {
      setAdding(false);
    }
  }, [articleId, index, selection]);

  const replaceClaim = (claim: ClaimView, message: string) => {
    setClaims((all) => all.map((c) => (c.id === claim.id ? claim : c)));
    setAnnouncement(message);
  };

  const removeClaim = (claimId: string) => {
    setClaims((all) => all.filter((c) => c.id !== claimId));
    setSelectedId(null);
    setAnnouncement("Claim deleted.");
  };

  return (
    <div className="desk">
      <section className="desk__article" aria-label="Article">
        <div className="desk__toolbar" role="toolbar" aria-label="Claim tools">
          <button
            type="button"
            className="button button--primary"
            onClick={addClaim}
            disabled={adding}
            aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
          >
            Add claim
          </button>
          <span className="desk__hint">
            {selection
              ? `Selected: “${preview(index.text.slice(selection.start, selection.end))}”`
              : "Select a passage to make it a claim (Ctrl+Alt+M)."}
          </span>
        </div>
        <FormFailure message={failure} />
        {indexMismatch && (
          <p role="alert" className="notice notice--error">
            This article&apos;s text index is inconsistent; highlights may be misplaced. Please report this article.
          </p>
        )}
        <ArticleReader
          doc={doc}
          index={index}
          highlights={highlights}
          selectedClaimId={selectedId}
          onSelectionChange={setSelection}
          onClaimClick={(id) => selectClaim(id, { scroll: false })}
          onAddClaimShortcut={addClaim}
          placeholder={placeholder}
        />
      </section>
      <aside className="desk__claims" aria-label="Claims">
        <h2>
          Claims <span className="count">({claims.length})</span>
        </h2>
        <StatusFilter claims={claims} value={statusFilter} onChange={setStatusFilter} />
        <ClaimList claims={shown} selectedId={selectedId} onSelect={(id) => selectClaim(id, { scroll: true })} />
        {selected && (
          <ClaimPanel
            key={selected.claim.id}
            claim={selected.claim}
            number={selected.number}
            user={user}
            focusFields={focusFields}
            onChange={replaceClaim}
            onDeleted={removeClaim}
          />
        )}
      </aside>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
