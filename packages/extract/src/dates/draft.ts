// What each finder returns before the pieces are merged: a span and its resolution.
import type { TimeCandidate } from "../candidates.js";
import { type Day, isoDay } from "./calendar.js";

/** Value, precision and anchor of a time; anchors to other times are filled in when merging. */
export type Resolution = Pick<TimeCandidate, "value" | "precision" | "anchor">;

/** A time stated relative to the previous time of its sentence ("the preceding month"). */
export interface Relation {
  unit: "day" | "week" | "month" | "year";
  /** -1 before, 1 after, 0 the same. */
  offset: number;
  /** Keep the draft's own resolution when the earlier time is too coarse ("in 2010 … a year ago"). */
  fallback?: boolean;
}

export interface Draft {
  start: number;
  end: number;
  /** The resolution on its own; for a relation, the fallback when no earlier time is in the sentence (null: drop it then). */
  resolution: Resolution | null;
  relation?: Relation;
  /** For a date written without a year: its value in a given year. */
  inYear?: (year: number) => string | null;
  /** A weekday is written with the date ("Wednesday, March 18"): it has already chosen the year. */
  weekdayWritten?: boolean;
}

export const absolute = (value: string, precision: Resolution["precision"]): Resolution => ({
  value,
  precision,
  anchor: { kind: "absolute" },
});

export const fromPublication = (value: string, precision: Resolution["precision"], published: Day): Resolution => ({
  value,
  precision,
  anchor: { kind: "publication", date: isoDay(published) },
});

export const unresolved = (precision: Resolution["precision"], reason: string): Resolution => ({
  value: null,
  precision,
  anchor: { kind: "unresolved", reason },
});

/** Why relative words without a publication date stay unresolved. */
export const NO_PUBLICATION_DATE = "relative to the publication date, which is not known";
