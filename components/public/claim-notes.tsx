import type { ExportClaim } from "@/lib/export/model";

/** One note per approved claim, the target of `#claim-N` links (ClaimReview's deep links). */
export function ClaimNotes({ claims }: { claims: ExportClaim[] }) {
  return (
    <ol className="claim-notes">
      {claims.map((c) => (
        <li key={c.id} id={`claim-${c.number}`} className="claim-note">
          <h3>Claim {c.number}</h3>
          <blockquote>“{c.quote.exact}”</blockquote>
          {c.claimant && <p>Claimant: {c.claimant}</p>}
          <p className={`verdict-badge verdict-${c.verdict?.key ?? "none"}`}>
            Verdict: <span aria-hidden="true">{c.verdict?.symbol ?? "…"}</span> {c.verdict?.label ?? "No verdict"}
          </p>
          {c.rationale && <p className="claim-note__rationale">{c.rationale}</p>}
          {c.sources.length > 0 && (
            <ul className="claim-note__sources" aria-label={`Sources for claim ${c.number}`}>
              {c.sources.map((s, i) => (
                <li key={i}>
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer nofollow">
                      {s.title}
                    </a>
                  ) : (
                    <span>{s.title}</span>
                  )}
                  {s.publisher && ` · ${s.publisher}`} — {s.stanceLabel}
                </li>
              ))}
            </ul>
          )}
          {c.anchored ? (
            <a href={`#claim-${c.number}-text`}>Back to the text</a>
          ) : (
            <p>This passage is no longer in the article.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
