"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

/** Leaves for the identity provider's sign-in page; next-auth brings the browser back to `next`. */
export function SsoButton({ providerId, name, next }: { providerId: string; name: string; next: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn(providerId, { callbackUrl: next });
      }}
    >
      Sign in with {name}
    </button>
  );
}
