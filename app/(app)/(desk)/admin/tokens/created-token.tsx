"use client";

import { useId, useState } from "react";

/** The one time the token is visible: after this only its first characters are kept. */
export function CreatedToken({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const headingId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby={headingId} className="notice" role="region">
      <h2 id={headingId}>New token “{name}”</h2>
      <p>
        <strong>Copy it now: it will not be shown again.</strong> Keep it in the integration&apos;s secret settings,
        never in code or chat. If it leaks, revoke it below.
      </p>
      <p>
        <label>
          Token{" "}
          <input
            type="text"
            readOnly
            value={token}
            size={52}
            onFocus={(e) => e.currentTarget.select()}
            spellCheck={false}
          />
        </label>
      </p>
      <p>
        <button type="button" className="button button--primary" onClick={copy}>
          Copy token
        </button>{" "}
        <button type="button" className="button" onClick={onDone}>
          I have stored it
        </button>
      </p>
      <p role="status">
        {copied === "copied"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "Copying failed: select the token and copy it yourself."
            : ""}
      </p>
    </section>
  );
}
