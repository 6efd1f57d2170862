"use client";

import { useId, useState } from "react";
import { apiRequest } from "@/components/api-client";
import { FormFailure } from "@/components/ui/form-failure";
import { useApiSubmit } from "@/components/ui/use-api-submit";

/** Saved as soon as it is ticked: one setting, nothing else to submit with it. */
export function RequireTwoFactorSetting({ initialRequired }: { initialRequired: boolean }) {
  const [required, setRequired] = useState(initialRequired);
  const [status, setStatus] = useState("");
  const { pending, failure, submit } = useApiSubmit();
  const hintId = useId();

  // The box shows the new state at once and goes back if the server refuses it.
  async function change(next: boolean) {
    if (pending) return;
    setRequired(next);
    setStatus("");
    const result = await submit(() =>
      apiRequest<{ required: boolean }>("PUT", "/api/settings/two-factor", { required: next }),
    );
    if (!result) {
      setRequired(!next);
      return;
    }
    setStatus(
      result.required
        ? "Saved: editors and admins without two-factor must turn it on before they can work."
        : "Saved: two-factor is optional again.",
    );
  }

  return (
    <section aria-labelledby="require-two-factor-heading">
      <h2 id="require-two-factor-heading">Requirement</h2>
      <label>
        <input
          type="checkbox"
          checked={required}
          aria-disabled={pending || undefined}
          aria-describedby={hintId}
          onChange={(e) => void change(e.target.checked)}
        />{" "}
        Require two-factor authentication for editors and admins
      </label>
      <p id={hintId} className="field__hint">
        When on, an editor or admin without it is sent to their account page at sign-in and can do nothing else until
        they turn it on. Fact-checkers may still choose. Single sign-on accounts rely on the provider&apos;s own second
        factor.
      </p>
      <p role="status">{status}</p>
      <FormFailure message={failure?.message} />
    </section>
  );
}
