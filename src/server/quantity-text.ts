// A claim's numbers as text, shared by the exports and the CLI tables; no imports, so the CLI
// prints them without loading the exporters (and the gazetteer behind them).
import type { Claim } from "../types.js";

// One formatter for every number: toLocaleString("en-US") builds a new one per call (the same text,
// about a third of a millisecond each, which a table of claims paid per quantity).
let enUS: Intl.NumberFormat | null = null;

/** Numbers as the table and the claims CSV show them: en-US grouping, at most 4 decimals. */
export function fmtValue(v: number): string {
  return Number.isInteger(v) ? (enUS ??= new Intl.NumberFormat("en-US")).format(v) : String(+v.toFixed(4));
}

/** A claim's numbers in one line: "more_than 1,000 missile (transferred); 31 uav (destroyed)". */
export function quantityText(c: Claim): string {
  return c.quantities.map((q) => `${q.qualifier === "exact" ? "" : `${q.qualifier} `}${fmtValue(q.value)} ${q.item} (${q.role})`).join("; ");
}
