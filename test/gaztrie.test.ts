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
import { LANGS, packFor } from "../src/lang/index.js";
import { extractText } from "../src/index.js";
import { parse as parseYaml } from "yaml";
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

// A pack's phrase sets with case forms are built by the build and shipped (engine/phrases.ts,
// phraseSet and phraseMap). One fresh process records them while extracting each pack's corpus
// and writes their files; another reads them back (no set built) and must give the same claims as
// this process, which builds every set.
test("shipped phrase sets read in a fresh process give the same claims as built ones, in every language", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimtrace-sets-"));
  try {
    const texts = Object.fromEntries(LANGS.map((code) => [code, (parseYaml(readFileSync(`src/lang/${code}/corpus/claims.yaml`, "utf8")) as Array<{ text: string }>).map((e) => e.text).join("\n\n")]));
    const run = (mode: "record" | "read") => {
      const script = `
        import { writeFileSync, readFileSync } from "node:fs";
        import { join } from "node:path";
        import { pathToFileURL } from "node:url";
        import { phraseSetFiles, recordPhraseSets } from "./src/engine/phrases.ts";
        import { extractText } from "./src/index.ts";
        const dir = ${JSON.stringify(dir)};
        const rec = ${JSON.stringify(mode)} === "record" ? recordPhraseSets() : null;
        if (!rec) phraseSetFiles(pathToFileURL(dir + "/"));
        const texts = JSON.parse(readFileSync(0, "utf8"));
        const out = {};
        for (const [code, text] of Object.entries(texts)) out[code] = extractText(text, { lang: code, published: "2024-11-01" }).claims;
        if (rec) for (const [name, bytes] of rec.files()) writeFileSync(join(dir, name), bytes);
        console.log(JSON.stringify({ claims: out, read: phraseSetFiles().read }));`;
      const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { input: JSON.stringify(texts), encoding: "utf8", maxBuffer: 1 << 28 });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { claims: Record<string, unknown>; read: number };
    };
    const recorded = run("record");
    assert.equal(recorded.read, 0);
    const read = run("read");
    // Every pack with an inflection has sets with case forms, read from the files.
    const inflected = LANGS.filter((code) => packFor(code).inflection).length;
    assert.ok(read.read >= 5 * inflected, `${read.read} sets read for ${inflected} inflected packs`);
    for (const code of LANGS) {
      const built = JSON.parse(JSON.stringify(extractText(texts[code]!, { lang: code, published: "2024-11-01" }).claims));
      assert.ok((built as unknown[]).length > 0, code);
      assert.deepEqual(read.claims[code], built, `${code}: claims with shipped sets`);
      assert.deepEqual(recorded.claims[code], built, `${code}: claims while recording`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
