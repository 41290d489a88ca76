// The extraction pipeline, one pure stage after another:
//   tokenize -> segment -> numbers and dates -> per sentence: mentions -> attribution -> claims.
// Sentences inside scraped boilerplate (ad placeholders, "Source:" lines, comment counters,
// photo captions) are skipped; the numbers stage still sees the whole text so that offsets and
// partitive links stay global.
import type { Claim, DateMention, Document, EntityRef, ExtractResult, NumberMention, Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import type { ActorMention } from "./mentions.js";
import { perPack, phraseSet } from "./phrases.js";
import { because } from "./rules.js";
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
  let sourceOutlet: EntityRef | null = null;
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
    const line = sourceLine(tokens, s, actors, pack);
    if (line) { sourceOutlet ??= line; continue; }
    claims.push(...sentenceClaims(text, tokens, s, actors, nums, numbers, ds, pack, state));
  }
  // "তথ্যসূত্র : বিবিসি", "Nguồn: Reuters", "Source: AFP": the page credits an outlet for what it carries.
  if (sourceOutlet) for (const c of claims) if (!c.via && c.claimant?.id !== sourceOutlet.id && c.claimant?.type !== "outlet") {
    c.via = sourceOutlet;
    c.why.push(because("via.source-line", `${sourceOutlet.name}, named as the page's source`));
  }
  return { article: { ...doc.meta, published }, claims };
}

/** A line that is only a source label and an outlet ("তথ্যসূত্র : বিবিসি", "Nguồn: AFP"): the outlet. */
function sourceLine(tokens: Token[], s: Sentence, actors: ActorMention[], pack: LangPack): EntityRef | null {
  const labels = sourceLabels(pack);
  const l = labels.matchAt(tokens, s.tokStart, s.tokEnd);
  if (!l || tokens[l.tokEnd]?.text !== ":") return null;
  let end = s.tokEnd;
  while (end > l.tokEnd + 1 && tokens[end - 1]!.kind === "punct") end--;
  const m = actors.find((x) => x.kind === "actor" && x.entity.type === "outlet" && x.tokStart === l.tokEnd + 1 && x.tokEnd === end);
  return m ? m.entity : null;
}

const sourceLabels = perPack((pack: LangPack) => phraseSet(pack.boilerplate.sourceLabels));
