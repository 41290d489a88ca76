// A plain-text table for terminals: columns padded to their widest cell, measured in
// grapheme clusters so Bengali and Vietnamese line up, the widest column shrunk to fit.
import { printable } from "./terminal.js";

// Made on first use: building a segmenter loads ICU's break rules, which `--version` and `--help` never need.
let graphemes: Intl.Segmenter | null = null;
const segmenter = () => (graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));
/**
 * Text whose every character is a grapheme of its own, counted without the segmenter: printable
 * ASCII (most cells of an English table), Latin, Greek and Cyrillic letters written precomposed
 * (Vietnamese, French, Russian) and the typographic punctuation of news text (curly quotes, dashes,
 * ellipsis). None of these is a combining mark, joiner or other character that the grapheme rules
 * attach to its neighbour: combining marks (U+0300-036F, U+0483-0489), U+200B-200F and U+2028-202F
 * and U+205F-206F are left out and go to the segmenter.
 */
const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e]*$/;
export function width(s: string): number {
  if (SIMPLE.test(s)) return s.length;
  let n = 0;
  for (const _ of segmenter().segment(s)) n++;
  return n;
}

export function truncate(s: string, max: number): string {
  const flat = printable(s).replace(/\s+/g, " ");
  if (width(flat) <= max) return flat;
  if (SIMPLE.test(flat)) return flat.slice(0, Math.max(0, max - 1)) + "…";
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
