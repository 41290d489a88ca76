// Date expressions, which are never quantities: "1 November", "November 1", "১ নভেম্বর",
// "৩১শে অক্টোবর", "ngày 1.11", "31.10", "1 ноября", "tháng 6", years ("năm 2024", "২০২৪ সালে",
// "в 2024 году") and relative days ("yesterday", "overnight", "একদিন আগে"), resolved against the
// publication date: the year, when not stated, is the publication's.
import { digitCount, asciiDigits } from "./digits.js";
import { lookupInflected } from "./compile.js";
import { type Ctx } from "./context.js";
import { parseNumber, tokText } from "./compose.js";

export interface DateHit {
  tokStart: number;
  tokEnd: number;
  iso: string | null;
  form: "explicit" | "relative" | "weekday";
  why: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function parsePublished(published: string | null): { y: number; m: number; d: number } | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function resolve(ctx: Ctx, y: number | null, m: number, d: number): string | null {
  const year = y ?? ctx.published?.y ?? null;
  if (year === null || m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]) return null;
  if (m === 2 && d === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return `${pad(year, 4)}-${pad(m)}-${pad(d)}`;
}

function relative(ctx: Ctx, offset: number): string | null {
  const p = ctx.published;
  if (!p) return null;
  return new Date(Date.UTC(p.y, p.m - 1, p.d + offset)).toISOString().slice(0, 10);
}

/** The last given weekday (0 = Sunday) on or before the publication date: news says "on Saturday" of the past week or of today. */
function lastWeekday(ctx: Ctx, weekday: number): string | null {
  const p = ctx.published;
  if (!p) return null;
  const dow = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return relative(ctx, -((dow - weekday + 7) % 7));
}

function small(ctx: Ctx, j: number, maxDigits: number): number | null {
  const t = ctx.toks[j];
  if (!t || t.kind !== "number" || digitCount(t.text) > maxDigits) return null;
  return Number(asciiDigits(t.text));
}

/** A day number 1..31 with an optional ordinal suffix ("৩১শে", "1st", "1-го"). */
function dayAt(ctx: Ctx, j: number): { day: number; end: number } | null {
  const v = small(ctx, j, 2);
  if (v === null || v < 1 || v > 31) return null;
  const { toks, n } = ctx;
  let end = j + 1;
  const a = toks[end];
  if (a && a.glued && a.kind === "word" && n.ordinalSuffix.has(a.norm)) end++;
  else if (a && a.glued && a.text === "-" && toks[end + 1]?.glued && n.ordinalSuffix.has(toks[end + 1].norm)) end += 2;
  return { day: v, end };
}

function monthAt(ctx: Ctx, j: number): { month: number; end: number } | null {
  const { toks, d } = ctx;
  const t = toks[j];
  if (!t || t.kind !== "word") return null;
  const m = d.monthTrie.matchAt(toks, j);
  if (m) return { month: m.value, end: m.end };
  // Without endings a month is as listed: the small map answers what the memo of every word would.
  const mo = ctx.n.endings.empty ? ctx.d.months.get(t.norm) ?? null : inflectedMonth(ctx, t.norm);
  return mo !== null ? { month: mo, end: j + 1 } : null;
}

/** A month name with an inflectional ending ("নভেম্বরের"), memoised per lexicon and word. */
export function inflectedMonth(ctx: Ctx, norm: string): number | null {
  const memo = ctx.n.monthMemo;
  const hit = memo.get(norm);
  if (hit !== undefined) return hit;
  const r = lookupInflected(norm, ctx.d.months, ctx.n.endings);
  if (memo.size > 100_000) memo.clear();
  memo.set(norm, r ? r.value : null);
  return r ? r.value : null;
}

/** A month number after a month word ("tháng 6", "tháng mười một"). */
function monthNumberAt(ctx: Ctx, j: number): { month: number; end: number } | null {
  const v = small(ctx, j, 2);
  if (v !== null) return v >= 1 && v <= 12 ? { month: v, end: j + 1 } : null;
  const p = parseNumber(ctx, j);
  if (p && !p.drop && !p.hasDigits && Number.isInteger(p.value) && p.value >= 1 && p.value <= 12) return { month: p.value, end: p.end };
  return null;
}

/** A four-digit year, with a year word after it when there is one ("2024 году", "২০২৪ সালে"). */
function yearAt(ctx: Ctx, j: number): { year: number; end: number } | null {
  const { toks, d } = ctx;
  const t = toks[j];
  if (!t || t.kind !== "number" || digitCount(t.text) !== 4) return null;
  const nx = toks[j + 1];
  if (nx && nx.glued && nx.kind === "punct" && toks[j + 2]?.kind === "number" && toks[j + 2].glued) return null;
  const y = Number(asciiDigits(t.text));
  let end = j + 1;
  const w = d.yearAfter.matchAt(toks, end);
  if (w) end = w.end;
  return { year: y, end };
}

/** "1 November [2024]", "৩১শে অক্টোবর", "1 tháng 11 [năm 2024]" from a day at token j. */
function dayFirst(ctx: Ctx, j: number): { iso: string | null; end: number; why: string } | null {
  const { toks, d } = ctx;
  const dd = dayAt(ctx, j);
  if (!dd) return null;
  let k = dd.end;
  if (toks[k]?.text === "," && toks[k].glued) k++;
  // A joining word between day and month and between month and year ("6 de agosto de 2022").
  const joined = toks[k] && d.dateJoiners.has(toks[k].norm) && monthAt(ctx, k + 1) ? 1 : 0;
  const mo = monthAt(ctx, k + joined);
  if (mo) {
    let end = mo.end, y: number | null = null;
    const comma = toks[end]?.text === "," || (toks[end] && d.dateJoiners.has(toks[end].norm)) ? 1 : 0;
    const ya = yearAt(ctx, end + comma);
    if (ya) { y = ya.year; end = ya.end; }
    return { iso: resolve(ctx, y, mo.month, dd.day), end, why: joined ? "date: day and month name (joined)" : "date: day and month name" };
  }
  if (toks[k] && d.monthWords.has(toks[k].norm)) {
    const mn = monthNumberAt(ctx, k + 1);
    if (mn) {
      let end = mn.end, y: number | null = null;
      const yw = toks[end] && (d.yearWords.has(toks[end].norm) || toks[end].text === "/") ? yearAt(ctx, end + 1) : null;
      if (yw) { y = yw.year; end = yw.end; }
      return { iso: resolve(ctx, y, mn.month, dd.day), end, why: "date: day and month number" };
    }
  }
  return null;
}

/** "1.11", "31/10", "01.10.2024", "2024-11-01"; null when the separator makes it a number. */
function numericDate(ctx: Ctx, j: number, dayWord: boolean): { iso: string | null; end: number; why: string } | null {
  const { toks, n, d } = ctx;
  const lex = n.lex;
  const a = toks[j], s = toks[j + 1], b = toks[j + 2];
  if (!a || a.kind !== "number" || !s || s.kind !== "punct" || !s.glued || !b || b.kind !== "number" || !b.glued) return null;
  const sep = s.text;
  if (sep !== "." && sep !== "/" && sep !== "-") return null;
  const aLen = digitCount(a.text), bLen = digitCount(b.text);
  const av = Number(asciiDigits(a.text)), bv = Number(asciiDigits(b.text));
  const s2 = toks[j + 3], c = toks[j + 4];
  const third = s2 && s2.glued && s2.text === sep && c && c.kind === "number" && c.glued ? c : null;
  // ISO: 2024-11-01
  if (aLen === 4 && third && bLen <= 2 && digitCount(third.text) <= 2) {
    const iso = resolve(ctx, av, bv, Number(asciiDigits(third.text)));
    return iso ? { iso, end: j + 5, why: "date: year-month-day" } : null;
  }
  if (aLen > 2 || bLen > 2) return null;
  if (!third) {
    // Without a day word, a decimal mark, a group of three or a range is not a date.
    if (!dayWord && sep === lex.decimal) return null;
    if (sep === "-") return null;
    if (!dayWord && sep === lex.decimalAlt && bLen === 1) return null;
  }
  const [day, month] = d.lex.numericOrder === "dm" ? [av, bv] : [bv, av];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let y: number | null = null, end = j + 3;
  if (third) {
    const tl = digitCount(third.text);
    if (tl !== 2 && tl !== 4) return null;
    const tv = Number(asciiDigits(third.text));
    y = tl === 2 ? 2000 + tv : tv;
    end = j + 5;
  }
  const iso = resolve(ctx, y, month, day);
  return iso || ctx.published === null ? { iso, end, why: `date: numeric ${d.lex.numericOrder === "dm" ? "day.month" : "month/day"}` } : null;
}

/** A bare 1900–2100 number that is a year: after a year word or preposition, before a year word, or closing a clause. */
function bareYear(ctx: Ctx, i: number): DateHit | null {
  const { toks, d } = ctx;
  const ya = yearAt(ctx, i);
  if (!ya || ya.year < 1900 || ya.year > 2100) return null;
  const prev = toks[i - 1], nx = toks[i + 1];
  const afterWord = ya.end > i + 1;
  const before = prev && prev.kind === "word" && (d.yearWords.has(prev.norm) || d.yearBefore.has(prev.norm));
  const closes = !nx || (nx.kind === "punct" && nx.text !== "%" && nx.text !== "-" && nx.text !== "+" && nx.text !== "/" && nx.text !== "(");
  if (!afterWord && !before && !closes) return null;
  return { tokStart: i, tokEnd: ya.end, iso: null, form: "explicit", why: afterWord ? "year: year word after" : before ? `year: after "${prev.text}"` : "year: a 1900–2100 number closing a clause" };
}

const RANGE_DASHES = new Set(["-", "\u2013", "\u2014"]);

/** A date expression starting at token i, or null; two days joined into a span are one mention dated by the last. */
export function tryDate(ctx: Ctx, i: number): DateHit | null {
  const { toks, d } = ctx;
  if (!d.spanJoiners.size) return oneDate(ctx, i);
  const first = withDayAfterWeekday(ctx, oneDate(ctx, i));
  // "du 18 au 19 mai": the first day may lack its month; "du dimanche 18 au lundi 19 mai": so may a weekday's day.
  let firstEnd = first ? first.tokEnd : dayAt(ctx, i)?.end;
  if (firstEnd === undefined) return null;
  if (first?.form === "weekday") { const dd = dayAt(ctx, firstEnd); if (dd && isJoiner(ctx, dd.end)) firstEnd = dd.end; }
  if (isJoiner(ctx, firstEnd)) {
    const last = withDayAfterWeekday(ctx, oneDate(ctx, firstEnd + 1));
    // Two weekdays ("de lundi à mardi"), or anything up to a full date ("du 18 au 19 mai").
    if (last && (last.form === "explicit" || (first && first.form === last.form))) {
      return { tokStart: i, tokEnd: last.tokEnd, iso: last.iso, form: last.form, why: `date span ending ${last.why}; dated by its last day` };
    }
  }
  return first;
}

function isJoiner(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  return !!t && t.kind === "word" && ctx.d.spanJoiners.has(t.norm);
}

/** "lundi 19 mai": a weekday followed by its date is that date. */
function withDayAfterWeekday(ctx: Ctx, h: DateHit | null): DateHit | null {
  if (!h || h.form !== "weekday") return h;
  const nd = dayFirst(ctx, h.tokEnd);
  return nd ? { tokStart: h.tokStart, tokEnd: nd.end, iso: nd.iso, form: "explicit", why: `${nd.why} after a weekday` } : h;
}

function oneDate(ctx: Ctx, i: number): DateHit | null {
  const { toks, d } = ctx;
  const t = toks[i];
  if (t.kind === "number") {
    const nd = numericDate(ctx, i, false) ?? dayFirst(ctx, i);
    if (nd) return { tokStart: i, tokEnd: nd.end, iso: nd.iso, form: "explicit", why: nd.why };
    // A range of days before one month: "в ніч з 6 на 7 січня", "с 6 по 10 января", "6-7 January", "6 і 7 січня":
    // the first day is part of the date, not a count. The link is a dash or one short word.
    const first = dayAt(ctx, i);
    const link = toks[i + 1];
    if (first && first.end === i + 1 && link && ((link.kind === "punct" && RANGE_DASHES.has(link.text)) || (link.kind === "word" && link.text.length <= 3))) {
      const second = dayFirst(ctx, i + 2);
      if (second) return { tokStart: i, tokEnd: second.end, iso: second.iso, form: "explicit", why: `${second.why}, after a range of days` };
    }
    return bareYear(ctx, i);
  }
  if (t.kind !== "word") return null;
  if (!d.starts.has(t.norm) && (ctx.n.endings.empty || inflectedMonth(ctx, t.norm) === null)) return null;
  const w = d.weekdays.matchAt(toks, i);
  if (w && (!d.lex.weekdaysCased || toks.slice(i, w.end).some((x) => /^\p{Lu}/u.test(x.text)))) {
    return { tokStart: i, tokEnd: w.end, iso: lastWeekday(ctx, w.value), form: "weekday", why: `weekday: ${tokText(ctx, i, w.end)}, the last one on or before publication` };
  }
  const r = d.relative.matchAt(toks, i);
  if (r) return { tokStart: i, tokEnd: r.end, iso: relative(ctx, r.value), form: "relative", why: `relative date: ${tokText(ctx, i, r.end)}` };
  if (d.dayWords.has(t.norm) && toks[i + 1]?.kind === "number") {
    const nd = numericDate(ctx, i + 1, true) ?? dayFirst(ctx, i + 1);
    if (nd) return { tokStart: i, tokEnd: nd.end, iso: nd.iso, form: "explicit", why: `${nd.why} after "${t.text}"` };
    const dd = dayAt(ctx, i + 1);
    const p = ctx.published;
    if (dd && !(toks[dd.end]?.kind === "punct" && toks[dd.end].glued && toks[dd.end + 1]?.kind === "number")) {
      return { tokStart: i, tokEnd: dd.end, iso: p ? resolve(ctx, p.y, p.m, dd.day) : null, form: "explicit", why: `date: day after "${t.text}", month of publication` };
    }
  }
  const mo = monthAt(ctx, i);
  if (mo) {
    let k = mo.end;
    const dd = dayAt(ctx, k);
    if (dd && !(toks[dd.end]?.glued && toks[dd.end].kind === "punct" && toks[dd.end + 1]?.kind === "number" && toks[dd.end + 1].glued)) {
      let end = dd.end, y: number | null = null;
      const comma = toks[end]?.text === "," ? 1 : 0;
      const ya = yearAt(ctx, end + comma);
      if (ya) { y = ya.year; end = ya.end; }
      return { tokStart: i, tokEnd: end, iso: resolve(ctx, y, mo.month, dd.day), form: "explicit", why: "date: month name and day" };
    }
    const ya = yearAt(ctx, k);
    if (ya) return { tokStart: i, tokEnd: ya.end, iso: null, form: "explicit", why: "date: month name and year" };
  }
  if (d.monthWords.has(t.norm)) {
    const mn = monthNumberAt(ctx, i + 1);
    if (mn) {
      let end = mn.end;
      const nx = toks[end];
      if (nx && (d.yearWords.has(nx.norm) || nx.text === "/")) { const ya = yearAt(ctx, end + 1); if (ya) end = ya.end; }
      return { tokStart: i, tokEnd: end, iso: null, form: "explicit", why: `date: month ${mn.month} after "${t.text}"` };
    }
  }
  if (d.yearWords.has(t.norm)) {
    const ya = yearAt(ctx, i + 1);
    if (ya) return { tokStart: i, tokEnd: ya.end, iso: null, form: "explicit", why: `year after "${t.text}"` };
  }
  return null;
}
