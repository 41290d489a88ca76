// Reads one number at a token position: digit strings (with group and decimal separators), number
// words, multipliers, connectors, decimal-point words and a sign, composed left to right.
//
// Composition keeps `cur` as a stack of parts, each with the multiplier that made it. An additive
// word or number v joins only when the part of `cur` below the next power of ten above v is free
// ("twenty one" joins, "five six" does not); a multiplier m takes the parts made by smaller
// multipliers (the part of `cur` below m) and multiplies them (or 1 when there are none), which
// gives "three crore twelve lakh fifty-six thousand seven hundred twenty-one" = 31256721,
// "một trăm hai mươi" = 120 and "322 hundred" = 32200. Two digit strings never merge except
// through separators.
import { because } from "../rules.js";
import { asciiDigits, digitCount } from "./digits.js";
import { lookupInflected, type CompiledNumbers, type EntryKind, type NumEntry } from "./compile.js";
import { type Ctx, gapBefore, startsLine } from "./context.js";

export interface DigitsAtom {
  value: number;
  start: number;
  end: number;
  /** Number of digit groups after the first ("1,500,000" -> 2). */
  groups: number;
  decimal: boolean;
  /** A dotted code ("192.168.1.2", "1.2.3"): not a quantity. */
  code: boolean;
}

export interface Atom {
  kind: EntryKind | "digits" | "hyphen";
  value: number;
  start: number;
  end: number;
  /** A classifier was glued to the word ("তিনটি"). */
  classifier: boolean;
  entry?: NumEntry;
  digits?: DigitsAtom;
}

export interface Parsed {
  value: number;
  start: number;
  end: number;
  hasDigits: boolean;
  hasWords: boolean;
  vague: boolean;
  classifier: boolean;
  atoms: number;
  /** Kind of the last atom ("word", "mult", "digits", "point", ...). */
  last: string;
  lastMult: number;
  firstDigits?: DigitsAtom;
  why: string[];
  /** Set when the position holds a blocker phrase or an unusable number: skip to `end`, emit nothing. */
  drop?: string;
}

const CLOSERS = new Set([")", "]", "%", "}"]);

function isInt(v: number): boolean {
  return Number.isInteger(v);
}

/** Smallest power of ten strictly greater than v (1 for 0). */
function pow10above(v: number): number {
  let p = 1;
  while (p <= v) p *= 10;
  return p;
}

function isPow10(m: number): boolean {
  if (m < 1 || !isInt(m)) return false;
  while (m % 10 === 0) m /= 10;
  return m === 1;
}

/** Whether a token's text is the language's decimal mark (either of its two). */
export function isDecimalMark(ctx: Ctx, text: string): boolean {
  return text === ctx.n.lex.decimal || text === ctx.n.lex.decimalAlt;
}

