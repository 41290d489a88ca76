// What every step of the number stage reads: the text, its tokens and the compiled lexicons.
import type { Token } from "../../types.js";
import type { CompiledDates, CompiledNumbers } from "./compile.js";
import type { Atom } from "./compose.js";

export interface Ctx {
  text: string;
  toks: Token[];
  n: CompiledNumbers;
  d: CompiledDates;
  published: { y: number; m: number; d: number } | null;
  /** Atoms read so far, by token index (see compose.ts readAtom). */
  atoms: Array<Atom | null | undefined>;
}

/** True when token i is the first on its line (only white space since the previous line break). */
export function startsLine(ctx: Ctx, i: number): boolean {
  if (i === 0) return true;
  const { text, toks } = ctx;
  for (let k = toks[i - 1].end; k < toks[i].start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** The white space between token i-1 and token i ("" when glued). */
export function gapBefore(ctx: Ctx, i: number): string {
  const { text, toks } = ctx;
  if (i === 0 || i >= toks.length) return "";
  const a = toks[i - 1].end, b = toks[i].start;
  return b - a > 4 ? "     " : text.slice(a, b);
}

/** Sentence and clause punctuation that bounds look-ahead windows. */
export const CLAUSE_STOP = new Set([".", ",", ";", ":", "!", "?", "।", "…", "\"", "“", "”", "«", "»"]);
