"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TwoFactorStatus } from "@/server/auth/two-factor/status";
import { formatTime } from "@/components/ui/format-time";
import { apiRequest } from "@/components/api-client";
import { TwoFactorProofForm } from "./two-factor-proof-form";
import { TwoFactorRecoveryCodes } from "./two-factor-recovery-codes";
import { TwoFactorSetup } from "./two-factor-setup";

/** Off: the set-up. On: when, how many recovery codes are left, new codes, and turning it off. */
export function TwoFactorSettings({ initialStatus }: { initialStatus: TwoFactorStatus }) {
  const [status, setStatus] = useState(initialStatus);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const router = useRouter();

  function enabled(recoveryCodes: string[]) {
    setStatus((s) => ({
      ...s,
      enabled: true,
      enabledAt: new Date().toISOString(),
      recoveryCodesLeft: recoveryCodes.length,
    }));
    setCodes(recoveryCodes);
    setAnnouncement("Two-factor authentication is on.");
  }

  async function regenerate(proof: { code?: string; password?: string }) {
    const result = await apiRequest<{ recoveryCodes: string[] }>(
      "POST",
      "/api/account/two-factor/recovery-codes",
      proof,
    );
    setStatus((s) => ({ ...s, recoveryCodesLeft: result.recoveryCodes.length }));
    setCodes(result.recoveryCodes);
    setAnnouncement("New recovery codes made: the old ones no longer work.");
  }

  async function turnOff(proof: { code?: string; password?: string }) {
    await apiRequest("DELETE", "/api/account/two-factor", proof);
    setStatus((s) => ({ ...s, enabled: false, enabledAt: null, recoveryCodesLeft: 0 }));
    setCodes(null);
    setAnnouncement("Two-factor authentication is off.");
  }

  return (
    <div className="two-factor">
      <p role="status">{announcement}</p>
      {codes && (
        <TwoFactorRecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            // Someone sent here to enrol may now use the rest of the desk.
            if (initialStatus.required && !initialStatus.enabled) router.push("/articles");
          }}
        />
      )}
      {!status.enabled && <TwoFactorSetup onEnabled={enabled} />}
      {status.enabled && !codes && (
        <>
          <p>
            <strong>On</strong>
            {status.enabledAt && ` since ${formatTime(status.enabledAt)}`}. {status.recoveryCodesLeft} of 10 recovery
            codes left.
          </p>
          <TwoFactorProofForm
            title="New recovery codes"
            explanation="Makes 10 new recovery codes; the old ones stop working."
            action="Make new recovery codes"
            onSubmit={regenerate}
          />
          {!status.required && (
            <TwoFactorProofForm
              title="Turn off two-factor authentication"
              explanation="Signing in will ask for your password only."
              action="Turn off two-factor"
              danger
              onSubmit={turnOff}
            />
          )}
        </>
      )}
    </div>
  );
}
