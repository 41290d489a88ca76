// The extraction pipeline, one pure stage after another:
//   tokenize -> segment -> numbers and dates -> per sentence: mentions -> attribution -> claims.
// Sentences inside scraped boilerplate (ad placeholders, "Source:" lines, comment counters,
// photo captions) are skipped; the numbers stage still sees the whole text so that offsets and
// partitive links stay global.
import type { Claim, DateMention, Document, ExtractResult, NumberMention } from "../types.js";
import { packFor } from "../lang/index.js";
import { tokenize } from "./tokenize.js";
import { segment } from "./segment.js";
import { findNumbers } from "./numbers/index.js";
import { Discourse, findActors } from "./mentions.js";
import { newArticleState, sentenceClaims } from "./claims.js";
import { publishedInText } from "./published.js";
import { withSpeakers } from "./speakers.js";

/** Extracts the claims of one document. Pure: same input, same output. */
export function extractDocument(doc: Document): ExtractResult {
  const pack = packFor(doc.meta.lang);
  const { text } = doc;
  const tokens = tokenize(text);
  const sentences = segment(text, tokens, pack);
  // No publication date from the metadata: the one printed at the top of the text, if any.
  const printed = doc.meta.published ? null : publishedInText(text, pack);
  const published = doc.meta.published ?? printed?.iso ?? null;
  const { numbers, dates } = findNumbers(text, tokens, pack, published);
  const discourse = new Discourse(published);
  const state = newArticleState(published, !!printed);
  const claims: Claim[] = [];
  let ni = 0, di = 0, bi = 0;
  const skip = [...doc.boilerplate].sort((a, b) => a.start - b.start);
  for (const s of sentences) {
    // Numbers and dates are in text order: take this sentence's with two moving cursors.
    const nums: NumberMention[] = [];
    while (ni < numbers.length && numbers[ni]!.start < s.start) ni++;
    for (let k = ni; k < numbers.length && numbers[k]!.start < s.end; k++) nums.push(numbers[k]!);
    const ds: DateMention[] = [];
    while (di < dates.length && dates[di]!.start < s.start) di++;
    for (let k = di; k < dates.length && dates[k]!.start < s.end; k++) ds.push(dates[k]!);
    const actors = withSpeakers(text, tokens, s, findActors(text, tokens, s, pack, discourse), pack, discourse);
    while (bi < skip.length && skip[bi]!.end <= s.start) bi++;
    if (bi < skip.length && skip[bi]!.start < s.end) continue;
    claims.push(...sentenceClaims(text, tokens, s, actors, nums, numbers, ds, pack, state));
  }
  return { article: { ...doc.meta, published }, claims };
}
