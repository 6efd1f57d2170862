"use client";

import type { PresenceEntry } from "@/lib/presence/presence-entry";

interface PresenceBarProps {
  /** Everyone else on the article (components/live/presence/use-presence.ts). */
  people: PresenceEntry[];
  /** The claim's number as the desk shows it now, or null once it is gone. */
  numberOf: (claimId: string) => number | null;
  onOpenClaim: (claimId: string) => void;
}

/**
 * "Also here: (EE) Erin Editor is editing claim 4". Initials and the name in words, never a colour
 * alone. Deliberately not a live region: people coming and going would interrupt every few seconds.
 */
export function PresenceBar({ people, numberOf, onOpenClaim }: PresenceBarProps) {
  if (people.length === 0) return null;
  return (
    <div className="presence">
      <span className="presence__label" aria-hidden="true">
        Also here:
      </span>
      <ul className="presence__list" aria-label="Also on this article">
        {people.map(({ user, claimId }) => {
          const number = claimId === null ? null : numberOf(claimId);
          return (
            <li key={user.id} className="presence__person">
              <span className="presence__initials" aria-hidden="true">
                {user.initials}
              </span>
              <span className="presence__name">{user.name}</span>
              {claimId !== null && number !== null && (
                <>
                  {" is editing "}
                  <button
                    type="button"
                    className="presence__claim"
                    aria-label={`Open claim ${number}`}
                    onClick={() => onOpenClaim(claimId)}
                  >
                    claim {number}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
