"use client";

import type { ClaimView, SourceView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { claimAbilities, type DeskUser } from "@/lib/review/workflow";
import { ClaimEditor } from "@/components/claims/claim-editor";
import { ClaimHistory } from "@/components/claims/claim-history";
import { CommentThread } from "@/components/claims/comment-thread";
import { DeleteClaimButton } from "@/components/claims/delete-claim-button";
import { ReviewActions } from "@/components/claims/review-actions";
import { SourceForm } from "@/components/claims/source-form";
import { SourceList } from "@/components/claims/source-list";

interface ClaimPanelProps {
  claim: ClaimView;
  number: number;
  user: DeskUser;
  focusFields: boolean;
  onChange: (claim: ClaimView, announcement: string) => void;
  onDeleted: (claimId: string) => void;
}

export function ClaimPanel({ claim, number, user, focusFields, onChange, onDeleted }: ClaimPanelProps) {
  const quote = claim.target.selector[0].exact;
  const status = STATUS_DISPLAY[claim.status];
  const abilities = claimAbilities(claim, user);
  const withSources = (sources: SourceView[]) => ({ ...claim, sources });

  return (
    <section className="claim-panel" aria-labelledby="claim-panel-title">
      <h2 id="claim-panel-title">Claim {number}</h2>
      <blockquote className="claim-panel__quote">{quote}</blockquote>
      <p className="claim-panel__status">
        <span className={`status-badge status-${claim.status.toLowerCase()}`}>
          <span aria-hidden="true">{status.symbol}</span> {status.label}
        </span>
        {abilities.locked && <span> Locked: an editor must reopen it before it can change.</span>}
        {!abilities.locked && !abilities.edit && <span> Only its author or an editor can edit this claim.</span>}
      </p>
      <ReviewActions
        claim={claim}
        abilities={abilities}
        onChange={(c, message) => onChange(c, `Claim ${number}: ${message}`)}
      />
      <ClaimEditor
        key={`${claim.id}:${claim.version}`}
        claim={claim}
        readOnly={!abilities.edit}
        autoFocus={focusFields && abilities.edit}
        onSaved={(saved) => onChange(saved, `Claim ${number} saved.`)}
        onConflict={(current) => onChange(current, `Showing the latest version of claim ${number}.`)}
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
          onAdded={(s) => onChange(withSources([...claim.sources, s]), `Source “${s.title}” added.`)}
        />
      )}
      <CommentThread claimId={claim.id} revision={claim.version} canComment={abilities.comment} />
      <ClaimHistory claimId={claim.id} revision={`${claim.version}:${claim.sources.map((s) => s.id).join()}`} />
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
