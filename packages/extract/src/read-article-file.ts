import { ExtractionError } from "./errors.js";
import type { ArticleInput } from "./input.js";
import { MAX_TEXT_LENGTH } from "./input.js";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Share of control characters (other than tab, CR, LF, FF) above which bytes are binary, not text. */
const BINARY_CONTROL_SHARE = 0.01;

/** Reads a file's bytes as an article: detects HTML vs plain text; rejects binary, PDF, invalid UTF-8 and empty files. */
export function readArticleFile(bytes: Uint8Array, filename?: string): ArticleInput {
  const name = filename ? ` (${filename})` : "";
  if (bytes.length === 0) throw new ExtractionError("empty", `the file${name} is empty`);
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-") {
    throw new ExtractionError("pdf", `the file${name} is a PDF; convert it to text or HTML first`);
  }
  if (bytes.length > MAX_TEXT_LENGTH * 4) {
    throw new ExtractionError(
      "too-large",
      `the file${name} is ${bytes.length} bytes; one article is at most ${MAX_TEXT_LENGTH} characters`,
    );
  }
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12)) controls++;
  if (sample.includes(0) || controls / sample.length > BINARY_CONTROL_SHARE) {
    throw new ExtractionError("binary", `the file${name} is binary data, not text or HTML`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ExtractionError("not-utf8", `the file${name} is not valid UTF-8 text`);
  }
  if (text.trim() === "") throw new ExtractionError("empty", `the file${name} has no text`);
  return looksLikeHtml(text, filename) ? { html: text } : { text };
}

/** HTML by extension, or by a doctype/html/body tag near the start. */
export function looksLikeHtml(text: string, filename?: string): boolean {
  if (filename && /\.x?html?$/i.test(filename)) return true;
  return (
    /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.slice(0, 2048)) ||
    (/<(article|p|div)[\s>]/i.test(text.slice(0, 4096)) && /<\/(p|div|article)>/i.test(text))
  );
}
