// The reviewed word lists behind attribution, loaded once into sets for O(1) look-ups.
import data from "./speech-lexicon.json" with { type: "json" };

const set = (words: string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/** Verbs (by lemma) that credit a direct quote to their subject. */
export const quoteVerbs = set(data.quoteVerbs);
/** Verbs (by lemma) that introduce reported speech: "X said that …". */
export const reportVerbs = set(data.reportVerbs);
/** Verbs whose hearer sits between verb and clause: "told reporters that …". */
export const objectVerbs = set(data.objectVerbs);
/** Verbs by which someone puts out a document: "issued a statement". */
export const issueVerbs = set(data.issueVerbs);
/** Documents that speak for their author: "the statement said …". */
export const documentNouns = set(data.documentNouns);
/** Subject pronouns that can stand for a speaker. */
export const speakerPronouns = set(data.pronouns);
/** Verbs that name their own channel ("tweeted" -> "tweet"). */
export const verbChannels: ReadonlyMap<string, string> = new Map(Object.entries(data.verbChannels));

/** A channel as a token sequence; entries with capitals (platform names) must match case exactly. */
export interface ChannelPhrase {
  words: string[];
  exact: boolean;
}

/** Channel phrases by their first word (lower-case), longest first. */
export const channelsByFirstWord: ReadonlyMap<string, readonly ChannelPhrase[]> = (() => {
  const map = new Map<string, ChannelPhrase[]>();
  for (const c of data.channels) {
    const words = c.split(" ");
    const key = (words[0] as string).toLowerCase();
    const list = map.get(key) ?? [];
    list.push({ words, exact: c !== c.toLowerCase() });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(key, list);
  }
  return map;
})();
