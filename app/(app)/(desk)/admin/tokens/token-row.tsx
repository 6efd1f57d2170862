"use client";

import type { ApiTokenStatus, ApiTokenView } from "@/lib/api-tokens/api-token-view";
import { ROLE_LABELS } from "@/lib/users/user-view";
import { apiRequest } from "@/components/api-client";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { formatTime } from "@/components/ui/format-time";

const STATUS_LABELS: Record<ApiTokenStatus, string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

export function TokenRow({ token, onRevoked }: { token: ApiTokenView; onRevoked: (id: string) => void }) {
  async function revoke() {
    await apiRequest("DELETE", `/api/tokens/${token.id}`);
    onRevoked(token.id);
  }

  return (
    <tr role="row" className={token.status === "active" ? undefined : "users-table__row--deactivated"}>
      <th scope="row" role="rowheader">
        {token.name}
        <br />
        <code>{token.prefix}…</code>
      </th>
      <td role="cell">{ROLE_LABELS[token.role]}</td>
      <td role="cell">
        {formatTime(token.createdAt)} by {token.createdBy.name}
      </td>
      <td role="cell">{token.lastUsedAt ? formatTime(token.lastUsedAt) : "Never"}</td>
      <td role="cell">{formatTime(token.expiresAt)}</td>
      <td role="cell">{STATUS_LABELS[token.status]}</td>
      <td role="cell">
        {token.status === "revoked" ? (
          "—"
        ) : (
          <ConfirmDelete
            label={`Revoke ${token.name}`}
            question={`Revoke “${token.name}”? Whatever uses it stops working at once; this cannot be undone.`}
            onConfirm={revoke}
          />
        )}
      </td>
    </tr>
  );
}
