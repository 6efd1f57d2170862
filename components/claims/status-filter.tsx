import { useId } from "react";
import type { ClaimStatus, ClaimView } from "@/lib/claims/claim-view";
import { STATUS_DISPLAY } from "@/lib/claims/status";
import { matchesAssigneeFilter, type AssigneeFilter } from "@/lib/claims/assignment";

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

const ASSIGNEE_OPTIONS: { value: AssigneeFilter; label: string }[] = [
  { value: "ANYONE", label: "Anyone's claims" },
  { value: "MINE", label: "Assigned to me" },
  { value: "UNASSIGNED", label: "Unassigned" },
];

/** Narrows the sidebar by who the claims are with; each option says how many claims it holds. */
export function AssigneeFilterSelect({
  claims,
  userId,
  value,
  onChange,
}: {
  claims: ClaimView[];
  userId: string;
  value: AssigneeFilter;
  onChange: (v: AssigneeFilter) => void;
}) {
  const id = useId();
  const count = (filter: AssigneeFilter) => claims.filter((c) => matchesAssigneeFilter(c, filter, userId)).length;
  return (
    <div className="status-filter">
      <label htmlFor={id}>Assigned</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as AssigneeFilter)}>
        {ASSIGNEE_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({count(option.value)})
          </option>
        ))}
      </select>
    </div>
  );
}
