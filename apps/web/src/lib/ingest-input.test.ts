import { describe, expect, it } from "vitest";
import { fieldErrors, IngestFormSchema, IngestJsonSchema, MAX_ARTICLE_BYTES } from "./ingest-input";

const errorsOf = (input: unknown) => {
  const parsed = IngestFormSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe("ingest input", () => {
  it("asks for text or a file when both are missing, on the text field", () => {
    expect(errorsOf({ text: "   " }).text).toMatch(/Paste the article/);
  });

  it("accepts pasted text with optional metadata, dropping empty fields", () => {
    const parsed = IngestFormSchema.parse({ text: "Story.", title: "", url: "", publisher: " Daily ", published: "2025-04-07" });
    expect(parsed).toMatchObject({ text: "Story.", publisher: "Daily", published: "2025-04-07" });
    expect(parsed.title).toBeUndefined();
    expect(parsed.url).toBeUndefined();
  });

  it("refuses javascript: and other non-web addresses", () => {
    expect(errorsOf({ text: "x", url: "javascript:alert(1)" }).url).toMatch(/http/);
    expect(errorsOf({ text: "x", url: "data:text/html,hi" }).url).toMatch(/http/);
  });

  it("asks for dates as YYYY-MM-DD", () => {
    expect(errorsOf({ text: "x", published: "7 April" }).published).toMatch(/YYYY-MM-DD/);
  });

  it("caps the article's size with a message that gives the limit", () => {
    expect(errorsOf({ text: "a".repeat(MAX_ARTICLE_BYTES + 1) }).text).toMatch(/paste a single article/);
    const big = new File(["a".repeat(MAX_ARTICLE_BYTES + 1)], "big.txt");
    expect(errorsOf({ file: big }).file).toMatch(/larger than 1 MB/);
  });

  it("takes only .txt and .html files, and treats an empty file input as no file", () => {
    expect(errorsOf({ file: new File(["%PDF"], "paper.pdf") }).file).toMatch(/\.txt or \.html/);
    expect(errorsOf({ text: "Story.", file: new File([], "") })).toEqual({});
  });

  it("rejects unknown JSON fields and a body with both text and html", () => {
    expect(IngestJsonSchema.safeParse({ text: "x", admin: true }).success).toBe(false);
    expect(IngestJsonSchema.safeParse({ text: "x", html: "<p>x</p>" }).success).toBe(false);
    expect(IngestJsonSchema.safeParse({ html: "<p>x</p>" }).success).toBe(true);
  });
});
