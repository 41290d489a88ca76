// The CLDR round trip: for every registered language, CLDR's own spell-out rules (the `cldr-rbnf`
// package, read by test/support/rbnf.ts) write a few thousand numbers in words, and the number
// stage (`findNumbers`, what `claimtrace numbers --lang xx` runs) must read each back to its value.
// The words come from CLDR's linguists, not from our packs, so this catches gaps a pack's own
// examples cannot. A language without rules the interpreter reads fails; a failure that is a form
// news never uses is excluded below with a named reason and counted, never silently skipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize } from "../src/engine/tokenize.js";
import { findNumbers } from "../src/engine/numbers/index.js";
import { LANGS, packFor } from "../src/lang/index.js";
import { Speller, hasRbnf, publicRuleSets } from "./support/rbnf.js";

/** The rule sets read back: plain numbering and the nominative cardinals (by gender). */
const RULE_SET = /^%spellout-(numbering|cardinal(-(masculine|feminine|neuter))?)(-verbose)?$/;

/** Languages CLDR has no spell-out rules for: named, and checked to still lack them. */
const NO_CLDR_RULES: Record<string, string> = {
  bn: "cldr-rbnf ships no Bengali spell-out rules (no rbnf/bn.json)",
};

interface Exclusion {
  reason: string;
  applies: (n: number, words: string, ruleSet: string) => boolean;
}

/** Forms news never writes, per language, each with its reason. */
const EXCLUDED: Record<string, Exclusion[]> = {
  en: [
    {
      // "four hundred and fifty-eight thousand, one hundred and thirty": a sentence comma is a
      // boundary to the number stage ("3 killed, 12 wounded"); news writes such numbers in digits.
      reason: "verbose words with a comma between groups",
      applies: (_n, words, ruleSet) => ruleSet.endsWith("-verbose") && words.includes(","),
    },
  ],
  vi: [
    {
      // "không" alone is "not/no" and "năm" alone is "year"; a bare word is no quantity. (With a
      // noun, "năm người" is five people: not read yet, a gap left to the vi pack.)
      reason: "a bare word that is also 'not' (không) or 'year' (năm)",
      applies: (n, words) => (n === 0 && words === "không") || (n === 5 && words === "năm"),
    },
  ],
};

/** Every number 0–100, round hundreds and thousands, and a fixed-seed sample across magnitudes up to 10^9. */
function numbersToSpell(seed: number): number[] {
  const fixed: number[] = [];
  for (let n = 0; n <= 100; n++) fixed.push(n);
  for (let n = 100; n < 1000; n += 100) fixed.push(n);
  for (let n = 1000; n < 10000; n += 1000) fixed.push(n);
  for (const scale of [1e4, 1e5, 1e6, 1e7, 1e8, 1e9]) for (let d = 1; d <= 9; d++) if (d * scale <= 1e9) fixed.push(d * scale);
  const magnitude = fc.integer({ min: 1, max: 9 }).chain((e) => fc.integer({ min: 10 ** (e - 1), max: 10 ** e - 1 }));
  const sampled = fc.sample(fc.oneof(magnitude, fc.constant(1e9)), { seed, numRuns: 4000 });
  return [...new Set([...fixed, ...sampled])];
}

/** What CLDR writes that is not text a reader sees: soft hyphens are hyphenation hints. */
const clean = (words: string) => words.replace(/\u00ad/g, "");

interface Outcome {
  checked: number;
  passed: number;
  excluded: Map<string, number>;
  failures: string[];
}

function roundTrip(lang: string): Outcome {
  const speller = new Speller(lang);
  const sets = publicRuleSets(lang).filter((s) => RULE_SET.test(s));
  assert.ok(sets.length > 0, `${lang}: cldr-rbnf has no spellout-numbering/cardinal rule set`);
  const pack = packFor(lang);
  const out: Outcome = { checked: 0, passed: 0, excluded: new Map(), failures: [] };
  const seen = new Set<string>();
  for (const ruleSet of sets) {
    for (const n of numbersToSpell(20261202)) {
      const words = clean(speller.spell(n, ruleSet));
      if (seen.has(words)) continue; // rule sets often agree; read each text once
      seen.add(words);
      out.checked++;
      const found = findNumbers(words, tokenize(words), pack, null).numbers;
      if (found.length === 1 && found[0].value === n) {
        out.passed++;
        continue;
      }
      const why = (EXCLUDED[lang] ?? []).find((e) => e.applies(n, words, ruleSet));
      if (why) {
        out.excluded.set(why.reason, (out.excluded.get(why.reason) ?? 0) + 1);
        continue;
      }
      out.failures.push(`${n} ${ruleSet} "${words}" → ${JSON.stringify(found.map((m) => `${m.text}=${m.value}`))}`);
    }
  }
  return out;
}

for (const lang of LANGS) {
  test(`CLDR round trip: ${lang}`, (t) => {
    if (lang in NO_CLDR_RULES) {
      assert.equal(hasRbnf(lang), false, `${lang}: cldr-rbnf now has rules; remove it from NO_CLDR_RULES and make it pass`);
      t.diagnostic(`${lang}: not checked: ${NO_CLDR_RULES[lang]}`);
      return;
    }
    assert.ok(hasRbnf(lang), `${lang}: cldr-rbnf has no spell-out rules and the language is not listed in NO_CLDR_RULES`);
    const r = roundTrip(lang);
    const excluded = [...r.excluded].map(([why, k]) => `${k} excluded: ${why}`).join("; ");
    t.diagnostic(`${lang}: ${r.passed}/${r.checked} read back${excluded ? `; ${excluded}` : ""}`);
    assert.ok(r.checked >= 1000, `${lang}: only ${r.checked} numbers spelled`);
    assert.deepEqual(r.failures.slice(0, 25), [], `${lang}: ${r.failures.length} of ${r.checked} not read back`);
  });
}
