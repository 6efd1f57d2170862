"use client";

import { useEffect, useRef } from "react";
import type { ClaimView, SourceView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { claimAbilities, type DeskUser } from "@/lib/review/workflow";
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/types";
import { AnchorNotice } from "@/components/claims/anchor-notice";
import { ClaimAssignment } from "@/components/claims/claim-assignment";
import { ClaimEditor } from "@/components/claims/claim-editor";
import { ClaimHistory } from "@/components/claims/claim-history";
import { ClaimMatches } from "@/components/claims/claim-matches";
import { CommentThread } from "@/components/claims/comment-thread";
import { DeleteClaimButton } from "@/components/claims/delete-claim-button";
import { ReviewActions } from "@/components/claims/review-actions";
import { SourceForm } from "@/components/claims/source-form";
import { SourceList } from "@/components/claims/source-list";

interface ClaimPanelProps {
  claim: ClaimView;
  number: number;
  user: DeskUser;
  /** Where focus goes when the panel opens: the claimant field (a new claim) or the heading. */
  focus: "fields" | "heading" | "none";
  onChange: (claim: ClaimView, announcement: string) => void;
  onDeleted: (claimId: string) => void;
  onClose: () => void;
  /** The passage selected in the article now, for re-attaching an orphan. */
  selected: [TextQuoteSelector, TextPositionSelector] | null;
  /** Someone else saved the claim while this user had unsaved changes: the form stays on `base`. */
  remoteEdit?: { base: ClaimView; notice: string; settle: () => void } | null;
  /** Changes whenever the live stream reports anything about this claim. */
  activity?: string;
}

/**
 * The selected claim: beside the text on a wide screen, a sheet over the text on a phone. When it
 * opens, focus moves into it so keyboard and screen-reader users land where the claim is.
 */
export function ClaimPanel(props: ClaimPanelProps) {
  const { claim, number, user, focus, onChange, onDeleted, onClose, selected, remoteEdit, activity = "" } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const abilities = claimAbilities(claim, user);
  const focusFields = focus === "fields" && abilities.edit;
  const focusHeading = focus === "heading" || (focus === "fields" && !abilities.edit);
  useEffect(() => {
    if (!focusHeading) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "nearest" });
  }, [focusHeading]);
  const quote = claim.target.selector[0].exact;
  const status = STATUS_DISPLAY[claim.status];
  const withSources = (sources: SourceView[]) => ({ ...claim, sources });
  const form = remoteEdit?.base ?? claim;

  return (
    <section
      className="claim-panel"
      aria-labelledby="claim-panel-title"
      onKeyDown={(e) => {
        if (e.key === "Escape" && !e.defaultPrevented) onClose();
      }}
    >
      <div className="claim-panel__head">
        <h2 id="claim-panel-title" ref={heading} tabIndex={-1}>
          Claim {number}
        </h2>
        <button type="button" className="button button--small claim-panel__close" onClick={onClose}>
          Close<span className="visually-hidden"> claim {number}</span>
        </button>
      </div>
      <blockquote className="claim-panel__quote">{quote}</blockquote>
      <p className="claim-panel__status">
        <span className={`status-badge status-${claim.status.toLowerCase()}`}>
          <span aria-hidden="true">{status.symbol}</span> {status.label}
        </span>
        {abilities.locked && <span> Locked: an editor must reopen it before it can change.</span>}
        {!abilities.locked && !abilities.edit && (
          <span> Only its author, the person it is assigned to or an editor can edit this claim.</span>
        )}
      </p>
      <ClaimAssignment claim={claim} user={user} onChange={onChange} />
      <AnchorNotice claim={claim} canEdit={abilities.edit} selected={selected} onChange={onChange} />
      <ReviewActions
        claim={claim}
        abilities={abilities}
        onChange={(c, message) => onChange(c, `Claim ${number}: ${message}`)}
      />
      <ClaimMatches claim={claim} user={user} onChange={onChange} />
      <ClaimEditor
        key={`${form.id}:${form.version}`}
        claim={form}
        userId={user.id}
        readOnly={!abilities.edit}
        autoFocus={focusFields}
        newer={remoteEdit ? { claim, notice: remoteEdit.notice } : undefined}
        onSaved={(saved) => {
          remoteEdit?.settle();
          onChange(saved, `Claim ${number} saved.`);
        }}
        onConflict={(current) => {
          remoteEdit?.settle();
          onChange(current, `Showing the latest version of claim ${number}.`);
        }}
      />
      <h3>Sources</h3>
      <SourceList
        sources={claim.sources}
        canRemove={abilities.manageSources}
        onRemoved={(id) => onChange(withSources(claim.sources.filter((s) => s.id !== id)), "Source removed.")}
      />
      {abilities.manageSources && (
        <SourceForm
          claimId={claim.id}
          userId={user.id}
          onAdded={(s) => onChange(withSources([...claim.sources, s]), `Source “${s.title}” added.`)}
        />
      )}
      <CommentThread claimId={claim.id} revision={`${claim.version}:${activity}`} canComment={abilities.comment} />
      <ClaimHistory
        claimId={claim.id}
        revision={`${claim.version}:${claim.sources.map((s) => s.id).join()}:${activity}`}
      />
      {abilities.delete && (
        <div className="claim-panel__danger">
          <DeleteClaimButton
            claimId={claim.id}
            sourceCount={claim.sources.length}
            onDeleted={() => onDeleted(claim.id)}
          />
        </div>
      )}
    </section>
  );
}