/** A digit string starting at token i: "1,500", "1 500", "1,00,000", "1,5", ".77". */
export function readDigits(ctx: Ctx, i: number): DigitsAtom | null {
  const { toks, n: c } = ctx;
  const lex = c.lex;
  const t = toks[i];
  let int: string, frac: string | null = null, j: number, take = 0, sep: string | null = null;
  if (t.kind === "punct") {
    // A leading decimal mark: ".77", ",77" (not the "." after a word or number).
    if (!isDecimalMark(ctx, t.text)) return null;
    const nx = toks[i + 1];
    if (!nx || nx.kind !== "number" || !nx.glued) return null;
    const prev = toks[i - 1];
    if (t.glued && prev && prev.kind !== "punct") return null;
    int = "0";
    frac = asciiDigits(nx.text);
    j = i + 2;
  } else if (t.kind === "number") {
    int = asciiDigits(t.text);
    j = i + 1;
    const firstLen = digitCount(t.text);
    // The digit groups after the first, made on the first group (most digit strings have none).
    let gs: Array<{ text: string; len: number; end: number }> | null = null;
    for (let k = j; k < toks.length; ) {
      const a = toks[k];
      if (a.kind === "punct" && a.glued && c.group.has(a.text) && a.text !== lex.decimal && (sep === null || sep === a.text)) {
        const b = toks[k + 1];
        if (!b || b.kind !== "number" || !b.glued) break;
        const len = digitCount(b.text);
        (gs ??= []).push({ text: b.text, len, end: k + 2 });
        sep = a.text;
        k += 2;
        if ((len !== 3 && len !== 2) || gs.length >= 12) break;
      } else if (a.kind === "number" && !a.glued) {
        const gap = gapBefore(ctx, k);
        if (gap.length !== 1 || !c.group.has(gap) || (sep !== null && sep !== gap)) break;
        const len = digitCount(a.text);
        (gs ??= []).push({ text: a.text, len, end: k + 1 });
        sep = gap;
        k += 1;
        // Only a plausible group can continue the chain (bounds the scan on "1.1.1.1…").
        if ((len !== 3 && len !== 2) || gs.length >= 12) break;
      } else break;
    }
    // A group separator must be followed by exactly three digits (Indian: two-digit groups, then three).
    if (gs !== null && firstLen <= 3) {
      let w = 0;
      while (w < gs.length && gs[w].len === 3) w++;
      take = w;
      if (lex.indianGrouping && firstLen <= 2) {
        let m = 0;
        while (m < gs.length && gs[m].len === 2) m++;
        if (m > 0 && m < gs.length && gs[m].len === 3 && m + 1 > take) take = m + 1;
      }
    }
    for (let g = 0; g < take; g++) int += asciiDigits(gs![g]!.text);
    if (take) j = gs![take - 1]!.end;
    const a = toks[j], b = toks[j + 1];
    if (a && a.kind === "punct" && a.glued && b && b.kind === "number" && b.glued) {
      const isDec = a.text === lex.decimal || (a.text === lex.decimalAlt && (take === 0 || sep !== a.text));
      if (isDec) {
        frac = asciiDigits(b.text);
        j += 2;
      }
    }
  } else return null;
  // A third dotted part makes a code: "192.168.1.2", "1.2.3".
  let code = false;
  while (j + 1 < toks.length && toks[j].kind === "punct" && toks[j].text === "." && toks[j].glued && toks[j + 1].kind === "number" && toks[j + 1].glued && (frac !== null || take > 0 || code)) {
    code = true;
    j += 2;
  }
  const value = Number(frac === null ? int : `${int}.${frac}`);
  return { value, start: i, end: j, groups: take, decimal: frac !== null, code };
}

const WORDLIKE = new Set<string>(["word", "weak", "tail", "mult", "standalone"]);

/** One atom at token j: a digit string, a (possibly inflected) number word, or a joining word. */
export function readAtom(ctx: Ctx, j: number): Atom | null {
  if (j >= ctx.toks.length) return null;
  const hit = ctx.atoms[j];
  if (hit !== undefined) return hit;
  return (ctx.atoms[j] = readAtomUncached(ctx, j));
}

function readAtomUncached(ctx: Ctx, j: number): Atom | null {
  const { toks, n: c } = ctx;
  const t = toks[j];
  if (!t) return null;
  if (t.kind === "number" || (t.kind === "punct" && isDecimalMark(ctx, t.text))) {
    const d = readDigits(ctx, j);
    return d ? { kind: "digits", value: d.value, start: j, end: d.end, classifier: false, digits: d } : null;
  }
  if (t.kind === "punct") {
    // A hyphen inside a compound number word: "twenty-one".
    const nx = toks[j + 1];
    if (t.text === "-" && t.glued && nx && nx.glued && nx.kind === "word") return { kind: "hyphen", value: 0, start: j, end: j + 1, classifier: false };
    return null;
  }
  const m = c.num.matchAt(toks, j);
  if (m) return { kind: m.value.kind, value: m.value.value, start: j, end: m.end, classifier: false, entry: m.value };
  // Without endings or compounds a word is an entry as it stands: one look-up in the (small) map of
  // entries answers what the memo of every word met (a look-up that misses the caches) would.
  if (!c.inflects) {
    const e = c.single.get(t.norm);
    return e !== undefined && WORDLIKE.has(e.kind) ? { kind: e.kind, value: e.value, start: j, end: j + 1, classifier: false, entry: e } : null;
  }
  const w = inflectedWord(c, t.norm);
  return w ? { kind: w.entry.kind, value: w.entry.value, start: j, end: j + 1, classifier: w.classifier, entry: w.entry } : null;
}

