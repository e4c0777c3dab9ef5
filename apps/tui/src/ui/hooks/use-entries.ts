import { useEffect, useState } from "react";
import type { Library, ListEntry } from "../../library.js";

/** The stored briefings for the list; null while loading. */
export function useEntries(library: Library, initial: ListEntry[] | null = null): { entries: ListEntry[] | null; error: string | null } {
  const [entries, setEntries] = useState<ListEntry[] | null>(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (initial) return;
    let cancelled = false;
    library.list().then(
      (list) => !cancelled && setEntries(list),
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [library, initial]);
  return { entries, error };
}
