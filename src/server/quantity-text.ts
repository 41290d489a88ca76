// A claim's numbers as text, shared by the exports and the CLI tables; no imports, so the CLI
// prints them without loading the exporters (and the gazetteer behind them).
import type { Claim } from "../types.js";

// One formatter for every number: toLocaleString("en-US") builds a new one per call (the same text,
// about a third of a millisecond each, which a table of claims paid per quantity). Built only for an
// integer beyond 2^53 (or -0): building it costs a start-up ~7 ms (ICU's locale data), and the
// integers an article writes are grouped below, by hand, into the text it gives them.
let enUS: Intl.NumberFormat | null = null;

/** A safe integer's digits grouped by threes with commas, as en-US writes them: "-1,234,567". */
function grouped(v: number): string {
  const digits = String(Math.abs(v));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return v < 0 ? `-${out}` : out;
}

/** Numbers as the table and the claims CSV show them: en-US grouping, at most 4 decimals. */
export function fmtValue(v: number): string {
  if (!Number.isInteger(v)) return String(+v.toFixed(4));
  return Number.isSafeInteger(v) && !Object.is(v, -0) ? grouped(v) : (enUS ??= new Intl.NumberFormat("en-US")).format(v);
}

/** A claim's numbers in one line: "more_than 1,000 missile (transferred); 31 uav (destroyed)". */
export function quantityText(c: Claim): string {
  return c.quantities.map((q) => `${q.qualifier === "exact" ? "" : `${q.qualifier} `}${fmtValue(q.value)} ${q.item} (${q.role})`).join("; ");
}
