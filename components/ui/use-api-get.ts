"use client";

import { useEffect, useState } from "react";
import { apiRequest } from "@/components/api-client";

/**
 * Fetches `url` (skipped while it is null) and again whenever `revision` changes; null until the
 * first answer. A failed load shows as `fallback` rather than an endless "Loading…".
 */
export function useApiGet<T>(url: string | null, revision: string | number, fallback: T): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    apiRequest<T>("GET", url).then(
      (result) => live && setData(result),
      () => live && setData(fallback),
    );
    return () => {
      live = false;
    };
    // `fallback` is a constant per caller; refetching on its identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, revision]);
  return data;
}
