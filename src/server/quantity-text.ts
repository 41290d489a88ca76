// A claim's numbers as text, shared by the exports and the CLI tables; no imports, so the CLI
// prints them without loading the exporters (and the gazetteer behind them).
import type { Claim } from "../types.js";

/** Numbers as the table and the claims CSV show them: en-US grouping, at most 4 decimals. */
export function fmtValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString("en-US") : String(+v.toFixed(4));
}

/** A claim's numbers in one line: "more_than 1,000 missile (transferred); 31 uav (destroyed)". */
export function quantityText(c: Claim): string {
  return c.quantities.map((q) => `${q.qualifier === "exact" ? "" : `${q.qualifier} `}${fmtValue(q.value)} ${q.item} (${q.role})`).join("; ");
}
