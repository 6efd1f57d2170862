import { FAILURE_REASON_LABELS, type SignInFailureView } from "@/lib/users/sign-in-security-view";
import { formatTime } from "@/components/ui/format-time";
import { RecordTable } from "@/components/ui/record-table";

/** The latest failed sign-ins, newest first: who, when, from where, why, and whether locked now. */
export function FailedSignIns({ failures }: { failures: SignInFailureView[] }) {
  return (
    <section aria-labelledby="failures-heading">
      <h2 id="failures-heading">Failed sign-ins</h2>
      {failures.length === 0 ? (
        <p>No failed sign-ins yet.</p>
      ) : (
        <RecordTable labelledBy="failures-heading" headings={["When", "Email", "Account", "From", "Why", "Locked now"]}>
          {failures.map((f) => (
            <tr key={f.id} role="row">
              <td role="cell">{formatTime(f.createdAt)}</td>
              <th scope="row" role="rowheader">
                {f.email}
              </th>
              <td role="cell">{f.userName ?? "No such account"}</td>
              <td role="cell">{f.ipAddress ?? "Unknown"}</td>
              <td role="cell">{FAILURE_REASON_LABELS[f.reason] ?? f.reason}</td>
              <td role="cell">{f.locked ? "Locked" : "No"}</td>
            </tr>
          ))}
        </RecordTable>
      )}
    </section>
  );
}
