// A word list as one string and typed arrays, with an open-addressing hash table over it. A
// shipped trie (see ./gaztrie.ts) carries its words so: Bengali's gazetteer has 52,631 case forms,
// and making a string and a Map entry for each of them took most of a cold start's 140 ms for that
// trie. Read from a file, the table is usable as it lies, and a word is found by a token's text
// (one hash over its code units, then a comparison in place) without any per-word start-up work.

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashWord(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** The parts a WordTable is made of (what a shipped file holds). */
export interface WordTableData {
  /** Every word, one after another. */
  blob: string;
  /** Where word k starts in blob; offsets[size] is blob's length. */
  offsets: Int32Array;
  /** Open addressing by hashWord: word index + 1, 0 for an empty slot; its length a power of two. */
  slots: Int32Array;
}

export class WordTable {
  readonly size: number;
  private readonly mask: number;

  constructor(private readonly data: WordTableData) {
    this.size = data.offsets.length - 1;
    this.mask = data.slots.length - 1;
  }

  /** The table of a list of distinct words (at build time). */
  static build(words: readonly string[]): WordTableData {
    const offsets = new Int32Array(words.length + 1);
    for (let k = 0; k < words.length; k++) offsets[k + 1] = offsets[k]! + words[k]!.length;
    let n = 16;
    while (n < 2 * words.length) n *= 2;
    const slots = new Int32Array(n);
    for (let k = 0; k < words.length; k++) {
      let s = hashWord(words[k]!) & (n - 1);
      while (slots[s] !== 0) s = (s + 1) & (n - 1);
      slots[s] = k + 1;
    }
    return { blob: words.join(""), offsets, slots };
  }

  /** The index of `word`, or -1. */
  indexOf(word: string): number {
    return this.indexOfHashed(word, hashWord(word));
  }

  /** The index of `word`, whose hashWord is `hash`, or -1. */
  indexOfHashed(word: string, hash: number): number {
    const { blob, offsets, slots } = this.data;
    const n = word.length;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const k = slots[s]! - 1;
      if (k < 0) return -1;
      const at = offsets[k]!;
      if (offsets[k + 1]! - at !== n) continue;
      let j = 0;
      while (j < n && blob.charCodeAt(at + j) === word.charCodeAt(j)) j++;
      if (j === n) return k;
    }
  }

  /** hashWord of word k, read in place. */
  hashOf(k: number): number {
    return hashWord(this.data.blob, this.data.offsets[k]!, this.data.offsets[k + 1]!);
  }

  /** Whether word k is `word`. */
  wordIs(k: number, word: string): boolean {
    const { blob, offsets } = this.data;
    const at = offsets[k]!, n = word.length;
    if (offsets[k + 1]! - at !== n) return false;
    let j = 0;
    while (j < n && blob.charCodeAt(at + j) === word.charCodeAt(j)) j++;
    return j === n;
  }

  /** Word k. */
  word(k: number): string {
    return this.data.blob.slice(this.data.offsets[k]!, this.data.offsets[k + 1]!);
  }

  /** Calls fn(blob, start, end) for each word, without making its string (for the filter bits of every word). */
  eachSpan(fn: (blob: string, start: number, end: number) => void): void {
    const { blob, offsets } = this.data;
    for (let k = 0; k < this.size; k++) fn(blob, offsets[k]!, offsets[k + 1]!);
  }
}
