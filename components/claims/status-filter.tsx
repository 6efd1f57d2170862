import { useId } from "react";
import type { ClaimStatus, ClaimView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";

/** Narrows the sidebar to one review status; each option says how many claims it holds. */
export function StatusFilter({
  claims,
  value,
  onChange,
}: {
  claims: ClaimView[];
  value: ClaimStatus | "ALL";
  onChange: (v: ClaimStatus | "ALL") => void;
}) {
  const id = useId();
  const count = (status: ClaimStatus) => claims.filter((c) => c.status === status).length;
  return (
    <div className="status-filter">
      <label htmlFor={id}>Show</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ClaimStatus | "ALL")}>
        <option value="ALL">All claims ({claims.length})</option>
        {(Object.keys(STATUS_DISPLAY) as ClaimStatus[]).map((status) => (
          <option key={status} value={status}>
            {STATUS_DISPLAY[status].symbol} {STATUS_DISPLAY[status].label} ({count(status)})
          </option>
        ))}
      </select>
    </div>
  );
}
