"use client";

import { useId } from "react";

/** Shown once, right after they are made: only their hashes are kept. */
export function TwoFactorRecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const headingId = useId();
  return (
    <section className="notice" aria-labelledby={headingId} role="region">
      <h3 id={headingId}>Your recovery codes</h3>
      <p>
        <strong>Save these codes now: they will not be shown again.</strong> Each one signs you in once if you lose your
        phone. Keep them somewhere safe, away from your password.
      </p>
      <ul aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onDone}>
        I have saved these codes
      </button>
    </section>
  );
}
