// A small interpreter of CLDR's rule-based number format (RBNF) spell-out rules, as shipped in the
// `cldr-rbnf` package: enough to spell out non-negative integers with the spellout-numbering and
// spellout-cardinal rule sets of the languages claimtrace reads. It exists so the CLDR round-trip
// test can generate number words from an independent source (CLDR's linguists, not our packs).
//
// Supported (the subset those rule sets use): integer base values with an optional "/radix",
// literal text, "→→" (remainder) and "←←" (quotient) substitutions with or without a named rule
// set ("→%%et-un→", "←%spellout-leading←"), "=%ruleset=" (same number, another rule set),
// "=#,##0=" (digits), one "[optional]" part dropped when the remainder is zero, a leading "'"
// that keeps leading spaces, and "$(cardinal,one{…}few{…}other{…})$" plural words (chosen with
// Intl.PluralRules on the quotient). Negative ("-x"), fraction ("x.x", "0.x"), "Inf" and "NaN"
// rules are skipped. Anything else throws `RbnfUnsupported`, so a rule set this interpreter
// cannot read fails loudly instead of spelling something wrong.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export class RbnfUnsupported extends Error {}

interface Rule {
  base: number;
  divisor: number;
  text: string;
}

type RuleSets = Map<string, Rule[]>;

const require = createRequire(import.meta.url);

/** The directory of cldr-rbnf's per-language JSON files. */
function rbnfDir(): string {
  return join(dirname(require.resolve("cldr-rbnf/package.json")), "rbnf");
}

/** True when cldr-rbnf ships spell-out rules for the language. */
export function hasRbnf(lang: string): boolean {
  return existsSync(join(rbnfDir(), `${lang}.json`));
}

function loadRuleSets(lang: string): RuleSets {
  const file = join(rbnfDir(), `${lang}.json`);
  if (!existsSync(file)) throw new RbnfUnsupported(`cldr-rbnf has no rules for "${lang}"`);
  const json = JSON.parse(readFileSync(file, "utf8")) as { rbnf: { rbnf: { SpelloutRules?: Record<string, Array<[string, string]>> } } };
  const spell = json.rbnf.rbnf.SpelloutRules;
  if (!spell) throw new RbnfUnsupported(`cldr-rbnf has no spell-out rules for "${lang}"`);
  const sets: RuleSets = new Map();
  for (const [name, rows] of Object.entries(spell)) {
    const rules: Rule[] = [];
    for (const [desc, body] of rows) {
      const m = /^(\d+)(?:\/(\d+))?$/.exec(desc);
      if (!m) continue; // -x, x.x, 0.x, Inf, NaN: not integers this harness spells
      const base = Number(m[1]);
      const radix = m[2] ? Number(m[2]) : 10;
      // The divisor is the highest power of the radix not above the base value.
      let divisor = 1;
      while (divisor * radix <= base) divisor *= radix;
      rules.push({ base, divisor, text: body.replace(/;$/, "") });
    }
    sets.set(name, rules);
  }
  return sets;
}

/** The spell-out rule sets of a language that a test may use (public ones: no "%%" prefix). */
export function publicRuleSets(lang: string): string[] {
  return [...loadRuleSets(lang).keys()].filter((k) => !k.startsWith("%%"));
}

/** A speller for one language: `spell(n, "%spellout-cardinal")` → the words of n. */
export class Speller {
  private readonly sets: RuleSets;
  private readonly plural: Intl.PluralRules;

  constructor(readonly lang: string) {
    this.sets = loadRuleSets(lang);
    this.plural = new Intl.PluralRules(lang);
  }

  has(ruleSet: string): boolean {
    return this.sets.has(ruleSet);
  }

  spell(n: number, ruleSet: string): string {
    if (!Number.isSafeInteger(n) || n < 0) throw new RbnfUnsupported(`only non-negative integers are spelled, got ${n}`);
    const rules = this.sets.get(ruleSet);
    if (!rules) throw new RbnfUnsupported(`${this.lang}: no rule set ${ruleSet}`);
    let i = -1;
    for (let k = 0; k < rules.length; k++) if (rules[k].base <= n) i = k;
    if (i < 0) throw new RbnfUnsupported(`${this.lang} ${ruleSet}: no rule for ${n}`);
    let rule = rules[i];
    // ICU's roll-back: a rule whose base is not a multiple of its divisor, given an exact multiple
    // of the divisor, yields to the rule before it (so the remainder "zero" is never spelled).
    if (/→/.test(rule.text) && n % rule.divisor === 0 && rule.base % rule.divisor !== 0 && i > 0) rule = rules[i - 1];
    return this.apply(rule, n, ruleSet);
  }

  private apply(rule: Rule, n: number, ruleSet: string): string {
    const quotient = Math.floor(n / rule.divisor);
    const remainder = n % rule.divisor;
    let text = rule.text;
    // [optional]: dropped when the remainder is zero (the only use in these rule sets).
    text = text.replace(/\[([^\]]*)\]/g, (_all, inner: string) => (remainder === 0 ? "" : inner));
    if (/[[\]]/.test(text)) throw new RbnfUnsupported(`${this.lang} ${ruleSet}: nested brackets in "${rule.text}"`);
    const out = text.replace(/\$\(cardinal,([^)]*)\)\$|→([^→]*)→|←([^←]*)←|=([^=]*)=/g, (all, plural?: string, right?: string, left?: string, same?: string) => {
      if (plural !== undefined) {
        const forms = new Map([...plural.matchAll(/(\w+)\{([^}]*)\}/g)].map((f) => [f[1], f[2]]));
        const cat = this.plural.select(quotient);
        const word = forms.get(cat) ?? forms.get("other");
        if (word === undefined) throw new RbnfUnsupported(`${this.lang}: plural "${all}" has no form for ${cat}`);
        return word;
      }
      if (right !== undefined) return this.sub(right, remainder, ruleSet, all);
      if (left !== undefined) return this.sub(left, quotient, ruleSet, all);
      return this.sub(same ?? "", n, ruleSet, all);
    });
    if (/[→←$]/.test(out)) throw new RbnfUnsupported(`${this.lang} ${ruleSet}: cannot read "${rule.text}"`);
    return out.replace(/^'/, "");
  }

  private sub(desc: string, value: number, ruleSet: string, all: string): string {
    if (desc === "") return this.spell(value, ruleSet);
    if (desc.startsWith("%")) return this.spell(value, desc);
    if (/^[#0,.]+$/.test(desc)) return desc.includes(",") ? value.toLocaleString("en-US") : String(value);
    throw new RbnfUnsupported(`${this.lang} ${ruleSet}: substitution "${all}"`);
  }
}
