// Plain-text ingest: the text stays exactly as given (claim offsets index into it); what ingest
// adds is the language, the publication date and source URL, and the spans of scraped-site
// boilerplate that must not become claims: ad placeholders ("[ad_2]", "[বিজ্ঞাপন_২]"),
// "Source: URL" lines, comment counters ("Comment (0)", "মন্তব্য (0)") and photo captions that
// say so ("Photo: …", "Ảnh: …").
import type { Document, ExtractOptions, Lang } from "../types.js";
import { allMetas, registryVersion } from "../lang/registry.js";
import { describeUnsupported, detectLangDetail } from "./lang.js";
import { InputError } from "../errors.js";
import { notTitleReason } from "./title.js";

type Boilerplate = Document["boilerplate"][number];

// Every pattern below is anchored and made of bounded or non-overlapping pieces: linear on any line.
const AD_PLACEHOLDER = /^\[[\p{L}\p{M}\s]{1,40}(?:[_\s-]?[\p{Nd}]{1,3})?\]$/u;
const URL_RE = /https?:\/\/[^\s<>"']{1,2000}/u;
const COUNTER = /^([\p{L}\p{M}\s]{1,30})\s*[([]\s*\p{Nd}{1,7}\s*[)\]]$/u;
const COUNTER_AFTER = /^\p{Nd}{1,7}\s+([\p{L}\p{M}\s]{1,30})$/u;
const MAX_LINE_FOR_PATTERNS = 2100;
const SPACE_OR_COLON = /[\s:]/u;
/** The last short sentence of a line, opened by a word that may be a photo cue: "… 2024. Photo d'illustration", "… (Photo AFP)". */
const CREDIT_TAIL = /[.!?]\s+\(?([\p{L}\p{M}]{1,20})[^.!?]{0,40}\)?\.?$/u;

const lower = (s: string) => s.normalize("NFC").toLowerCase().trim();
/** Boilerplate words of every pack: a Bengali page can carry an English "[ad_2]". */
const allWords = (key: "adWords" | "sourceLabels" | "commentWords" | "photoCues") => new Set(allMetas().flatMap((p) => p.boilerplate[key].map(lower)));
let cache: { version: number; words: Record<string, Set<string>> } | null = null;
function words() {
  if (cache?.version !== registryVersion()) {
    cache = { version: registryVersion(), words: { ad: allWords("adWords"), source: allWords("sourceLabels"), comment: allWords("commentWords"), photo: allWords("photoCues") } };
  }
  return cache.words;
}

export function ingestText(text: string, opts: ExtractOptions = {}): Document {
  const lang = opts.lang ?? detect(text);
  const boilerplate: Boilerplate[] = [];
  let sourceUrl: string | null = opts.source_url ?? null;
  const w = words();
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const line = raw.trim();
    if (line && line.length <= MAX_LINE_FOR_PATTERNS) {
      const start = pos + raw.indexOf(line), end = start + line.length;
      const kind = classify(line, w);
      if (kind) {
        boilerplate.push({ start, end, kind, text: line });
        if (kind === "source") sourceUrl ??= line.match(URL_RE)?.[0] ?? null;
      }
    }
    if (nl === text.length) break;
    pos = nl + 1;
  }
  const published = opts.published ?? (sourceUrl ? dateFromUrl(sourceUrl) : null);
  return { text, meta: { lang, title: opts.title ?? titleOf(text), source_url: sourceUrl, published }, boilerplate };
}

function classify(line: string, w: Record<string, Set<string>>): Boilerplate["kind"] | null {
  if (AD_PLACEHOLDER.test(line)) {
    const word = lower(line.slice(1, -1).replace(/[_\s-]*\p{Nd}*$/u, ""));
    if (w.ad!.has(word) || w.ad!.has(lower(line.slice(1, -1)))) return "ad";
  }
  const colon = line.indexOf(":");
  if (colon > 0 && colon < 40 && w.source!.has(lower(line.slice(0, colon))) && URL_RE.test(line.slice(colon))) return "source";
  // COUNTER ends its (trimmed) line with a closing bracket: only such lines are matched against it.
  const closes = line.endsWith(")") || line.endsWith("]");
  const c = (closes ? line.match(COUNTER) : null) ?? line.match(COUNTER_AFTER);
  if (c && w.comment!.has(lower(c[1]!))) return "comments";
  if (colon > 0 && colon < 20 && w.photo!.has(lower(line.slice(0, colon)))) return "caption";
  if (line.length >= 300) return null;
  // The line up to its first space or colon (what split(/[\s:]/u, 1)[0] gives, without its array),
  // read only for a line with a colon or bar near its start.
  if (/[:|]/u.test(line.slice(0, 30))) {
    const cut = line.search(SPACE_OR_COLON);
    if (w.photo!.has(lower(cut < 0 ? line : line.slice(0, cut)))) return "caption";
  }
  // A caption that ends with its credit ("… à Audresselles, le 25 octobre 2024. Photo d'illustration",
  // "… in Kyiv. (Photo: AFP)"): the dates and figures of a picture are not the story's.
  const from = creditTailStart(line);
  if (from >= 0) {
    const tail = CREDIT_TAIL.exec(from === 0 ? line : line.slice(from));
    if (tail && w.photo!.has(lower(tail[1]!))) return "caption";
  }
  return null;
}

