// The quality ratchet: minimum scores in the shape of the totals; CI fails when any falls below.
import { readFile, rename, writeFile } from "node:fs/promises";
import { z } from "zod";
import type { Totals } from "./totals.js";

const Minimum = z.number().min(0).max(1).optional();
const PrfMinimums = { precision: Minimum, recall: Minimum, f1: Minimum };

/** Any subset of the totals; unknown keys are errors, so a misspelled metric is never silently unchecked. */
export const RatchetSchema = z.strictObject({
  entities: z.strictObject(PrfMinimums).optional(),
  roles: z.strictObject({ accuracy: Minimum }).optional(),
  quotes: z.strictObject({ ...PrfMinimums, speakerAccuracy: Minimum, speakerPrecision: Minimum }).optional(),
  figures: z.strictObject({ ...PrfMinimums, sourceAccuracy: Minimum, sourcePrecision: Minimum }).optional(),
  dates: z.strictObject(PrfMinimums).optional(),
  /** Recall only: event precision is informational (the gold lists only the main events). */
  events: z.strictObject({ recall: Minimum }).optional(),
  lead: z.strictObject({ accuracy: Minimum }).optional(),
});
export type Ratchet = z.infer<typeof RatchetSchema>;

/** One checked metric: "quotes.recall". */
export interface RatchetCheck {
  metric: string;
  actual: number;
  minimum: number;
  passed: boolean;
}

/** A ratchet file that cannot be used; the message says which file and why. */
export class RatchetFileError extends Error {
  constructor(path: string, problem: string) {
    super(`ratchet file ${path}: ${problem}`);
    this.name = "RatchetFileError";
  }
}

/** Reads and validates a ratchet file. */
export async function loadRatchet(path: string): Promise<Ratchet> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new RatchetFileError(path, (error as Error).message);
  }
  const result = RatchetSchema.safeParse(data);
  if (!result.success) {
    throw new RatchetFileError(path, result.error.issues.map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`).join("; "));
  }
  return result.data;
}

// Float noise (0.57 computed as 0.5699999…) must not fail a minimum written as 0.57.
const EPSILON = 1e-9;

/** Compares totals with every minimum the ratchet sets, in the ratchet's order. */
export function checkRatchet(totals: Totals, ratchet: Ratchet): RatchetCheck[] {
  const checks: RatchetCheck[] = [];
  for (const [category, minimums] of Object.entries(ratchet)) {
    for (const [metric, minimum] of Object.entries(minimums ?? {})) {
      if (typeof minimum !== "number") continue;
      const actual = (totals as unknown as Record<string, Record<string, number>>)[category]?.[metric] ?? 0;
      checks.push({ metric: `${category}.${metric}`, actual, minimum, passed: actual + EPSILON >= minimum });
    }
  }
  return checks;
}

/** The totals rounded down to two decimals: a ratchet the current extractor passes. */
export function ratchetFrom(totals: Totals): Ratchet {
  const floor = (x: number) => Math.floor(x * 100 + EPSILON) / 100;
  const floorAll = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, floor(v as number)])) as T;
  return {
    entities: floorAll(totals.entities),
    roles: floorAll(totals.roles),
    quotes: floorAll(totals.quotes),
    figures: floorAll(totals.figures),
    dates: floorAll(totals.dates),
    events: { recall: floor(totals.events.recall) },
    lead: floorAll(totals.lead),
  };
}

/** Every minimum raised to the current total rounded down, never lowered; metrics the file lacks are added. */
export function raiseRatchet(ratchet: Ratchet, totals: Totals): Ratchet {
  const floor = ratchetFrom(totals) as Record<string, Record<string, number>>;
  const old = ratchet as Record<string, Record<string, number | undefined> | undefined>;
  const raised: Record<string, Record<string, number>> = {};
  for (const [category, metrics] of Object.entries(floor)) {
    raised[category] = {};
    for (const [metric, value] of Object.entries(metrics)) {
      (raised[category] as Record<string, number>)[metric] = Math.max(value, old[category]?.[metric] ?? 0);
    }
  }
  return RatchetSchema.parse(raised);
}

/** Writes a ratchet file atomically (temporary file, then rename), so CI never reads half a file. */
export async function writeRatchet(path: string, ratchet: Ratchet): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(ratchet, null, 2)}\n`);
  await rename(temporary, path);
}
