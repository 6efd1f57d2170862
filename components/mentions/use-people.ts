"use client";

import { useEffect, useState } from "react";
import type { Mentionable } from "@/lib/mentions/find-mentions";
import { apiRequest } from "@/components/api-client";

// One read of the desk's active people per page load, shared by every comment box and thread.
let people: Promise<Mentionable[]> | null = null;

function loadPeople(): Promise<Mentionable[]> {
  people ??= apiRequest<{ people: Mentionable[] }>("GET", "/api/people").then(
    (answer) => answer.people,
    () => {
      people = null; // tried again next time; meanwhile mentions are plain text
      return [];
    },
  );
  return people;
}

/** The active colleagues one may mention (empty until they are loaded). */
export function usePeople(): Mentionable[] {
  const [list, setList] = useState<Mentionable[]>([]);
  useEffect(() => {
    let live = true;
    loadPeople().then((loaded) => live && setList(loaded));
    return () => {
      live = false;
    };
  }, []);
  return list;
}
