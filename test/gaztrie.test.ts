// The gazetteer's trie as the build ships it (engine/gaztrie.ts: saved to JSON, loaded at start-up)
// against the trie built from the gazetteer: every token of texts in the pack's language and of
// every alias gets the same longest match (end, case, values) from both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tokenize } from "../src/engine/tokenize.js";
import type { PhraseMatch } from "../src/engine/phrases.js";
import { buildGazTrie, loadGazTrie, saveGazTrie, type GazHit } from "../src/engine/gaztrie.js";
import { loadGazetteer } from "../src/gazetteer/load.js";
import { packFor } from "../src/lang/index.js";
import type { Lang } from "../src/types.js";

const show = (vs: GazHit[] | undefined) => vs?.map((v) => `${v.entity.id}/${v.entity.type}/${v.entity.country ?? ""}/${v.as}/${v.exact?.join(" ") ?? ""}`);

const TEXTS: Partial<Record<Lang, string>> = { en: "samples/02-en.txt", bn: "samples/01-bn.txt", vi: "samples/03-vi.txt" };

for (const code of ["en", "ru", "bn", "fr", "vi"] as Lang[]) {
  test(`gazetteer trie of ${code}: the shipped form matches as the built one`, () => {
    const pack = packFor(code);
    const built = buildGazTrie(pack).trie;
    const saved = JSON.parse(JSON.stringify(saveGazTrie(pack)));
    const loaded = loadGazTrie(saved, pack);
    assert.ok(loaded);
    assert.equal(loaded.size, built.size);
    const aliases = loadGazetteer().entities.flatMap((e) => [e.name, ...Object.values(e.aliases).flat(), ...Object.values(e.adjectives ?? {}).flat()]);
    // Case forms too: each alias followed by a few endings of the pack.
    const endings = (pack.inflection?.suffixes ?? []).slice(0, 4);
    const text = [TEXTS[code] ? readFileSync(TEXTS[code]!, "utf8") : "", ...aliases, ...aliases.flatMap((a) => endings.map((x) => a + x))].join(" . ");
    const tokens = tokenize(text.normalize("NFC"));
    let matched = 0;
    for (let i = 0; i < tokens.length; i++) {
      const a = built.matchAt(tokens, i), b: PhraseMatch<GazHit> | null = loaded.matchAt(tokens, i);
      assert.deepEqual(b && [b.tokEnd, b.oblique, show(b.values)], a && [a.tokEnd, a.oblique, show(a.values)], `token ${i} "${tokens[i]!.text}"`);
      if (a) matched++;
    }
    assert.ok(matched > aliases.length / 2);
    // Saving is deterministic (the build ships the same file for the same data).
    assert.deepEqual(JSON.parse(JSON.stringify(saveGazTrie(pack))), saved);
  });
}

test("a shipped trie built from another pack is not used", () => {
  const saved = saveGazTrie(packFor("en"));
  assert.equal(loadGazTrie(saved, packFor("ru")), null);
  assert.equal(loadGazTrie({ ...saved, entities: saved.entities + 1 }, packFor("en")), null);
});