/** A number word with a glued classifier or ending ("তিনটি", "হাজারের"), memoised per lexicon and word. */
export function inflectedWord(c: CompiledNumbers, norm: string): { entry: NumEntry; classifier: boolean } | null {
  const hit = c.inflected.get(norm);
  if (hit !== undefined) return hit;
  let res: { entry: NumEntry; classifier: boolean } | null = null;
  const r = lookupInflected(norm, c.single, c.classifierEndings);
  if (r && r.ending && WORDLIKE.has(r.value.kind)) res = { entry: r.value, classifier: true };
  else {
    const e = lookupInflected(norm, c.single, c.endings);
    if (e && WORDLIKE.has(e.value.kind)) res = { entry: e.value, classifier: false };
    else if (c.lex.compoundWords) {
      const v = compoundValue(c, norm);
      if (v !== null) res = { entry: { kind: "word", value: v, phrase: norm }, classifier: false };
    }
  }
  if (c.inflected.size > 100_000) c.inflected.clear();
  c.inflected.set(norm, res);
  return res;
}

/** Longest piece a compound number word is split into, and the longest word tried (bounds the split: linear in the word). */
const MAX_PIECE = 40, MAX_COMPOUND = 120;

/**
 * The value of a word glued together from number pieces ("siebenhunderteinundzwanzigtausendzwölf" =
 * 721012, "achtzehnhundertzweiundfünfzig" = 1852), or null: the word is split into the lexicon's
 * single-word entries (longest piece first, with backtracking; of the multipliers only those that are
 * numbers on their own), and the pieces are composed as
 * spaced words are: a word joins when the place below its power of ten is free, a multiplier
 * multiplies the parts below it, a connector ("und") only stands between two pieces.
 */
function compoundValue(c: CompiledNumbers, word: string): number | null {
  if (word.length < 4 || word.length > MAX_COMPOUND) return null;
  // dead[k]: no split of word[k..] exists (memo keeps the search linear in the word length × MAX_PIECE).
  const dead = new Uint8Array(word.length + 1);
  const bare = new Set(c.lex.bareMultipliers ?? []);
  const pieces: NumEntry[] = [];
  const split = (k: number): boolean => {
    if (k === word.length) return pieces.length > 1 && compose(pieces) !== null;
    if (dead[k]) return false;
    for (let e = Math.min(word.length, k + MAX_PIECE); e > k; e--) {
      const p = c.single.get(word.slice(k, e));
      // Only multipliers that are numbers on their own glue into a compound ("tausend", not "Tausende": "Zehntausende" is vague).
      if (!p || !(p.kind === "word" || (p.kind === "mult" && bare.has(p.phrase)) || p.kind === "connector" || (p.kind === "article" && k === 0))) continue;
      pieces.push(p);
      if (split(e)) return true;
      pieces.pop();
    }
    dead[k] = 1;
    return false;
  };
  const compose = (ps: NumEntry[]): number | null => {
    const parts = new Parts();
    let cur = 0, started = false, prev = "";
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k]!;
      if (p.kind === "connector") {
        if (!started || prev === "connector" || k === ps.length - 1) return null;
        prev = "connector";
        continue;
      }
      const v = p.kind === "article" ? 1 : p.value;
      if (p.kind === "mult") {
        if (!started) cur = parts.reset(v, v);
        else { const next = isPow10(v) ? parts.multiply(v, false) : null; if (next === null) return null; cur = next; }
      } else if (!started) cur = parts.push(v);
      else if (isInt(cur) && isInt(v) && cur % pow10above(v) === 0 && prev !== "word") cur = parts.push(v);
      else return null;
      started = true;
      prev = p.kind === "mult" ? "mult" : "word";
    }
    return started ? cur : null;
  };
  return split(0) ? compose(pieces) : null;
}

/** A multiplier or a classifier at token k: what lets an ambiguous ("weak") number word count. */
function multOrClassifierAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t) return false;
  if (t.kind === "word" && (ctx.n.classifierWords.has(t.norm) || (t.glued && ctx.n.gluedClassifier.has(t.norm)))) return true;
  const a = readAtom(ctx, k);
  return !!a && a.kind === "mult";
}

