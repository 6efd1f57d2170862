import { ClaimList, type ListedClaim } from "@/components/claims/claim-list";

interface OrphanedClaimsProps {
  claims: ListedClaim[];
  selectedId: string | null;
  withDrafts: ReadonlySet<string>;
  onSelect: (claimId: string) => void;
}

/** Claims whose words a revision took out of the article: listed apart, with what to do about them. */
export function OrphanedClaims({ claims, selectedId, withDrafts, onSelect }: OrphanedClaimsProps) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="orphans-title" className="desk__orphans">
      <h3 id="orphans-title">Needs re-anchoring ({claims.length})</h3>
      <p className="field__hint">
        Their words are no longer in the article. Open one, select its passage in the text, then Re-attach here; or
        delete it.
      </p>
      <ClaimList
        label="Claims that need re-anchoring"
        claims={claims}
        selectedId={selectedId}
        withDrafts={withDrafts}
        onSelect={onSelect}
      />
    </section>
  );
}
