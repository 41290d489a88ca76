// Cross-lingual consistency: every registered pack tells the same four news items
// (src/lang/<code>/corpus/parallel.yaml) and must find exactly the facts of
// test/fixtures/parallel/facts.yaml in each — the same number, counting the same thing, said by the
// same party, whatever the language. The languages come from the registry, never from a list here.
// A pack whose parallel.yaml is not written yet is a TODO (counted, visible), not a pass; a story
// marked `known_gap: reason` in a pack's file is a TODO with that reason.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { parse } from "yaml";
import { extractText } from "../src/index.js";
import { LANGS } from "../src/lang/index.js";
import "../src/lang/packs.js";
import type { Claim } from "../src/types.js";

interface Fact { value?: number; item: string; claimant: string | string[]; stance?: string }
interface Story { story: string; text: string; published: string; known_gap?: string }

const facts = parse(readFileSync(new URL("fixtures/parallel/facts.yaml", import.meta.url), "utf8")) as Record<string, Fact[]>;
const root = new URL("../src/lang/", import.meta.url);

// A claimant is compared by its gazetteer id; an unknown name (surface:…) by its words, lower-cased.
const who = (c: Claim) => !c.claimant ? "article" : c.claimant.id.startsWith("surface:") ? c.claimant.name.toLowerCase() : c.claimant.id;
const first = (c: string | string[]) => (Array.isArray(c) ? c[0]! : c);
const key = (f: Fact) => `${f.value ?? "-"} ${f.item} ${first(f.claimant)}${f.stance && f.stance !== "assert" ? ` ${f.stance}` : ""}`;

/**
 * The facts of an extraction: every quantity, and every denial that has no number (by its kind).
 * A claimant that the expected facts list as an alternative name of a party counts as its first name.
 */
function factsOf(claims: Claim[], expected: Fact[]): string[] {
  const out: string[] = [];
  const add = (f: Fact) => {
    const alt = expected.find((e) => Array.isArray(e.claimant) && e.claimant.includes(first(f.claimant)) && key({ ...e, claimant: first(f.claimant) }) === key(f));
    out.push(key(alt ?? f));
  };
  for (const c of claims) {
    for (const q of c.quantities) add({ value: q.value, item: q.item, claimant: who(c), stance: c.stance });
    if (!c.quantities.length && c.stance === "deny") add({ item: c.kind, claimant: who(c), stance: c.stance });
  }
  return [...new Set(out)].sort();
}

// Per story, per language: the facts found, for the consistency figure printed at the end.
const found = new Map<string, Map<string, string[]>>();

for (const lang of LANGS) {
  const file = new URL(`${lang}/corpus/parallel.yaml`, root);
  if (!existsSync(file)) {
    test(`${lang} parallel stories`, { todo: "parallel.yaml not written yet" }, () => {
      assert.fail(`src/lang/${lang}/corpus/parallel.yaml is missing`);
    });
    continue;
  }
  const stories = parse(readFileSync(file, "utf8")) as Story[];
  for (const id of Object.keys(facts)) {
    const story = stories.find((s) => s.story === id);
    test(`${lang} parallel story ${id}`, { todo: story?.known_gap }, () => {
      assert.ok(story, `src/lang/${lang}/corpus/parallel.yaml has no story "${id}"`);
      const { claims } = extractText(story.text, { lang, published: story.published });
      const got = factsOf(claims, facts[id]);
      if (!found.has(id)) found.set(id, new Map());
      found.get(id)!.set(lang, got);
      assert.deepEqual(got, facts[id].map(key).sort(), `${lang} ${id}: facts differ`);
      // Provenance: every quantity's span is the text it claims to be.
      for (const c of claims) for (const q of c.quantities) assert.equal(story.text.slice(q.start, q.end), q.text);
    });
  }
  const unknown = stories.filter((s) => !(s.story in facts)).map((s) => s.story);
  test(`${lang} parallel.yaml tells only the known stories`, () => assert.deepEqual(unknown, [], `unknown stories: ${unknown.join(", ")}`));
}

// Cross-lingual consistency: of all facts any pack found for a story, the share every pack that
// tells the story found (Jaccard overlap across all languages), pooled over the stories.
after(() => {
  let agree = 0, union = 0;
  const langs = new Set<string>();
  for (const byLang of found.values()) {
    const sets = [...byLang.values()].map((f) => new Set(f));
    for (const l of byLang.keys()) langs.add(l);
    const all = new Set(sets.flatMap((s) => [...s]));
    union += all.size;
    agree += [...all].filter((f) => sets.every((s) => s.has(f))).length;
  }
  if (union) console.log(`# cross-lingual consistency: ${agree}/${union} facts agree across ${langs.size} languages (${[...langs].sort().join(", ")}) = ${(agree / union).toFixed(3)}`);
});
