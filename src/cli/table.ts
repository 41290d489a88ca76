// A plain-text table for terminals: columns padded to their widest cell, measured in
// grapheme clusters so Bengali and Vietnamese line up, the widest column shrunk to fit.
import { printable } from "./terminal.js";

// Made on first use: building a segmenter loads ICU's break rules, which `--version` and `--help` never need.
let graphemes: Intl.Segmenter | null = null;
const segmenter = () => (graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));
/** Printable ASCII: one grapheme per character, counted without the segmenter (most cells of an English table). */
const ASCII = /^[\x20-\x7e]*$/;
export function width(s: string): number {
  if (ASCII.test(s)) return s.length;
  let n = 0;
  for (const _ of segmenter().segment(s)) n++;
  return n;
}

export function truncate(s: string, max: number): string {
  const flat = printable(s).replace(/\s+/g, " ");
  if (width(flat) <= max) return flat;
  if (ASCII.test(flat)) return flat.slice(0, Math.max(0, max - 1)) + "…";
  let out = "", n = 0;
  for (const g of segmenter().segment(flat)) { if (++n > max - 1) break; out += g.segment; }
  return out + "…";
}

export function renderTable(header: string[], rows: string[][], maxWidth = process.stdout.columns || 160): string {
  const cols = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const total = () => cols.reduce((a, b) => a + b + 2, 0);
  while (total() > maxWidth) {
    const widest = cols.indexOf(Math.max(...cols));
    if (cols[widest]! <= 12) break;
    cols[widest]!--;
  }
  const line = (cells: string[]) => cells.map((c, i) => { const t = truncate(c ?? "", cols[i]!); return t + " ".repeat(Math.max(0, cols[i]! - width(t))); }).join("  ").trimEnd();
  return [line(header), line(cols.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
