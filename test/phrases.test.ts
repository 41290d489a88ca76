// The phrase tries (engine/phrases.ts and engine/numbers/trie.ts) against a plain reference: the
// longest listed phrase at a position, found by comparing token words. The tries key their
// transitions by word ids in a hash table of their own, which grows as phrases are added, and
// tokens cache their word ids: random phrase lists and texts check that none of it changes an answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize } from "../src/engine/tokenize.js";
import { PhraseTrie, phraseSet } from "../src/engine/phrases.js";
import { PhraseTrie as NumTrie } from "../src/engine/numbers/trie.js";

const VOCAB = ["a", "b", "c", "d", "e", "f", "g", "h", "of", "the"];
const phrase = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));

/** The longest phrase of `list` whose words are the tokens from i (before `limit`), as [end, phrase]. */
function longestAt(words: string[], i: number, limit: number, list: string[]): [number, string] | null {
  let best: [number, string] | null = null;
  for (const p of list) {
    const pw = p.split(" ");
    if (i + pw.length > limit || pw.some((w, k) => words[i + k] !== w)) continue;
    if (!best || i + pw.length > best[0]) best = [i + pw.length, p];
  }
  return best;
}

test("phrase tries answer as the longest listed phrase at each token, forward and backward", () => {
  fc.assert(fc.property(fc.array(phrase, { minLength: 1, maxLength: 60 }), fc.array(fc.constantFrom(...VOCAB, "x"), { maxLength: 30 }), (list, text) => {
    const toks = tokenize(text.join(" "));
    const words = toks.map((t) => t.norm);
    const set = phraseSet(list);
    const num = new NumTrie<string>();
    const rev = new NumTrie<string>(true);
    for (const p of list) { num.add(p, p); rev.add(p, p); }
    for (let i = 0; i <= toks.length; i++) {
      for (const limit of [toks.length, i + 2]) {
        const want = longestAt(words, i, Math.min(limit, toks.length), list);
        const m = set.matchAt(toks, i, limit);
        assert.deepEqual(m && [m.tokEnd, m.values], want && [want[0], list.filter((p) => p === want[1])]);
        const n = num.matchAt(toks, i, limit);
        // The numbers trie keeps the first value given for a phrase: the phrase itself here.
        assert.deepEqual(n && [n.end, n.value], want);
      }
      // Backward: the longest phrase ending before token i.
      let back: [number, string] | null = null;
      for (let s = i - 1; s >= 0; s--) { const w = longestAt(words, s, i, list); if (w && w[0] === i) back = [s, w[1]]; }
      const b = rev.matchBefore(toks, i);
      assert.deepEqual(b && [b.start, b.value], back);
    }
    for (const w of VOCAB) assert.equal(num.get(w), list.includes(w) ? w : undefined);
  }), { numRuns: 300 });
});

test("a trie built after a text was read still matches it (the tokens' cached word ids are read again)", () => {
  const toks = tokenize("zqxaword zqxbword zqxcword");
  assert.equal(phraseSet(["zqxaword"]).matchAt(toks, 0)?.tokEnd, 1);
  const later = phraseSet(["zqxaword zqxbword zqxcword"]);
  assert.equal(later.matchAt(toks, 0)?.tokEnd, 3);
});

test("case forms: a phrase is oblique when a word matched one, or (head-final) when its last word did", () => {
  const inf = { suffixes: ["s"], nominativeSuffixes: [], minStem: 1 };
  const any = new PhraseTrie<number>(inf);
  any.add("ministry defence", 1);
  const at = (trie: PhraseTrie<number>, text: string) => { const m = trie.matchAt(tokenize(text), 0); return m && [m.tokEnd, m.oblique]; };
  assert.deepEqual(at(any, "ministry defence"), [2, false]);
  assert.deepEqual(at(any, "ministrys defence"), [2, true]);
  assert.deepEqual(at(any, "ministry defences"), [2, true]);
  const last = new PhraseTrie<number>({ ...inf, caseOn: "last" as const });
  last.add("ministry defence", 1);
  assert.deepEqual(at(last, "ministrys defence"), [2, false]);
  assert.deepEqual(at(last, "ministry defences"), [2, true]);
});
