// The publication date printed in the text, for articles whose metadata gives none: a date line
// near the top ("12.04.2015, 21:40", "2024/11/11 17:11 KST", "Published: 15 September 2024",
// "প্রকাশিত: ১৫ সেপ্টেম্বর ২০২৪", "Опубликовано 12 апреля 2015") or a dateline that states a year
// ("KYIV, Nov 17, 2024 (Reuters) -"). Only a full date counts (a year is needed to resolve anything),
// and only on a line that says nothing else: a headline or a sentence that mentions a date is an
// event, not the publication. Linear: a fixed number of short lines at the top.
import type { LangPack } from "../lang/types.js";
import { findNumbers } from "./numbers/index.js";
import { compileDates } from "./numbers/compile.js";
import { tokenize } from "./tokenize.js";
import { digitCount } from "./numbers/digits.js";

/** How many lines from the top are searched, and how long a date line may be. */
const HEAD_LINES = 15;
const DATE_LINE_CHARS = 80;
/** How much of a paragraph's start a dateline may take. */
const DATELINE_CHARS = 100;
/** Time zone and AM/PM abbreviations on a timestamp line ("KST", "UTC", "МСК"). */
const ABBREV = /^\p{Lu}{2,4}$/u;
/**
 * Runs of digits of any script: the tokeniser's number tokens (a maximal run of \p{Nd} is one).
 * Without a publication date an explicit date only gets an ISO day from its year, and the date
 * stage reads a year only as a number token of exactly four digits (yearAt, an ISO date) or as the
 * third number of a numeric date ("12.04.15"). A line with neither a four-digit run nor three runs
 * holds no date this function could return: it is not tokenised or read for numbers (most of the
 * top lines are headlines and prose; a line's number stage was most of this function's time).
 */
const DIGIT_RUN = /\p{Nd}+/gu;
function mayHoldYear(line: string): boolean {
  let runs = 0;
  // exec in a loop, not matchAll (which copies the regex on every call).
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(line); m; m = DIGIT_RUN.exec(line)) {
    // Digits as the date stage counts them (digitCount): code points, a surrogate pair being one.
    if (digitCount(m[0]) === 4 || ++runs >= 3) return true;
  }
  return false;
}

export interface PublishedInText {
  iso: string;
  start: number;
  end: number;
  why: string;
}

export function publishedInText(text: string, pack: LangPack): PublishedInText | null {
  const d = compileDates(pack.dates);
  let lineStart = 0;
  for (let n = 0; n < HEAD_LINES && lineStart < text.length; n++) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // A date line is short; of a longer paragraph only the start can be a dateline.
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + Math.max(DATE_LINE_CHARS, DATELINE_CHARS)));
    const whole = lineEnd - lineStart <= DATE_LINE_CHARS;
    const at = lineStart;
    lineStart = lineEnd + 1;
    if (!line.trim() || !mayHoldYear(line)) continue;
    const toks = tokenize(line);
    const { numbers, dates } = findNumbers(line, toks, pack, null);
    const date = dates.find((x) => x.iso && x.form === "explicit");
    if (!date) continue;
    if (whole && !numbers.length) {
      // Every word is the date's, a label, a weekday or a time-zone abbreviation.
      let label = false, other = 0;
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (t.kind !== "word" || (k >= date.tokStart && k < date.tokEnd)) continue;
        const l = d.publishedLabels.matchAt(toks, k);
        if (l) { label = true; k = l.end - 1; continue; }
        const w = d.weekdays.matchAt(toks, k);
        if (w) { k = w.end - 1; continue; }
        if (ABBREV.test(t.text) || d.timeUnits.matchAt(toks, k)) continue;
        other++;
      }
      if (other === 0 || (label && other <= 2)) return { iso: date.iso!, start: at + date.start, end: at + date.end, why: `"${date.text}" on a date line` };
    }
    // A dateline: a place in capitals, then the date, then the agency in brackets or a dash.
    if (date.tokStart <= 8 && /^\p{Lu}{2,}/u.test(toks[0]?.text ?? "")) {
      const after = toks.slice(date.tokEnd, date.tokEnd + 5).map((t) => t.text);
      if (after.some((x) => x === "(" || x === "-" || x === "\u2013" || x === "\u2014")) return { iso: date.iso!, start: at + date.start, end: at + date.end, why: `"${date.text}" in the dateline` };
    }
  }
  return null;
}
