// franc's language guess (franc 6.2, MIT, by Titus Wormer), with each language's trigram model
// built the first time that language is scored. franc itself builds the models of all its ~400
// languages when it is imported, ~50 ms of CPU that a `claimtrace extract` of one article paid to
// choose among a handful (the registered languages of one script and their neighbours). This is
// franc's francAll, step for step, over franc's own data (data.js, expressions.js): same script
// vote, same trigrams, same distances, same order of ties; only franc's top answer is returned.
// test/lang-detect-cold.test.ts checks it against franc on every corpus text and on headlines.
import { data } from "franc/data.js";
import { expressions } from "franc/expressions.js";

/** franc's constants: the text examined, the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** Trigram -> rank, per script and language, built on first use (franc's numericData, lazily). */
const models = new Map<string, Map<string, number>>();

function model(script: string, lang: string): Map<string, number> {
  const key = `${script}/${lang}`;
  let m = models.get(key);
  if (!m) {
    // franc: the lower rank wins for a trigram listed twice (it fills from the end).
    const grams = data[script]![lang]!.split("|");
    m = new Map();
    for (let rank = grams.length; rank--; ) m.set(grams[rank]!, rank);
    models.set(key, m);
  }
  return m;
}

/** trigram-utils' asDictionary: the text's trigrams (punctuation and digits as spaces, white space collapsed, lower case, padded) and their counts. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** The script franc's expressions find most of (the first on a tie) and its share of the text. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined, topShare = -1;
  for (const [script, re] of Object.entries(expressions)) {
    const share = (value.match(re)?.length ?? 0) / value.length || 0;
    if (share > topShare) { topShare = share; top = script; }
  }
  return [top, topShare];
}

/** What `franc(value, { only, minLength })` returns: an ISO 639-3 code, or "und". */
export function francGuess(value: string, opts: { only?: string[]; minLength?: number } = {}): string {
  const only = opts.only ?? [];
  if (!value || value.length < (opts.minLength ?? 10)) return "und";
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const allowed = (code: string) => only.length === 0 || only.includes(code);
  // A script with one language (franc's expressions name it by that language's code).
  if (!script || !Object.hasOwn(data, script)) return !script || share === 0 || !allowed(script) ? "und" : script;
  const counts = trigramCounts(value);
  const grams = [...counts.keys()], ns = [...counts.values()];
  let best = "und", bestDistance = Infinity;
  for (const lang of Object.keys(data[script]!)) {
    if (!allowed(lang)) continue;
    const m = model(script, lang);
    let distance = 0;
    for (let i = 0; i < grams.length; i++) {
      const rank = m.get(grams[i]!);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(ns[i]! - rank - 1);
    }
    // franc sorts the distances (a stable sort): the first language of its data wins a tie.
    if (distance < bestDistance) { best = lang; bestDistance = distance; }
  }
  return best;
}
