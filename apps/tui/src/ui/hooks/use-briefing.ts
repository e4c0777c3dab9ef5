import { type ComposedBriefing, composeBriefing, type Source } from "@briefing/core";
import { useEffect, useState } from "react";
import type { Library } from "../../library.js";

export type Loaded =
  | { state: "loading" }
  | { state: "missing"; id: string }
  | { state: "error"; message: string }
  | { state: "ready"; doc: ComposedBriefing; sources: Source[] };

/** Loads one briefing from the library and composes it: the only document the screen draws. */
export function useBriefing(library: Library, id: string | null): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    setLoaded({ state: "loading" });
    library.get(id).then(
      (briefing) => {
        if (cancelled) return;
        setLoaded(briefing ? { state: "ready", doc: composeBriefing(briefing), sources: briefing.sources } : { state: "missing", id });
      },
      (error: unknown) => !cancelled && setLoaded({ state: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [library, id]);
  return loaded;
}
