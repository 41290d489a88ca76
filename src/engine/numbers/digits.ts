// Digits of any script. Unicode lays out every decimal digit set (\p{Nd}) as a run of ten code
// points from 0 to 9, so a digit's value is its distance from the start of its run: count the
// \p{Nd} code points just before it. No per-script table; results are memoised per code point.
const ND = /^\p{Nd}$/u;
const memo = new Map<number, number>();

/** Value 0..9 of one Unicode decimal digit (any script), or -1 when `ch` is not a digit. */
export function digitValue(ch: string): number {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return -1;
  if (cp >= 48 && cp <= 57) return cp - 48;
  const hit = memo.get(cp);
  if (hit !== undefined) return hit;
  let v = -1;
  if (ND.test(String.fromCodePoint(cp))) {
    let k = 0;
    while (k < 9 && ND.test(String.fromCodePoint(cp - k - 1))) k++;
    // Adjacent runs (mathematical digits) are contiguous: the value is the offset modulo ten.
    v = k % 10;
    if (k === 9) {
      // Count further back to find the start of this run of ten.
      let n = 9;
      while (ND.test(String.fromCodePoint(cp - n - 1))) n++;
      v = n % 10;
    }
  }
  memo.set(cp, v);
  return v;
}

/** A digit token as ASCII digits ("৪৮" -> "48"). Surrogate pairs are handled. */
export function asciiDigits(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) { ascii = false; break; }
  }
  if (ascii) return s;
  let out = "";
  for (const ch of s) {
    const v = digitValue(ch);
    out += v < 0 ? "0" : String(v);
  }
  return out;
}

/** Number of code points (digits) in a digit token. */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
