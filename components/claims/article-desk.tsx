"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ArticleDoc } from "@/lib/article/doc";
import { buildTextIndex } from "@/lib/article/text-index";
import { unpackClaims, type PackedClaims } from "@/lib/claims/claim-pack";
import { selectorsForRange, trimRange } from "@/lib/anchoring/selectors";
import type { ClaimStatus, ClaimView } from "@/lib/claims/claim-view";
import type { DeskUser } from "@/lib/review/workflow";
import { ArticleReader, type TextRange } from "@/components/editor/article-reader";
import { anchorClaims } from "@/components/claims/anchor-claims";
import { ClaimList } from "@/components/claims/claim-list";
import { ClaimPanel } from "@/components/claims/claim-panel";
import { OrphanedClaims } from "@/components/claims/orphaned-claims";
import { claimNumberInUrl, setClaimInUrl, useClaimUrlNavigation } from "@/components/claims/claim-url";
import { useDraftClaimIds } from "@/components/claims/drafts";
import { DuplicateRangeQuestion } from "@/components/claims/duplicate-range-question";
import { useAddClaim, type DuplicateOf } from "@/components/claims/use-add-claim";
import { useScrollToClaim } from "@/components/claims/use-scroll-to-claim";
import { AssigneeFilterSelect, StatusFilter } from "@/components/claims/status-filter";
import { matchesAssigneeFilter, type AssigneeFilter } from "@/lib/claims/assignment";
import { FormFailure } from "@/components/ui/form-failure";
import { LiveDeskNotices } from "@/components/live/live-desk-notices";
import { useLiveClaims } from "@/components/live/use-live-claims";
import { PresenceBar } from "@/components/live/presence/presence-bar";
import { usePresence } from "@/components/live/presence/use-presence";
import { SuggestToggle } from "@/components/suggestions/suggest-toggle";
import { SuggestionList } from "@/components/suggestions/suggestion-list";
import { useSuggestions } from "@/components/suggestions/use-suggestions";

interface ArticleDeskProps {
  articleId: string;
  user: DeskUser;
  doc: ArticleDoc;
  /**
   * Whether the text `doc` gives (lib/article/text-index.ts) differs from the stored contentText
   * every selector indexes into: checked on the server, which has both, so the page does not
   * carry the article's text a second time.
   */
  textMismatch: boolean;
  /** The claims, packed for the page's payload (lib/claims/claim-pack.ts). */
  initialClaims: PackedClaims;
  /** The article revision `doc` is. */
  revision: number;
  /** The event log position read before the claims, where the live stream picks up. */
  eventCursor: string | null;
  /** The claim the address names (`?claim=8`), opened on arrival. */
  initialClaimNumber: number | null;
}

type PanelFocus = "fields" | "heading" | "none";