/** Is the "-" at token i a minus sign (not a dash between words or a range)? */
function isMinus(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const t = toks[i], nx = toks[i + 1], prev = toks[i - 1];
  if (t.kind !== "punct" || (t.text !== "-" && t.text !== "\u2212") || !nx) return false;
  // A sign follows a space or punctuation and sticks to its number ("and -12"); a spaced "- 12"
  // is a sign only at the start of a line or after punctuation.
  const prevOk = !prev || startsLine(ctx, i) || (prev.kind === "punct" && !CLOSERS.has(prev.text) && !(prev.text === "-" || prev.text === "+")) || (!t.glued && nx.glued && prev.kind === "word");
  const nxOk = (nx.kind === "number" || (nx.kind === "punct" && isDecimalMark(ctx, nx.text))) && (nx.glued || gapBefore(ctx, i + 1) === " ");
  return prevOk && nxOk;
}

/**
 * The parts of a number being composed, each with the multiplier that made it. The first `n`
 * entries of `v` and `m` are the parts: emptying keeps the arrays' room, so parseNumber reuses one
 * Parts per depth of its recursion instead of making an object and two arrays per call.
 */
class Parts {
  private readonly v: number[] = [];
  private readonly m: number[] = [];
  private n = 0;
  private sum = 0;
  /** Empties the parts for another number. */
  clear(): this {
    this.n = 0;
    this.sum = 0;
    return this;
  }
  private put(v: number, m: number): void {
    this.v[this.n] = v;
    this.m[this.n] = m;
    this.n++;
  }
  /** Adds an additive part; returns the new total. */
  push(v: number): number {
    this.put(v, 1);
    return (this.sum += v);
  }
  /** Adds a part made by multiplier m on its own (a bare "cent" after "mille"). */
  pushMade(m: number): number {
    this.put(m, m);
    return (this.sum += m);
  }
  /** The multiplier that made the last part (1 for a plain part), 0 when empty. */
  lastMade(): number {
    return this.n ? this.m[this.n - 1]! : 0;
  }
  reset(v: number, m: number): number {
    this.n = 0;
    this.put(v, m);
    return (this.sum = v);
  }
  /** Multiplies the parts made by smaller multipliers (1 when they sum to 0, unless that 0 was said); null when there are none. */
  multiply(m: number, saidZero: boolean): number | null {
    let low = 0, took = 0;
    const n = this.n;
    while (took < n && this.m[n - 1 - took]! < m) { low += this.v[n - 1 - took]!; took++; }
    // Nothing to multiply, or a part made by the same multiplier remains ("hundred … hundred"): not one number.
    if (!took || (took < n && this.m[n - 1 - took] === m)) return null;
    this.n = n - took;
    const part = (low === 0 && !saidZero ? 1 : low) * m;
    this.put(part, m);
    return (this.sum = this.sum - low + part);
  }
}

export interface ParseOptions {
  /** Let a tail word start the number (a denominator after "phần": "ba phần tư"). */
  allowTail?: boolean;
}

/** One Parts per depth of parseNumber's recursion (a fraction before a number, a decimal part after a point word). */
const partsPool: Parts[] = [];
let partsDepth = 0;

/** Reads a number starting at token i, or null. */
export function parseNumber(ctx: Ctx, i: number, opts?: ParseOptions): Parsed | null {
  const parts = (partsPool[partsDepth] ??= new Parts()).clear();
  partsDepth++;
  try {
    return parseWith(ctx, i, opts, parts);
  } finally {
    partsDepth--;
  }
}

