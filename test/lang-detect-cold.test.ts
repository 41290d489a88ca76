// What language detection does to start faster answers exactly what the plain way answers, on every
// text the tests and the samples carry (whole, line by line, and cut short): its franc guess
// (src/ingest/trigrams.ts: franc's scoring, with a language's trigram model built on first use) is
// franc's own, with no language list, with each script's candidates as detection passes them
// (registered languages and their neighbours), and with pairs; a neighbour's whole words, looked up
// among the text's runs of letters (src/ingest/lang.ts), are found where a pattern with look-behind
// and look-ahead for letters finds them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { franc } from "franc";
import { francGuess } from "../src/ingest/trigrams.js";
import { neighbourNeeds } from "../src/ingest/lang.js";
import { allMetas } from "../src/lang/registry.js";

const root = fileURLToPath(new URL("../", import.meta.url));

function files(dir: string, re: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, re) : re.test(f) ? [p] : [];
  });
}

const texts = [...files(join(root, "test/fixtures"), /\.txt$/), ...files(join(root, "samples"), /\.txt$/), ...files(join(root, "src/lang"), /\.ya?ml$/)]
  .map((p) => readFileSync(p, "utf8"));
const samples = [...new Set(texts.flatMap((t) => [t, t.slice(0, 300), t.slice(0, 60), t.slice(0, 12), ...t.split("\n").map((l) => l.trim()).filter(Boolean)]))];
samples.push("", "   ", "1234 5678", "!!!", "日本語のテキストです", "中文文本", "Ελληνικά κείμενα εδώ", "עברית כאן טקסט");

const metas = allMetas();
const scripts = [...new Set(metas.flatMap((m) => m.scripts))];
const candidates = scripts.map((s) => [...new Set(metas.filter((m) => m.scripts.includes(s)).flatMap((m) => [m.iso3, ...m.neighbours]))]);
const onlies: Array<string[] | undefined> = [undefined, ...candidates, metas.map((m) => m.iso3), ["eng", "fra"], ["rus", "ukr"], ["hin", "mar"], ["ben"], ["cmn"], ["xxx"]];

test("the lazy franc guess is franc's answer on every test text, sample and corpus line", () => {
  assert.ok(samples.length > 500, `${samples.length} texts`);
  const differ: string[] = [];
  for (const only of onlies) for (const minLength of [1, 10]) for (const s of samples) {
    const want = franc(s, only ? { only, minLength } : { minLength });
    const got = francGuess(s, only ? { only, minLength } : { minLength });
    if (got !== want) differ.push(`${JSON.stringify(s.slice(0, 60))} only=${only?.join(",") ?? "-"} minLength=${minLength}: ${got}, franc ${want}`);
  }
  assert.deepEqual(differ.slice(0, 20), []);
});

test("a neighbour's letters and whole words are found where the plain pattern finds them", () => {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Case and word edges: a word in capitals, glued to a letter or a combining mark, between digits or punctuation.
  const edged = metas.flatMap((m) => Object.values(m.neighbourWords ?? {}).flat()).flatMap((w) => [w.toUpperCase(), `x${w}`, `${w}\u0301`, `1${w}1`, `(${w})`, `${w}-${w}y`]);
  let checked = 0, found = 0;
  for (const m of metas) for (const [code, need] of neighbourNeeds(m)) {
    const alts: string[] = [];
    const chars = m.neighbourLetters?.[code];
    if (chars) alts.push(`[${chars}]`);
    const words = m.neighbourWords?.[code];
    if (words?.length) alts.push(`(?<![\\p{L}\\p{M}])(?:${words.map((w) => escape(w.normalize("NFC"))).join("|")})(?![\\p{L}\\p{M}])`);
    const plain = new RegExp(alts.join("|"), "iu");
    for (const s of [...samples, ...edged]) {
      const want = plain.test(s);
      assert.equal(need.test(s), want, `${m.code} -> ${code}: ${JSON.stringify(s.slice(0, 60))}`);
      checked++;
      if (want) found++;
    }
  }
  assert.ok(found > 100 && checked - found > 100, `${found} of ${checked} found`);
});
