// Negated counts: "no one was injured", "there were no casualties", "কেউ আহত হয়নি",
// "không có thương vong", "никто не пострадал", "жертв нет". Each yields a quantity 0 with the item
// and role the negation implies; its span is the negating words (pronoun or determiner, or for
// "жертв нет" the noun and its negation). Nothing is emitted when no item word is found: a bare
// "no one knows" says nothing countable.
import type { ZeroHint } from "./lexicon.js";
import { lookupInflected } from "./compile.js";
import { CLAUSE_STOP, type Ctx } from "./context.js";
import { tokText } from "./compose.js";
import type { TrieMatch } from "./trie.js";

export interface ZeroHit {
  tokStart: number;
  tokEnd: number;
  hint: ZeroHint;
  why: string[];
}

function itemAt(ctx: Ctx, k: number): { hint: ZeroHint; end: number } | null {
  const { toks, n } = ctx;
  const m = n.zeroItems.matchAt(toks, k);
  if (m) return { hint: m.value, end: m.end };
  const t = toks[k];
  if (t.kind !== "word") return null;
  const r = lookupInflected(t.norm, n.zeroItemSingle, n.endings);
  return r ? { hint: r.value, end: k + 1 } : null;
}

/** The first item word within `window` tokens from k, not crossing clause punctuation. */
function findItem(ctx: Ctx, k: number, window: number): { hint: ZeroHint; start: number; end: number } | null {
  const { toks } = ctx;
  for (let j = k; j < toks.length && j < k + window; j++) {
    if (toks[j].kind === "punct" && CLAUSE_STOP.has(toks[j].text)) return null;
    const it = itemAt(ctx, j);
    if (it) return { ...it, start: j };
  }
  return null;
}

/** A negated verb within four tokens from k ("হয়নি", "ঘটেনি", "না"). */
function findNegation(ctx: Ctx, k: number): string | null {
  const { toks, n } = ctx;
  for (let j = k; j < toks.length && j < k + 4; j++) {
    const t = toks[j];
    if (t.kind === "punct" && CLAUSE_STOP.has(t.text)) return null;
    if (t.kind !== "word") continue;
    if (n.negationWords.has(t.norm)) return t.text;
    for (const s of n.negationSuffixes) if (t.norm.length > s.length && t.norm.endsWith(s)) return t.text;
  }
  return null;
}

/** "did not spot any bodies": "any" counts zero only after a negation within the three words before it. */
function negatedDeterminer(ctx: Ctx, i: number): TrieMatch<true> | null {
  const { toks, n } = ctx;
  const m = n.zeroNegatedDeterminers.matchAt(toks, i);
  if (!m) return null;
  for (let k = Math.max(0, i - 3); k < i; k++) if (n.negationBefore.has(toks[k]!.norm)) return m;
  return null;
}

export function tryZero(ctx: Ctx, i: number): ZeroHit | null {
  const { toks, n } = ctx;
  if (toks[i].kind !== "word") return null;
  const needsNeg = !!n.lex.zero.needsNegation;
  const pro = n.zeroPronouns.matchAt(toks, i);
  const det = pro ? null : n.zeroDeterminers.matchAt(toks, i) ?? negatedDeterminer(ctx, i);
  const head = pro ?? det;
  if (head) {
    const it = findItem(ctx, head.end, pro ? n.zeroWindow : 2);
    if (it) {
      const neg = needsNeg ? findNegation(ctx, it.end) : null;
      if (!needsNeg || neg) {
        const words = tokText(ctx, head.start, head.end);
        const why = [`negated count: "${words}" … "${tokText(ctx, it.start, it.end)}"${neg ? ` … "${neg}"` : ""} = 0 ${it.hint.item}`];
        return { tokStart: head.start, tokEnd: head.end, hint: it.hint, why };
      }
    }
  }
  if (n.lex.zero.after?.length) {
    const it = itemAt(ctx, i);
    if (it) {
      const after = n.zeroAfter.matchAt(toks, it.end);
      if (after) {
        const why = [`negated count: "${tokText(ctx, i, after.end)}" = 0 ${it.hint.item}`];
        return { tokStart: i, tokEnd: after.end, hint: it.hint, why };
      }
    }
  }
  return null;
}
