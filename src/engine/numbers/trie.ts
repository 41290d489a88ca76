// A phrase trie over token norms: a lexicon phrase is tokenised like article text and each token is
// one step (a probe of the trie's edge table by word id), so matching a phrase at a position costs
// one probe per token of the match.
// Built once per lexicon (compile.ts); a reversed trie matches phrases that end before a position.
import type { Token } from "../../types.js";
import { phraseTokens } from "../tokenize.js";
import { Edges, RootFilter, internWord, tokenWordId, wordIdOf } from "../phrases.js";

export interface TrieMatch<V> {
  value: V;
  /** Token index range [start, end) of the match. */
  start: number;
  end: number;
}

export class PhraseTrie<V> {
  /** The transitions by word id, in one typed-array table (see phrases.ts, Edges): no Map per node. */
  private readonly edges = new Edges();
  /** The values by node id (undefined: no phrase ends there). */
  private readonly values: Array<V | undefined> = [undefined];
  private readonly reversed: boolean;
  /**
   * The words the root's children are keyed by (the first word of each phrase, the last for a
   * reversed trie): most tokens begin no phrase, and one bit test on the token's word id says so
   * (a yes may be another trie's word: the first step then finds no edge).
   */
  private readonly roots = new RootFilter();
  constructor(reversed = false) {
    this.reversed = reversed;
  }

  /** Adds a phrase; the first value given for a phrase wins. */
  add(phrase: string, value: V): void {
    const toks = phraseTokens(phrase);
    if (toks.length === 0) return;
    if (this.reversed) toks.reverse();
    this.roots.mark(toks[0]!);
    const edges = this.edges;
    let n = 0;
    for (const t of toks) {
      const w = internWord(t);
      let c = edges.child(n, w);
      if (c < 0) {
        edges.set(n, w, (c = edges.newNode()));
        this.values.push(undefined);
      }
      n = c;
    }
    if (this.values[n] === undefined) this.values[n] = value;
  }

  /** Single-token lookup (no phrase walk). */
  get(norm: string): V | undefined {
    const w = wordIdOf(norm);
    if (w === 0) return undefined;
    const c = this.edges.child(0, w);
    return c < 0 ? undefined : this.values[c];
  }

  /** Longest phrase starting at token i (forward trie), not crossing token `limit`. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): TrieMatch<V> | null {
    // Clamped: a look-ahead may start or reach past the last token.
    if (limit > tokens.length) limit = tokens.length;
    const first = Math.max(0, i);
    if (first >= limit || !this.roots.mayOpen(tokenWordId(tokens[first]!))) return null;
    return this.walk(tokens, i, first, limit);
  }

  /**
   * matchAt's walk from a token that may open a phrase. Apart from it, matchAt stays small enough
   * for the compiler to inline into the stage's callers, where nearly every call ends at the bit test.
   */
  private walk(tokens: Token[], i: number, first: number, limit: number): TrieMatch<V> | null {
    const edges = this.edges, values = this.values;
    // One result object at the end, for the longest phrase (not one per phrase passed on the way).
    let best = -1, bestEnd = 0;
    let n = 0;
    for (let j = first; j < limit; j++) {
      const w = tokenWordId(tokens[j]!);
      if (w === 0) break;
      n = edges.child(n, w);
      if (n < 0) break;
      if (values[n] !== undefined) { best = n; bestEnd = j + 1; }
    }
    return best < 0 ? null : { value: values[best]!, start: i, end: bestEnd };
  }

  /** Longest phrase ending just before token i (reversed trie), not starting before token `floor`. */
  matchBefore(tokens: Token[], i: number, floor = 0): TrieMatch<V> | null {
    const last = Math.min(i, tokens.length) - 1;
    if (last < Math.max(0, floor) || !this.roots.mayOpen(tokenWordId(tokens[last]!))) return null;
    return this.walkBack(tokens, i, last, floor);
  }

  /** matchBefore's walk, apart for the same reason as matchAt's. */
  private walkBack(tokens: Token[], i: number, last: number, floor: number): TrieMatch<V> | null {
    const edges = this.edges, values = this.values;
    let best = -1, bestStart = 0;
    let n = 0;
    for (let j = last; j >= Math.max(0, floor); j--) {
      const w = tokenWordId(tokens[j]!);
      if (w === 0) break;
      n = edges.child(n, w);
      if (n < 0) break;
      if (values[n] !== undefined) { best = n; bestStart = j; }
    }
    return best < 0 ? null : { value: values[best]!, start: bestStart, end: i };
  }
}
