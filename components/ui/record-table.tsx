import type { ReactNode } from "react";

interface RecordTableProps {
  /** The id of the heading that names the table. */
  labelledBy: string;
  headings: readonly string[];
  /** The rows: `<tr role="row">` each. */
  children: ReactNode;
}

/**
 * The admin pages' table of records: a focusable region that scrolls sideways on narrow screens,
 * where CSS reflows each row as a card. The roles are explicit because changing a table's CSS
 * display makes some browsers (Safari) stop announcing it as a table.
 */
export function RecordTable({ labelledBy, headings, children }: RecordTableProps) {
  return (
    <div className="users-table" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table role="table">
        <thead role="rowgroup">
          <tr role="row">
            {headings.map((heading) => (
              <th key={heading} scope="col" role="columnheader">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{children}</tbody>
      </table>
    </div>
  );
}
