"use client";

import { useState } from "react";
import type { ApiTokenView } from "@/lib/api-tokens/api-token-view";
import type { Role } from "@/lib/permissions";
import { CreatedToken } from "./created-token";
import { NewTokenForm } from "./new-token-form";
import { TokenRow } from "./token-row";
import { RecordTable } from "@/components/ui/record-table";

/** The tokens table, the form for a new one, and the new token itself, shown once. */
export function TokensAdmin({ initialTokens, adminRole }: { initialTokens: ApiTokenView[]; adminRole: Role }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState("");

  function add(token: string, view: ApiTokenView) {
    setTokens((list) => [view, ...list]);
    setCreated({ name: view.name, token });
  }

  function revoked(id: string) {
    const when = new Date().toISOString();
    setTokens((list) => list.map((t) => (t.id === id ? { ...t, status: "revoked", revokedAt: when } : t)));
    const name = tokens.find((t) => t.id === id)?.name;
    setStatus(`Revoked “${name}”: requests with it are refused from now on.`);
  }

  return (
    <div className="users-admin">
      <p role="status" className="users-admin__status">
        {status}
      </p>
      {created && <CreatedToken {...created} onDone={() => setCreated(null)} />}
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Tokens</h2>
        {tokens.length === 0 ? (
          <p>No tokens yet.</p>
        ) : (
          <RecordTable
            labelledBy="tokens-heading"
            headings={["Name", "Role", "Created", "Last used", "Expires", "Status", "Revoke"]}
          >
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} onRevoked={revoked} />
            ))}
          </RecordTable>
        )}
      </section>
      <section aria-labelledby="new-token-heading" className="users-admin__new">
        <h2 id="new-token-heading">New token</h2>
        <NewTokenForm adminRole={adminRole} onCreated={add} />
      </section>
    </div>
  );
}
