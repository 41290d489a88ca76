// The gazetteer's trie as the build ships it (engine/gaztrie.ts: saved to a file of typed arrays,
// loaded at start-up, its words given ids as texts ask for them) against the trie built from the
// gazetteer: every token of texts in the pack's language and of every alias gets the same longest
// match (end, case, values) from both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tokenize } from "../src/engine/tokenize.js";
import type { PhraseMatch } from "../src/engine/phrases.js";
import { buildGazTrie, decodeGazTrie, encodeGazTrie, loadGazTrie, saveGazTrie, type GazHit } from "../src/engine/gaztrie.js";
import { loadGazetteer } from "../src/gazetteer/load.js";
import { packFor } from "../src/lang/index.js";
import type { Lang } from "../src/types.js";

const show = (vs: GazHit[] | undefined) => vs?.map((v) => `${v.entity.id}/${v.entity.type}/${v.entity.country ?? ""}/${v.as}/${v.exact?.join(" ") ?? ""}`);

const TEXTS: Partial<Record<Lang, string>> = { en: "samples/02-en.txt", bn: "samples/01-bn.txt", vi: "samples/03-vi.txt" };

for (const code of ["en", "ru", "bn", "fr", "vi"] as Lang[]) {
  test(`gazetteer trie of ${code}: the shipped form matches as the built one`, () => {
    const pack = packFor(code);
    const built = buildGazTrie(pack).trie;
    const bytes = encodeGazTrie(saveGazTrie(pack));
    const saved = decodeGazTrie(bytes);
    assert.ok(saved);
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
    assert.ok(encodeGazTrie(saveGazTrie(pack)).equals(bytes));
  });
}

test("a shipped trie built from another pack is not used; a file that is no trie is refused", () => {
  const saved = saveGazTrie(packFor("en"));
  assert.equal(loadGazTrie(saved, packFor("ru")), null);
  assert.equal(loadGazTrie({ ...saved, entities: saved.entities + 1 }, packFor("en")), null);
  const bytes = encodeGazTrie(saved);
  assert.equal(decodeGazTrie(bytes.subarray(0, bytes.length - 2)), null, "cut short");
  assert.equal(decodeGazTrie(Buffer.from([1, 0, 0, 0])), null, "a header longer than the file");
  // Read from a buffer that does not start on a 4-byte boundary (a file in Node's buffer pool).
  const odd = Buffer.concat([Buffer.from([0]), bytes]).subarray(1);
  assert.ok(decodeGazTrie(odd)!.trie.edges.length > 0);
});

// In this process every word already has an id (the built tries above made them), so the loaded
// tries got all their edges at once. A fresh process loads the shipped file with no word known:
// each word gets its id and edges only when a token asks for it, as in a cold `extract`.
test("a shipped trie loaded in a fresh process, its words given ids as the text asks, matches as the built one", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimtrace-gaztrie-"));
  try {
    for (const code of ["bn", "ru", "en"] as Lang[]) {
      const pack = packFor(code);
      const file = join(dir, `${code}.bin`);
      writeFileSync(file, encodeGazTrie(saveGazTrie(pack)));
      const text = [TEXTS[code] ? readFileSync(TEXTS[code]!, "utf8") : "", ...loadGazetteer().entities.slice(0, 400).flatMap((e) => [e.name, ...(e.aliases[code] ?? [])])].join(" . ");
      const script = `
        import { readFileSync } from "node:fs";
        import { decodeGazTrie, loadGazTrie } from "./src/engine/gaztrie.ts";
        import { tokenize } from "./src/engine/tokenize.ts";
        import { packFor } from "./src/lang/index.ts";
        const trie = loadGazTrie(decodeGazTrie(readFileSync(${JSON.stringify(file)})), packFor(${JSON.stringify(code)}));
        const tokens = tokenize(readFileSync(0, "utf8").normalize("NFC"));
        const out = [];
        for (let i = 0; i < tokens.length; i++) { const m = trie.matchAt(tokens, i); out.push(m && [m.tokEnd, m.oblique, m.values.map((v) => v.entity.id + "/" + v.as)]); }
        console.log(JSON.stringify(out));`;
      const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { input: text, encoding: "utf8", maxBuffer: 1 << 28 });
      assert.equal(r.status, 0, r.stderr);
      const got = JSON.parse(r.stdout) as Array<[number, boolean, string[]] | null>;
      const built = buildGazTrie(pack).trie;
      const tokens = tokenize(text.normalize("NFC"));
      assert.equal(got.length, tokens.length);
      let matched = 0;
      for (let i = 0; i < tokens.length; i++) {
        const a = built.matchAt(tokens, i);
        assert.deepEqual(got[i], a && [a.tokEnd, a.oblique, a.values.map((v) => `${v.entity.id}/${v.as}`)], `${code}: token ${i} "${tokens[i]!.text}"`);
        if (a) matched++;
      }
      assert.ok(matched > 100, `${code}: ${matched} matches`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
