import type { ReactNode } from "react";

/** A form-level error, announced to screen readers as soon as it appears. */
export function FormFailure({ message, children }: { message: string | null | undefined; children?: ReactNode }) {
  if (!message) return null;
  return (
    <div role="alert" className="notice notice--error">
      <p>{message}</p>
      {children}
    </div>
  );
}