/**
 * Where CREDIT_TAIL can match in a line, or -1 where it cannot. Past its full stop nothing it
 * matches is a full stop but a last ".", so only the last [.!?] before the line's last character
 * can open a match: the regex is run from there, with the same match and word. After the stop's
 * white space (which the word cannot take), it matches at most 63 code points: "(", a word of 20,
 * 40 others, ")" and "."; a longer rest (a paragraph's last sentence) cannot match. Run over whole
 * lines, the regex tried every full stop of a paragraph, each with many ways to split the rest
 * (~2% of an extraction's CPU on Russian texts).
 */
const MAX_TAIL_UNITS = 2 * 63;
const SPACE = /\s/;
export function creditTailStart(line: string): number {
  // A stop before `floor` can only open a match if the spaces after it run past `floor` (the rest
  // after them is at most MAX_TAIL_UNITS): when the character at `floor` is no stop and no space,
  // the look-back ends there rather than walking a paragraph's whole last sentence.
  const floor = line.length - 2 - MAX_TAIL_UNITS;
  let q = line.length - 2;
  for (; q >= 0; q--) {
    const c = line.charCodeAt(q);
    if (c === 0x2e || c === 0x21 || c === 0x3f) break;
    if (q === floor && !SPACE.test(line[q]!)) return -1;
  }
  if (q < 0) return -1;
  let r = q + 1;
  while (r < line.length && SPACE.test(line[r]!)) r++;
  return r > q + 1 && line.length - r <= MAX_TAIL_UNITS ? q : -1;
}

function detect(text: string): Lang {
  if (!text.trim()) throw new InputError("the input is empty");
  const d = detectLangDetail(text);
  if (!d.lang) throw new InputError(describeUnsupported(d));
  return d.lang;
}

/**
 * The headline of a plain text: its first line without a sentence end, short enough to be one,
 * after any lines a scraper copied above it that are no title (a widget's "This audio is created
 * with AI assistance", a section label, an agency byline, a caption: see ./title.ts). The first
 * line of running text ends the search: a text without a headline has no title.
 */
function titleOf(text: string): string | null {
  let pos = 0;
  for (let n = 0; n < 8 && pos < text.length; n++) {
    const nl = text.indexOf("\n", pos);
    if (nl < 0) return null; // a text of one line is all body
    const line = text.slice(pos, nl).trim();
    pos = nl + 1;
    if (!line) continue;
    if (notTitleReason(line) !== null) continue;
    if (line.length > 200 || /[.!।:;,]$/u.test(line)) return null;
    return line;
  }
  return null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

/**
 * The publication date a URL encodes: "/2024/11/01/", "2024-11-01", or, in the long numeric ids
 * many CMSs use ("…-185241101154310964.htm"), exactly one six-digit yymmdd run that is a real
 * date in 2015-2035. Ambiguous ids give nothing rather than a guess.
 */
export function dateFromUrl(url: string): string | null {
  const full = url.match(/(?:^|[^\d])(20\d{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?:[^\d]|$)/);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const compact = url.match(/(?:^|[^\d])(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const found = new Set<string>();
  for (const m of url.matchAll(/\d{12,24}/g)) {
    const run = m[0];
    for (let i = 0; i + 6 <= run.length; i++) {
      const yy = +run.slice(i, i + 2), mm = +run.slice(i + 2, i + 4), dd = +run.slice(i + 4, i + 6);
      if (yy < 15 || yy > 35 || mm < 1 || mm > 12 || dd < 1 || dd > 31) continue;
      // A real date: the day within its month (what parsing the ISO date and printing it back checked, without a Date).
      if (dd > daysInMonth(2000 + yy, mm)) continue;
      found.add(`20${run.slice(i, i + 2)}-${run.slice(i + 2, i + 4)}-${run.slice(i + 4, i + 6)}`);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
