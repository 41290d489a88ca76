// Numbers that are not quantities: inside names ("Su-34", "MiG-29", "2+2 meeting", "A320",
// "[ad_2]"), ordinals ("3rd", "৩১শে", "3-й", "thứ ba"), times ("10:30", "5 giờ"), list numbering
// (a line starting "1." or "2)"), phone numbers and long zero-led digit strings.
import { type Ctx, gapBefore, startsLine } from "./context.js";
import { tokText, type Parsed } from "./compose.js";

const PHONE_PUNCT = new Set(["-", "(", ")", "."]);

/** The end of a run of digit strings joined by single spaces, hyphens, brackets or dots, and how many digit strings it holds. */
export function phoneChain(ctx: Ctx, i: number): [number, number] {
  const { toks } = ctx;
  let k = i, count = 0;
  while (k < toks.length) {
    const t = toks[k];
    if (k > i && !t.glued && gapBefore(ctx, k) !== " ") break;
    if (t.kind === "number") { count++; k++; continue; }
    if (t.kind === "punct" && PHONE_PUNCT.has(t.text) && toks[k + 1] && (toks[k + 1].kind === "number" || toks[k + 1].text === "(")) { k++; continue; }
    break;
  }
  return [k, count];
}

/** Before parsing: is the digit token i part of a name or a phone number? */
export function nameBefore(ctx: Ctx, i: number): string | null {
  const { toks } = ctx;
  const t = toks[i], prev = toks[i - 1];
  if (!prev) return null;
  if (t.glued && prev.kind === "word") return `digits glued to the word "${prev.text}"`;
  if (t.glued && prev.kind === "punct") {
    if (prev.text === "+") return `digits after "+"`;
    const pp = toks[i - 2];
    if ((prev.text === "-" || prev.text === "_" || prev.text === "/") && prev.glued && pp && pp.kind === "word") return `digits glued to "${pp.text}${prev.text}"`;
  }
  const oPrev = toks[i - 1];
  if (oPrev && oPrev.kind === "word" && ctx.n.ordinalPrefixes.has(oPrev.norm)) return `ordinal after "${oPrev.text}"`;
  return null;
}

/** After parsing: what follows makes the number a name, an ordinal, a time, a list label or a phone number. Returns [reason, end]. */
export function notQuantityAfter(ctx: Ctx, p: Parsed): [string, number] | null {
  const { toks, n, d } = ctx;
  const e = p.end, t = toks[e];
  if (p.hasDigits) {
    if (t && t.glued && t.kind === "punct" && t.text === "+" && toks[e + 1]?.glued) {
      let k = e;
      while (toks[k] && toks[k].glued && (toks[k].kind !== "word")) k++;
      return ["digits joined by \"+\" (a name like 2+2)", k];
    }
    if (t && t.glued && t.kind === "word" && n.ordinalSuffix.has(t.norm)) return [`ordinal suffix "${t.text}"`, e + 1];
    if (t && t.glued && t.text === "-" && toks[e + 1]?.glued && n.ordinalSuffix.has(toks[e + 1].norm)) return [`ordinal suffix "-${toks[e + 1].text}"`, e + 2];
    // An age is an attribute of one person, not a count: "a 45-year-old", "24-летний".
    if (t && t.glued && t.text === "-" && toks[e + 1]?.glued && n.ageWords.has(toks[e + 1].norm)) return [`age "-${toks[e + 1].text}"`, e + 2];
    // "zum 3. Jahrestag": digits, the ordinal dot, and a word, after a word that takes an ordinal.
    const before = toks[p.start - 1];
    if (p.atoms === 1 && !p.firstDigits?.decimal && !p.firstDigits?.groups && t && t.glued && t.text === "." && toks[e + 1]?.kind === "word" && before?.kind === "word" && n.ordinalDotAfter.has(before.norm)) return [`ordinal dot after "${before.text}"`, e + 1];
    // "um 23.47 Uhr": hours and minutes joined by a dot, then a time unit.
    if (t && t.glued && t.text === "." && toks[e + 1]?.kind === "number" && toks[e + 1].glued && toks[e + 1].text.length === 2 && toks[e + 2] && d.timeUnits.matchAt(toks, e + 2)) {
      return ["time of day (h.mm)", d.timeUnits.matchAt(toks, e + 2)!.end];
    }
    if (t && t.glued && t.text === ":" && toks[e + 1]?.kind === "number" && toks[e + 1].glued) {
      let k = e;
      while (toks[k]?.text === ":" && toks[k].glued && toks[k + 1]?.kind === "number" && toks[k + 1].glued) k += 2;
      return ["time of day (h:mm)", k];
    }
    if (p.atoms === 1 && !p.firstDigits?.decimal && !p.firstDigits?.groups && startsLine(ctx, p.start) && t && t.glued && (t.text === "." || t.text === ")")) {
      const nx = toks[e + 1];
      if (nx && !nx.glued && !startsLine(ctx, e + 1)) return ["list numbering", e + 1];
    }
    // Phone numbers: three or more digit strings chained by spaces, hyphens or brackets, or a long zero-led string.
    const first = toks[p.start];
    if (first.kind === "number" && p.atoms === 1 && !p.firstDigits?.decimal && !p.firstDigits?.groups) {
      if (first.text.length >= 7 && first.text.length < 16 && (first.text[0] === "0" || first.text.codePointAt(0) === 0x09e6) && !p.firstDigits?.groups) return ["zero-led digit string (phone number)", e];
      const [k, chain] = phoneChain(ctx, p.start);
      if (chain >= 3) return ["digit strings chained like a phone number", Math.max(k, e)];
    }
  }
  if (t) {
    const tu = d.timeUnits.matchAt(toks, e);
    if (tu) return [`time: "${tokText(ctx, e, tu.end)}"`, tu.end];
  }
  return null;
}