function parseWith(ctx: Ctx, i: number, opts: ParseOptions | undefined, parts: Parts): Parsed | null {
  const { toks, n: c } = ctx;
  if (i < 0 || i >= toks.length) return null;
  const why: string[] = [];
  // A fraction before the number ("সাড়ে তিন হাজার", "পৌনে চার লাখ"): it adds to the first unit,
  // at the scale of the multiplier that unit takes (a hundreds word is its own scale: "সাড়ে তিনশ" = 350).
  const fb = c.fracBefore.matchAt(toks, i);
  if (fb) {
    const rest = parseNumber(ctx, fb.end, opts);
    if (!rest || rest.drop || !isInt(rest.value) || rest.value <= 0 || rest.hasDigits && rest.last === "digits" && rest.atoms > 1) return rest && rest.drop ? rest : null;
    const scale = rest.last === "mult" ? rest.lastMult : rest.value >= 100 && rest.value % 100 === 0 ? 100 : 1;
    const unit = rest.value / scale;
    if (!isInt(unit) || unit < 1 || unit > 99) return null;
    const value = rest.value + fb.value * scale;
    return { ...rest, value, start: i, hasWords: true, why: [because("num.fraction-before", `"${tokText(ctx, fb.start, fb.end)}" ${fb.value > 0 ? "+" : "−"}${Math.abs(fb.value)} × ${scale}`), ...rest.why] };
  }
  let j = i, sign = 1;
  if (isMinus(ctx, i)) {
    sign = -1;
    j = i + 1;
    why.push("sign: -");
  } else {
    const a = readAtom(ctx, i);
    if (a && a.kind === "negative") {
      const b = readAtom(ctx, a.end);
      if (!b || (b.kind !== "digits" && b.kind !== "word")) return null;
      sign = -1;
      j = a.end;
      why.push(`sign: ${a.entry?.phrase}`);
    }
  }
  // `last` is the kind of the last atom read (a connector included); `lastAtom` skips connectors.
  let cur = 0, started = false, last = "", lastAtom = "", lastMult = 1, lastZero = false, end = j, atoms = 0;
  let hasDigits = false, hasWords = false, vague = false, classifier = false;
  let firstDigits: DigitsAtom | undefined;
  while (j < toks.length) {
    if (started && last !== "connector") {
      // A fraction after the number, scaled by its last multiplier: "one and a half", "hai triệu rưỡi".
      const fa = c.fracAfter.matchAt(toks, j);
      if (fa) {
        cur = parts.push(fa.value * (last === "mult" ? lastMult : 1));
        why.push(`fraction after: ${tokText(ctx, fa.start, fa.end)}`);
        j = end = fa.end;
        last = lastAtom = "fracAfter";
        atoms++;
        continue;
      }
    }
    const a = readAtom(ctx, j);
    if (!a) break;
    // Atoms are cached per token: extend `aEnd`, never the atom.
    let ok = false, aEnd = a.end;
    switch (a.kind) {
      case "blocker":
        // A blocker ("the one", "một số") stops a number unless a number goes on after it ("the one hundred").
        if (!started && !["digits", "word", "mult"].includes(readAtom(ctx, a.end)?.kind ?? "")) return { value: NaN, start: i, end: a.end, hasDigits, hasWords, vague, classifier, atoms, last, lastMult, why: [], drop: "not a quantity: " + a.entry?.phrase };
        break;
      case "digits": {
        const d = a.digits!;
        if (d.code) {
          if (!started) return { value: NaN, start: i, end: d.end, hasDigits, hasWords, vague, classifier, atoms, last, lastMult, why: [], drop: "dotted code" };
          break;
        }
        let v = d.value;
        const g = toks[a.end];
        let gm = 0;
        if (g && g.glued && g.kind === "word") {
          const m = c.gluedMult.get(g.text);
          if (m !== undefined) gm = m;
        }
        if (gm) v *= gm;
        if (!started) {
          cur = parts.push(v);
          ok = true;
          firstDigits = d;
          why.push(d.groups ? "digits with group separators" : d.decimal ? "decimal digits" : "digits");
        } else if (lastAtom === "mult" && isInt(v) && isInt(cur) && v < lastMult && cur % pow10above(v) === 0) {
          cur = parts.push(v);
          ok = true;
          why.push("digits after a multiplier");
        }
        if (ok) {
          if (gm) { aEnd++; why.push(`glued multiplier "${g.text}"`); }
          hasDigits = true;
          lastZero = v === 0;
        }
        break;
      }
      case "article":
        if (!started) { cur = parts.push(1); ok = true; why.push(`article "${toks[j].text}" as one`); }
        break;
      case "word":
      case "vague":
      case "weak":
      case "tail": {
        if (a.kind === "weak" && !(a.classifier || last === "connector" || multOrClassifierAt(ctx, a.end))) break;
        if (a.kind === "tail" && !started && !opts?.allowTail) break;
        const v = a.value;
        if (!started) {
          cur = parts.push(v);
          ok = true;
        } else if (atoms === 1 && last === "word" && a.kind === "word" && !hasDigits && cur >= 1 && cur <= 9 && isInt(cur) && v >= 20 && v < 100 && v % 10 === 0) {
          // Colloquial hundreds: "one twenty two" = 122.
          cur = parts.reset(cur * 100 + v, 1);
          ok = true;
          why.push("colloquial hundreds (one twenty = 120)");
        } else if ((last === "word" || last === "mult" || (last === "connector" && lastAtom !== "digits")) && isInt(cur) && isInt(v) && cur % pow10above(v) === 0) {
          cur = parts.push(v);
          ok = true;
        }
        if (ok) {
          hasWords = true;
          lastZero = v === 0;
          if (a.kind === "vague") vague = true;
          if (a.classifier) classifier = true;
          why.push(`${a.kind === "vague" ? "vague quantity word" : "number word"} "${tokText(ctx, a.start, a.end)}" = ${v}`);
        }
        break;
      }
      case "mult": {
        const m = a.value;
        if (!started) {
          if ((c.lex.bareMultipliers ?? []).includes(a.entry?.phrase ?? "")) { cur = parts.reset(m, m); ok = true; }
        } else {
          if (isPow10(m)) {
            let next = parts.multiply(m, lastZero);
            // A multiplier that is a number on its own starts the next group after a larger one:
            // fr "mille cent trente" = 1000 + 130 (rule number.bare-multiplier-part).
            if (next === null && last === "mult" && (c.lex.bareMultipliers ?? []).includes(a.entry?.phrase ?? "") && parts.lastMade() > m) {
              next = parts.pushMade(m);
              why.push(`bare multiplier "${toks[a.start].text}" starts a group (number.bare-multiplier-part)`);
            }
            if (next === null) break;
            cur = next;
          } else cur = parts.reset(cur * m, Infinity);
          ok = true;
        }
        if (ok) {
          lastMult = m;
          hasWords = true;
          lastZero = false;
          if (a.classifier) classifier = true;
          why.push(`multiplier "${tokText(ctx, a.start, a.end)}" × ${m}`);
        }
        break;
      }
      case "connector":
      case "hyphen": {
        if (!started || last === "connector" || last === "point" || last === "fracAfter") break;
        if (a.kind === "hyphen" && last === "digits") break;
        const b = readAtom(ctx, a.end);
        if (!b || !(b.kind === "word" || b.kind === "weak" || b.kind === "tail" || b.kind === "mult" || (b.kind === "digits" && lastAtom === "mult"))) break;
        j = a.end;
        last = "connector";
        continue;
      }
      case "point": {
        if (last === "point" || (started && !isInt(cur))) break;
        let k = a.end, ds = "";
        const b = toks[k];
        if (b && b.kind === "number") {
          ds = asciiDigits(b.text);
          k++;
        } else {
          for (let w = readAtom(ctx, k); w && w.kind === "word" && isInt(w.value) && w.value <= 9; w = readAtom(ctx, k)) {
            ds += String(w.value);
            k = w.end;
          }
          if (!ds) {
            const w = parseNumber(ctx, k);
            if (w && !w.drop && isInt(w.value) && w.value >= 0) { ds = String(w.value); k = w.end; }
          }
        }
        if (!ds) break;
        // A point word that is also "with" is a decimal only at the phrase's end (num.weak-point-word).
        if ((c.lex.weakPointWords ?? []).includes(a.entry?.phrase ?? "") && toks[k]?.kind === "word" && readAtom(ctx, k)?.kind !== "mult") break;
        cur = parts.push(Number(`0.${ds}`));
        aEnd = k;
        ok = true;
        hasWords = true;
        why.push(`decimal point word "${toks[j].text}"`);
        break;
      }
      default:
        break;
    }
    if (!ok) break;
    started = true;
    last = lastAtom = a.kind === "vague" || a.kind === "weak" || a.kind === "tail" ? "word" : a.kind;
    j = end = aEnd;
    atoms++;
  }
  if (!started || last === "article") return null;
  return { value: sign * cur, start: i, end, hasDigits, hasWords, vague, classifier, atoms, last, lastMult, firstDigits, why };
}

/** The surface of tokens [a, b), for `why`. */
export function tokText(ctx: Ctx, a: number, b: number): string {
  const toks = ctx.toks;
  // Most spans are one token: its text, without the slice, map and join arrays (one string per
  // number or date built for its `why`).
  if (a < 0 || b > toks.length) return toks.slice(a, b).map((t) => t.text).join(" ");
  if (b <= a) return "";
  let s = toks[a]!.text;
  for (let k = a + 1; k < b; k++) s += " " + toks[k]!.text;
  return s;
}