/** The fact-checker's desk: the article on the left; the selected claim, then the claim list, beside it. */
export function ArticleDesk(props: ArticleDeskProps) {
  const { articleId, user, doc, textMismatch, initialClaimNumber, revision } = props;
  const index = useMemo(() => buildTextIndex(doc), [doc]);
  const [initialClaims] = useState(() => unpackClaims(props.initialClaims, index.text));
  const [claims, setClaims] = useState(initialClaims);
  const [selectedId, setSelectedId] = useState<string | null>(
    () => initialClaims.find((c) => c.number === initialClaimNumber)?.id ?? null,
  );
  const [panelFocus, setPanelFocus] = useState<PanelFocus>("none");
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<DuplicateOf | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [failure, setFailure] = useState<string | null>(
    initialClaimNumber !== null && !initialClaims.some((c) => c.number === initialClaimNumber)
      ? `This article has no claim ${initialClaimNumber}; it may have been deleted.`
      : null,
  );
  const [statusFilter, setStatusFilter] = useState<ClaimStatus | "ALL">("ALL");
  const [assigneeFilter, setAssigneeFilter] = useState<AssigneeFilter>("ANYONE");
  const scrollTarget = useRef<string | null>(selectedId);

  const { listed, highlights } = useMemo(() => anchorClaims(claims, index), [claims, index]);
  const claimIds = useMemo(() => claims.map((c) => c.id), [claims]);
  const drafts = useDraftClaimIds(user.id, claimIds);
  const selected = listed.find((c) => c.claim.id === selectedId);
  const shown = listed.filter(
    (c) =>
      (statusFilter === "ALL" || c.claim.status === statusFilter) &&
      matchesAssigneeFilter(c.claim, assigneeFilter, user.id),
  );
  const orphans = shown.filter((c) => c.claim.anchor.status === "orphaned");
  const selectedSelectors = useMemo(() => {
    const range = selection && trimRange(index.text, selection.start, selection.end);
    if (!range || range.end <= range.start) return null;
    const { quote, position } = selectorsForRange(index.text, range.start, range.end);
    return [quote, position] as [typeof quote, typeof position];
  }, [index.text, selection]);

  const openClaim = useCallback(
    (claimId: string | null, how: { focus: PanelFocus; scroll: boolean; push: boolean }) => {
      setSelectedId(claimId);
      setPanelFocus(how.focus);
      setDuplicateOf(null);
      if (how.scroll) scrollTarget.current = claimId;
      if (how.push) setClaimInUrl(claims.find((c) => c.id === claimId)?.number ?? null);
    },
    [claims],
  );

  const presence = usePresence({ articleId, userId: user.id, claimId: selected?.claim.id ?? null });
  const live = useLiveClaims({
    articleId,
    userId: user.id,
    revision,
    since: props.eventCursor,
    claims,
    setClaims,
    openClaimId: selectedId,
    onOpenClaimRemoved: () => {
      openClaim(null, { focus: "none", scroll: false, push: false });
      setClaimInUrl(null, { replace: true });
    },
    announce: setAnnouncement,
    presence: presence.link,
  });

  // Back/forward (and #claim-N links) select the claim the address names.
  const followUrl = useCallback(
    (number: number | null) => {
      const claim = number === null ? undefined : claims.find((c) => c.number === number);
      openClaim(claim?.id ?? null, { focus: claim ? "heading" : "none", scroll: true, push: false });
    },
    [claims, openClaim],
  );
  useClaimUrlNavigation(followUrl);
  useEffect(() => {
    // A #claim-N address (the exports' anchor) is only visible to the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (initialClaimNumber === null && claimNumberInUrl() !== null) followUrl(claimNumberInUrl());
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The highlight exists only once the editor has mounted, so scrolling waits for it.
  useScrollToClaim(scrollTarget, selectedId, highlights);

  const openNewClaim = useCallback(
    (claimId: string) => openClaim(claimId, { focus: "fields", scroll: false, push: false }),
    [openClaim],
  );
  const { adding, addClaim, createClaim } = useAddClaim({
    articleId,
    index,
    listed,
    selection,
    setSelection,
    setClaims,
    setDuplicateOf,
    openNewClaim,
    announce: setAnnouncement,
    setFailure,
  });

  const claimRanges = useMemo(() => listed.map((c) => c.range), [listed]);
  const suggest = useSuggestions({
    articleId,
    index,
    revision,
    claimRanges,
    createClaim,
    announce: setAnnouncement,
    setFailure,
  });

  const replaceClaim = (claim: ClaimView, message: string) => {
    setClaims((all) => all.map((c) => (c.id === claim.id ? claim : c)));
    setAnnouncement(message);
  };

  const removeClaim = (claimId: string) => {
    const number = claims.find((c) => c.id === claimId)?.number;
    setClaims((all) => all.filter((c) => c.id !== claimId));
    openClaim(null, { focus: "none", scroll: false, push: false });
    setClaimInUrl(null, { replace: true });
    setAnnouncement(`Claim ${number} deleted.`);
  };

  const closePanel = () => {
    const closing = selectedId;
    openClaim(null, { focus: "none", scroll: false, push: true });
    // Back to where the user came from: the claim's entry in the list.
    if (closing) document.querySelector<HTMLElement>(`.claim-list [data-claim-id="${CSS.escape(closing)}"]`)?.focus();
  };

  return (
    <div className={`desk${selected ? " desk--claim-open" : ""}`}>
      <section className="desk__article" aria-label="Article">
        <LiveDeskNotices
          stream={live.stream}
          newRevision={live.newRevision}
          notice={live.notice}
          onDismiss={live.dismissNotice}
        />
        <PresenceBar
          people={presence.others}
          numberOf={(id) => claims.find((c) => c.id === id)?.number ?? null}
          onOpenClaim={(id) => openClaim(id, { focus: "heading", scroll: true, push: true })}
        />
        <div className="desk__toolbar" role="toolbar" aria-label="Claim tools">
          {/* First: from Find in article, one Shift+Tab reaches Add claim (the hand-over). */}
          <SuggestToggle on={suggest.on} onChange={suggest.setOn} />
          <button
            type="button"
            className="button button--primary"
            onClick={() => addClaim()}
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
        {duplicateOf && selection && (
          <DuplicateRangeQuestion
            number={duplicateOf.number}
            pending={adding}
            onOpen={() => openClaim(duplicateOf.claimId, { focus: "heading", scroll: true, push: true })}
            onAddAnyway={() => createClaim(trimRange(index.text, selection.start, selection.end))}
            onCancel={() => setDuplicateOf(null)}
          />
        )}
        {suggest.on && (
          <SuggestionList
            suggestions={suggest.suggestions}
            loading={suggest.loading}
            pending={adding}
            onMakeClaim={suggest.makeClaim}
            onDismiss={suggest.dismiss}
          />
        )}
        <FormFailure message={failure} />
        {textMismatch && (
          <p role="alert" className="notice notice--error">
            This article&apos;s text index is inconsistent; highlights may be misplaced. Please report this article.
          </p>
        )}
        <ArticleReader
          doc={doc}
          index={index}
          highlights={highlights}
          suggestions={suggest.ranges}
          selectedClaimId={selectedId}
          onSelectionChange={setSelection}
          onClaimClick={(id) => openClaim(id, { focus: "heading", scroll: false, push: true })}
          onAddClaimShortcut={addClaim}
        />
      </section>
      <aside className="desk__claims" aria-label="Claims">
        {selected && (
          <ClaimPanel
            key={selected.claim.id}
            claim={selected.claim}
            number={selected.number}
            user={user}
            focus={panelFocus}
            onChange={replaceClaim}
            onDeleted={removeClaim}
            onClose={closePanel}
            selected={selectedSelectors}
            activity={live.activity[selected.claim.id]}
            remoteEdit={live.remoteEdit}
          />
        )}
        <h2 className="desk__claims-title">
          Claims <span className="count">({claims.length})</span>
        </h2>
        <StatusFilter claims={claims} value={statusFilter} onChange={setStatusFilter} />
        <AssigneeFilterSelect claims={claims} userId={user.id} value={assigneeFilter} onChange={setAssigneeFilter} />
        <ClaimList
          claims={shown.filter((c) => c.claim.anchor.status !== "orphaned")}
          selectedId={selectedId}
          withDrafts={drafts}
          onSelect={(id) => openClaim(id, { focus: "heading", scroll: true, push: true })}
        />
        <OrphanedClaims
          claims={orphans}
          selectedId={selectedId}
          withDrafts={drafts}
          onSelect={(id) => openClaim(id, { focus: "heading", scroll: false, push: true })}
        />
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
