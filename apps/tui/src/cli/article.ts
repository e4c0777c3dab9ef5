import type { MetadataFlags } from "./context.js";
import type { ArticleInput } from "./extractor.js";

/** The article as read from the file, with the metadata the person gave on the command line on top. */
export function withMetadata(read: ArticleInput, flags: MetadataFlags): ArticleInput {
  const out: ArticleInput = { ...read };
  if (flags.title !== undefined) out.title = flags.title;
  if (flags.url !== undefined) out.url = flags.url;
  if (flags.publisher !== undefined) out.publisher = flags.publisher;
  if (flags.published !== undefined) out.published = flags.published;
  return out;
}
