// HTML page -> article text and metadata. Readability finds the article; linkedom is its DOM.
// The text is rebuilt paragraph by paragraph from Readability's content so paragraphs stay apart.
import { createRequire } from "node:module";
import { IsoDateSchema } from "@briefing/core";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import { cleanLabel, normalizeArticleText } from "./article-text.js";
import { ExtractionError } from "./errors.js";
import { capHtmlDepth } from "./html-depth.js";

/** The minimal DOM surface used here (linkedom implements it; the package has no DOM lib types). */
interface El {
  tagName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}
interface Doc extends El {
  title: string;
}

export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  author: string | null;
}

/** Fewer words than this after Readability means the page holds no article. */
const MIN_ARTICLE_WORDS = 20;
/** Elements inside a line of text; every other element (p, div, article, li, h2, figcaption, td…) is a block of its own. */
const INLINE = new Set(
  "A ABBR B BDI BDO CITE CODE DATA DEL DFN EM FONT I IMG INS KBD LABEL MARK Q S SAMP SMALL SPAN STRIKE STRONG SUB SUP TIME TT U VAR WBR".split(
    " ",
  ),
);
/** Elements whose content is not article text. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "MATH", "BUTTON", "SELECT", "TEXTAREA", "IFRAME"]);

// Loaded on first use: plain-text callers should not pay for a DOM at start-up.
const require = createRequire(import.meta.url);
let dom: { parseHTML: (html: string) => unknown; Readability: typeof ReadabilityClass } | undefined;
function loadDom(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require("linkedom") as { parseHTML: (html: string) => unknown }).parseHTML,
    Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
  };
  return dom;
}

/** Extracts the article of an HTML page; throws ExtractionError("no-article") when there is none. */
export function readHtmlArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(capHtmlDepth(html)) as unknown as { document: Doc };
  const meta = readMetadata(document);
  const parsed = new Readability(document as never).parse();
  const paragraphs: string[] = [];
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as unknown as { document: Doc };
    const body = content.querySelector("body");
    if (body) collectBlocks(body, paragraphs);
  }
  let text = normalizeArticleText(paragraphs.join("\n\n"));
  if (text === "" && parsed?.textContent) text = normalizeArticleText(parsed.textContent);
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS) {
    throw new ExtractionError("no-article", "the HTML page holds no article text that could be read");
  }
  return {
    text,
    title: meta.title ?? clean(parsed?.title),
    url: meta.url,
    publisher: meta.publisher ?? clean(parsed?.siteName),
    published: meta.published ?? isoDate(parsed?.publishedTime),
    author: meta.author ?? clean(parsed?.byline),
  };
}

/**
 * The text of each block element, in order, so that sentences of two blocks never glue
 * ("real.NASA's"); a <br> starts a new line inside its block. Iterative: a deep tree cannot
 * overflow the stack.
 */
function collectBlocks(root: El, out: string[]): void {
  let line = "";
  let lines: string[] = [];
  const endLine = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const endBlock = () => {
    endLine();
    if (lines.length > 0) out.push(lines.join("\n"));
    lines = [];
  };
  // Entries are nodes to visit, or null for "leaving a block element".
  const stack: (El | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      endBlock();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.tagName)) continue;
    if (node.tagName === "BR") {
      endLine();
      continue;
    }
    const block = !INLINE.has(node.tagName) && !node.tagName.includes("-");
    if (block) {
      endBlock();
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as El);
  }
  endBlock();
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const clean = cleanLabel;

/** An ISO date or timestamp the model accepts, or null. */
function isoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (IsoDateSchema.safeParse(v).success) return v;
  const ms = Date.parse(v);
  if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  const day = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
  return day && IsoDateSchema.safeParse(day).success ? day : null;
}

function readMetadata(doc: Doc): Omit<HtmlArticle, "text"> {
  const metaContent = (selector: string) => clean(doc.querySelector(selector)?.getAttribute("content"));
  const ld = jsonLd(doc);
  const url = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? metaContent('meta[property="og:url"]') ?? ld.url;
  return {
    title: metaContent('meta[property="og:title"]') ?? ld.headline ?? clean(doc.querySelector("title")?.textContent),
    url: url && /^https?:\/\//.test(url) ? url : null,
    publisher: metaContent('meta[property="og:site_name"]') ?? ld.publisher,
    published:
      isoDate(metaContent('meta[property="article:published_time"]')) ??
      isoDate(ld.datePublished) ??
      isoDate(metaContent('meta[name="date"]')) ??
      isoDate(doc.querySelector("time[datetime]")?.getAttribute("datetime")),
    author: ld.author ?? metaContent('meta[name="author"]'),
  };
}

interface LdFields {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
}

/** The first JSON-LD object that describes an article (NewsArticle, Article, …). */
function jsonLd(doc: Doc): LdFields {
  const found: LdFields = { headline: null, datePublished: null, author: null, publisher: null, url: null };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === "object" && Array.isArray((d as Record<string, unknown>)["@graph"])
        ? ((d as Record<string, unknown>)["@graph"] as unknown[])
        : [d],
    );
    for (const item of items) {
      if (!item || typeof item !== "object") continue;
      const o = item as Record<string, unknown>;
      const type = String(o["@type"] ?? "");
      if (!/Article|Posting|Report/i.test(type)) continue;
      const name = (v: unknown): string | null => {
        const first = Array.isArray(v) ? v[0] : v;
        if (typeof first === "string") return clean(first);
        if (first && typeof first === "object") return clean(String((first as Record<string, unknown>).name ?? ""));
        return null;
      };
      found.headline ??= typeof o.headline === "string" ? clean(o.headline) : null;
      found.datePublished ??= typeof o.datePublished === "string" ? o.datePublished : null;
      found.author ??= name(o.author);
      found.publisher ??= name(o.publisher);
      found.url ??= typeof o.url === "string" ? o.url : typeof o.mainEntityOfPage === "string" ? o.mainEntityOfPage : null;
    }
  }
  return found;
}
