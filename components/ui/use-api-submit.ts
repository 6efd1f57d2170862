"use client";

import { useState } from "react";
import { ApiError, type FieldErrors } from "@/components/api-client";

/**
 * The state every form that talks to the API needs: pending while the request runs, then the
 * server's field messages and its error (the form keeps what the user typed).
 */
export function useApiSubmit() {
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function submit<T>(request: () => Promise<T>): Promise<T | undefined> {
    setPending(true);
    setErrors({});
    setFailure(null);
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(error.fields);
      setFailure(error);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { pending, errors, failure, submit };
}
