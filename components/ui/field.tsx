import { useId, type ReactElement, type ReactNode } from "react";

interface FieldProps {
  label: string;
  /** Messages from the server or the form, shown under the control and read out with it. */
  errors?: string[];
  hint?: ReactNode;
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactElement;
}

/** A labelled control whose hint and errors are tied to it with aria-describedby. */
export function Field({ label, errors, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${errorId ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(errorId) })}
      {errorId && (
        <p id={errorId} className="field__error">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
