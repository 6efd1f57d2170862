"use client";

import type { ClaimView, SourceView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { ClaimEditor } from "@/components/claims/claim-editor";
import { DeleteClaimButton } from "@/components/claims/delete-claim-button";
import { SourceForm } from "@/components/claims/source-form";
import { SourceList } from "@/components/claims/source-list";

interface ClaimPanelProps {
  claim: ClaimView;
  number: number;
  focusFields: boolean;
  onChange: (claim: ClaimView, announcement: string) => void;
  onDeleted: (claimId: string) => void;
}

export function ClaimPanel({ claim, number, focusFields, onChange, onDeleted }: ClaimPanelProps) {
  const quote = claim.target.selector[0].exact;
  const status = STATUS_DISPLAY[claim.status];
  const withSources = (sources: SourceView[]) => ({ ...claim, sources });

  return (
    <section className="claim-panel" aria-labelledby="claim-panel-title">
      <h2 id="claim-panel-title">Claim {number}</h2>
      <blockquote className="claim-panel__quote">{quote}</blockquote>
      <p className="status-badge">
        <span aria-hidden="true">{status.symbol}</span> {status.label}
      </p>
      <ClaimEditor
        key={`${claim.id}:${claim.version}`}
        claim={claim}
        autoFocus={focusFields}
        onSaved={(saved) => onChange(saved, `Claim ${number} saved.`)}
        onConflict={(current) => onChange(current, `Showing the latest version of claim ${number}.`)}
      />
      <h3>Sources</h3>
      <SourceList
        sources={claim.sources}
        onRemoved={(id) => onChange(withSources(claim.sources.filter((s) => s.id !== id)), "Source removed.")}
      />
      <SourceForm claimId={claim.id} onAdded={(s) => onChange(withSources([...claim.sources, s]), `Source “${s.title}” added.`)} />
      <div className="claim-panel__danger">
        <DeleteClaimButton claimId={claim.id} sourceCount={claim.sources.length} onDeleted={() => onDeleted(claim.id)} />
      </div>
    </section>
  );
}
