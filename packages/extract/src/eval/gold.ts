// A gold folder as ../shared/eval/FORMAT.md describes it: NAME.txt + NAME.gold.json pairs.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

/** ISO 8601 date, month or year, or a span of them ("2013/2018", "2014-09/2014-11"). */
const GoldDateValueSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, "must be ISO 8601: 2025-04-07, 2025-04, 2025 or a span like 2013/2018");

export const GoldArticleMetaSchema = z.object({
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  /** The reference date for relative dates. */
  published: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).nullable(),
  url: z.url().nullable(),
});
export type GoldArticleMeta = z.infer<typeof GoldArticleMetaSchema>;

export const GoldEntityTypeSchema = z.enum(["person", "organization", "place"]);
export type GoldEntityType = z.infer<typeof GoldEntityTypeSchema>;

export const GoldEntitySchema = z.object({
  name: z.string().min(1),
  type: GoldEntityTypeSchema,
  aliases: z.array(z.string().min(1)),
  /** Titles as written; persons only, optional. */
  roles: z.array(z.string().min(1)).optional(),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldQuoteSchema = z.object({
  text: z.string().min(1),
  /** `name` of the gold entity who said it; null when the article does not say. */
  speaker: z.string().min(1).nullable(),
});
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

export const GoldFigureSchema = z.object({
  text: z.string().min(1),
  value: z.number().finite(),
  unit: z.union([z.enum(["percent", "count"]), z.string().regex(/^[A-Z]{3}$/, "must be percent, count or an ISO 4217 code")]),
  about: z.string(),
  /** `name` of the gold entity credited for it; null when the article states it on its own authority. */
  source: z.string().min(1).nullable(),
});
export type GoldFigure = z.infer<typeof GoldFigureSchema>;

export const GoldDateSchema = z.object({ text: z.string().min(1), value: GoldDateValueSchema });
export type GoldDate = z.infer<typeof GoldDateSchema>;

/** A main event of the article; the first is the one its headline reports (scored for recall and the lead). */
export const GoldEventSchema = z.object({
  what: z.string(),
  participants: z.array(z.string()),
  date: z.string().nullable(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

/** One NAME.gold.json; speakers and figure sources must name one of its entities. */
export const GoldSchema = z
  .object({
    article: GoldArticleMetaSchema,
    entities: z.array(GoldEntitySchema),
    quotes: z.array(GoldQuoteSchema),
    figures: z.array(GoldFigureSchema),
    dates: z.array(GoldDateSchema),
    events: z.array(GoldEventSchema).default([]),
  })
  .superRefine((gold, ctx) => {
    const names = new Set(gold.entities.map((e) => e.name));
    for (const [i, q] of gold.quotes.entries()) {
      if (q.speaker !== null && !names.has(q.speaker)) {
        ctx.addIssue({ code: "custom", path: ["quotes", i, "speaker"], message: `"${q.speaker}" is not the name of an entity` });
      }
    }
    for (const [i, e] of gold.events.entries()) {
      for (const [j, p] of e.participants.entries()) {
        if (!names.has(p))
          ctx.addIssue({ code: "custom", path: ["events", i, "participants", j], message: `"${p}" is not the name of an entity` });
      }
    }
    for (const [i, f] of gold.figures.entries()) {
      if (f.source !== null && !names.has(f.source)) {
        ctx.addIssue({ code: "custom", path: ["figures", i, "source"], message: `"${f.source}" is not the name of an entity` });
      }
    }
  });
export type Gold = z.infer<typeof GoldSchema>;

/** One article of a gold folder: its text and what a careful analyst extracts from it. */
export interface GoldArticle {
  name: string;
  textPath: string;
  goldPath: string;
  text: string;
  gold: Gold;
}

/** A gold folder that cannot be read; the message names every file and what is wrong with it. */
export class GoldFolderError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: readonly string[],
  ) {
    super(`gold folder ${dir}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "GoldFolderError";
  }
}

const TEXT_SUFFIX = ".txt";
const GOLD_SUFFIX = ".gold.json";

/** "entities[3].type" from a zod issue path. */
function issuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${String(part)}`;
  return out || "(top level)";
}

/** Parses the text of one NAME.gold.json; returns the gold or the list of what is wrong with it. */
export function parseGold(json: string): { ok: true; gold: Gold } | { ok: false; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const result = GoldSchema.safeParse(data);
  if (result.success) return { ok: true, gold: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`) };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads every NAME.txt + NAME.gold.json pair of `dir`, sorted by name; throws GoldFolderError on any problem. */
export async function loadGoldFolder(dir: string): Promise<GoldArticle[]> {
  let files: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new GoldFolderError(dir, ["is not a folder"]);
    files = await readdir(dir);
  } catch (error) {
    if (error instanceof GoldFolderError) throw error;
    throw new GoldFolderError(dir, [`cannot be read: ${(error as Error).message}`]);
  }

  const texts = new Set(files.filter((f) => f.endsWith(TEXT_SUFFIX)).map((f) => f.slice(0, -TEXT_SUFFIX.length)));
  const golds = new Set(files.filter((f) => f.endsWith(GOLD_SUFFIX)).map((f) => f.slice(0, -GOLD_SUFFIX.length)));
  const problems: string[] = [];
  for (const name of texts) if (!golds.has(name)) problems.push(`${join(dir, name + TEXT_SUFFIX)}: has no ${name}${GOLD_SUFFIX} beside it`);
  for (const name of golds) if (!texts.has(name)) problems.push(`${join(dir, name + GOLD_SUFFIX)}: has no ${name}${TEXT_SUFFIX} beside it`);
  const names = [...texts].filter((n) => golds.has(n)).sort();
  if (names.length === 0 && problems.length === 0) {
    throw new GoldFolderError(dir, [`holds no article pairs (NAME${TEXT_SUFFIX} + NAME${GOLD_SUFFIX})`]);
  }

  const articles: GoldArticle[] = [];
  for (const name of names) {
    const textPath = join(dir, name + TEXT_SUFFIX);
    const goldPath = join(dir, name + GOLD_SUFFIX);
    let text: string | null = null;
    try {
      text = utf8.decode(await readFile(textPath));
    } catch (error) {
      problems.push(`${textPath}: ${error instanceof TypeError ? "is not valid UTF-8" : (error as Error).message}`);
    }
    let parsed: ReturnType<typeof parseGold>;
    try {
      parsed = parseGold(await readFile(goldPath, "utf8"));
    } catch (error) {
      parsed = { ok: false, problems: [(error as Error).message] };
    }
    if (!parsed.ok) for (const p of parsed.problems) problems.push(`${goldPath}: ${p}`);
    if (text !== null && parsed.ok) articles.push({ name, textPath, goldPath, text, gold: parsed.gold });
  }
  if (problems.length > 0) throw new GoldFolderError(dir, problems);
  return articles;
}
