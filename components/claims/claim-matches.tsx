"use client";

import { useRef, useState } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimMatchesResponse } from "@/lib/matching/match-view";
import { can, claimOwners } from "@/lib/permissions";
import type { DeskUser } from "@/lib/review/workflow";
import { ClaimLinks, relatedClaimName } from "@/components/claims/claim-links";
import { ClaimMatchItem } from "@/components/claims/claim-match-item";
import type { ClaimFields } from "@/components/claims/claim-conflict";
import { readDraft, writeDraft, type Draft } from "@/components/claims/drafts";
import { useApiGet } from "@/components/ui/use-api-get";

const EMPTY: ClaimMatchesResponse = { matches: [], links: { uses: [], usedBy: [] } };
/** Matches shown before "Show more": the panel's form should stay within reach on a phone. */
const FIRST_SHOWN = 3;

interface ClaimMatchesProps {
  claim: ClaimView;
  user: DeskUser;
  onChange: (claim: ClaimView, announcement: string) => void;
}

/**
 * "Already fact-checked": earlier claims like this one (loaded whenever the claim is opened, so a
 * new claim shows them at once), and the fact-checks it uses or lends. See lib/matching/.
 */
export function ClaimMatches({ claim, user, onChange }: ClaimMatchesProps) {
  const [refresh, setRefresh] = useState(0);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const data = useApiGet<ClaimMatchesResponse>(`/api/claims/${claim.id}/matches`, `${claim.version}:${refresh}`, EMPTY);
  const owner = claimOwners({ createdById: claim.createdBy.id, assigneeId: claim.assignee?.id ?? null });
  const mayLink = can(user, "claim.edit", owner);
  const mayCopy = mayLink && claim.status !== "APPROVED" && can(user, "source.manage", owner);
  const matches = (data?.matches ?? []).filter((m) => !dismissed.has(m.claim.id));
  const shown = showAll ? matches : matches.slice(0, FIRST_SHOWN);

  const kept = useRef(false);

  function copying(): () => void {
    const putBack = setTypedTextAside(user.id, claim.id);
    kept.current = putBack !== null;
    return putBack ?? (() => {});
  }

  function linked(updated: ClaimView, copied: boolean, otherName: string) {
    const what = copied ? ": its verdict, rationale and sources are copied in" : "";
    const also = copied && kept.current ? ". Your unsaved text is kept beside the fields" : "";
    onChange(updated, `Claim ${claim.number} now uses the fact-check of ${otherName}${what}${also}.`);
    setRefresh((n) => n + 1);
    heading.current?.focus();
  }

  function dismissedOne(id: string, otherName: string) {
    setDismissed((before) => new Set([...before, id]));
    onChange(claim, `${otherName.charAt(0).toUpperCase()}${otherName.slice(1)} is no longer suggested.`);
    heading.current?.focus();
  }

  return (
    <section className="claim-matches" aria-labelledby="claim-matches-title">
      <h3 id="claim-matches-title" ref={heading} tabIndex={-1}>
        Already fact-checked
      </h3>
      {data && <ClaimLinks links={data.links} articleId={claim.articleId} />}
      {data === null ? (
        <p>Looking for earlier claims like this one…</p>
      ) : matches.length === 0 ? (
        <p className="claim-matches__none">No earlier claim matches this one.</p>
      ) : (
        <ol className="claim-matches__list" aria-label="Earlier claims like this one">
          {shown.map((m) => (
            <ClaimMatchItem
              key={m.claim.id}
              match={m}
              claim={claim}
              mayLink={mayLink}
              mayCopy={mayCopy}
              onCopying={copying}
              onLinked={(updated, copied) => linked(updated, copied, relatedClaimName(m.claim, claim.articleId))}
              onDismissed={() => dismissedOne(m.claim.id, relatedClaimName(m.claim, claim.articleId))}
            />
          ))}
        </ol>
      )}
      {!showAll && matches.length > FIRST_SHOWN && (
        <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
          Show {matches.length - FIRST_SHOWN} more
        </button>
      )}
    </section>
  );
}

/**
 * The copied verdict and rationale replace the form's values. Anything the person had typed and
 * not saved moves aside, still stored, and the form shows it as "Your unsaved text" with a button
 * per field to take it back (the same place a conflict puts it). Returns how to undo the move
 * (when the copy fails), or null when there was nothing typed.
 */
function setTypedTextAside(userId: string, claimId: string): (() => void) | null {
  const draft = readDraft<Draft<ClaimFields>>(userId, claimId, "claim");
  if (!draft?.values) return null;
  const before = readDraft<ClaimFields>(userId, claimId, "yours");
  writeDraft(userId, claimId, "yours", draft.values);
  writeDraft(userId, claimId, "claim", null);
  return () => {
    writeDraft(userId, claimId, "claim", draft);
    writeDraft(userId, claimId, "yours", before);
  };
}
