// A phrase trie over token norms: a lexicon phrase is tokenised like article text and each token is
// one Map step, so matching a phrase at a position costs one lookup per token of the match.
// Built once per lexicon (compile.ts); a reversed trie matches phrases that end before a position.
import type { Token } from "../../types.js";
import { phraseTokens } from "../tokenize.js";
import { RootBits } from "../phrases.js";

interface Node<V> {
  next: Map<string, Node<V>>;
  /** Present (maybe undefined) in every node: one hidden class for all, so the walks' reads stay monomorphic. */
  value: V | undefined;
}

export interface TrieMatch<V> {
  value: V;
  /** Token index range [start, end) of the match. */
  start: number;
  end: number;
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map(), value: undefined };
  private readonly reversed: boolean;
  /**
   * The words the root's children are keyed by (the first word of each phrase, the last for a
   * reversed trie): most tokens begin no phrase, and one bit test says so where a look-up in the
   * root's Map by the token's word string missed the processor's caches (~2% of an extraction).
   */
  private readonly roots = new RootBits();
  constructor(reversed = false) {
    this.reversed = reversed;
  }

  /** Adds a phrase; the first value given for a phrase wins. */
  add(phrase: string, value: V): void {
    const toks = phraseTokens(phrase);
    if (toks.length === 0) return;
    if (this.reversed) toks.reverse();
    this.roots.mark(toks[0]!);
    let n = this.root;
    for (const t of toks) {
      let c = n.next.get(t);
      if (!c) { c = { next: new Map(), value: undefined }; n.next.set(t, c); }
      n = c;
    }
    if (n.value === undefined) n.value = value;
  }

  /** Single-token lookup (no phrase walk). */
  get(norm: string): V | undefined {
    return this.root.next.get(norm)?.value;
  }

  /** Longest phrase starting at token i (forward trie), not crossing token `limit`. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): TrieMatch<V> | null {
    let n: Node<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    // Clamped: a look-ahead may start or reach past the last token.
    if (limit > tokens.length) limit = tokens.length;
    const first = Math.max(0, i);
    if (first >= limit || !this.roots.has(tokens[first]!)) return null;
    for (let j = first; j < limit && n; j++) {
      n = n.next.get(tokens[j].norm);
      if (n?.value !== undefined) best = { value: n.value, start: i, end: j + 1 };
    }
    return best;
  }

  /** Longest phrase ending just before token i (reversed trie), not starting before token `floor`. */
  matchBefore(tokens: Token[], i: number, floor = 0): TrieMatch<V> | null {
    let n: Node<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    const last = Math.min(i, tokens.length) - 1;
    if (last < Math.max(0, floor) || !this.roots.has(tokens[last]!)) return null;
    for (let j = last; j >= Math.max(0, floor) && n; j--) {
      n = n.next.get(tokens[j].norm);
      if (n?.value !== undefined) best = { value: n.value, start: j, end: i };
    }
    return best;
  }
}
