// The values a query can use, and how a user's word becomes one of them. Items, roles and kinds
// are the ones the engine emits; their synonyms are the language packs' own words for them (every
// language in the registry: "drone", "дрон", "ড্রোন" → uav; "shot down" → destroyed), plus the
// groupings compare uses (troop → troops). Nothing here is a list kept by hand beside the packs.
import type { Kind, Lang, Stance } from "../types.js";
import { LANGS, PACKS } from "../lang/index.js";
import { itemClass, itemLabel, roleClass, roleLabel } from "../compare/vocabulary.js";
import { DEFAULT_ROLE, FIXED_ROLE } from "../engine/quantities.js";
import { fold } from "./fold.js";
import { closest } from "./distance.js";

export const STANCES: Stance[] = ["assert", "deny", "question", "forecast"];
export const KINDS: Kind[] = ["air_attack", "interception", "strike", "casualties", "deployment", "arms_transfer", "aid", "meeting", "statement", "other"];

export type VocabField = "item" | "role" | "kind" | "stance";

export interface VocabEntry {
  value: string;
  label: string;
  /** The words that mean it, per language (the packs' lexicon phrases). */
  synonyms: Partial<Record<Lang, string[]>>;
}

export interface Vocabulary {
  items: VocabEntry[];
  roles: VocabEntry[];
  kinds: VocabEntry[];
  stances: VocabEntry[];
  languages: Array<{ code: Lang; name: string }>;
}

interface FieldIndex {
  values: Set<string>;
  /** folded word or phrase -> value */
  words: Map<string, string>;
  entries: VocabEntry[];
}

let built: Record<VocabField, FieldIndex> | null = null;

const key = (s: string) => fold(s).replace(/ /g, "_");

function index(values: string[], label: (v: string) => string, phrases: (lang: Lang) => Record<string, string>): FieldIndex {
  const set = new Set(values);
  const words = new Map<string, string>();
  const synonyms = new Map<string, Partial<Record<Lang, string[]>>>(values.map((v) => [v, {}]));
  for (const lang of LANGS) {
    for (const [phrase, v] of Object.entries(phrases(lang))) {
      if (!set.has(v)) continue;
      const f = fold(phrase);
      if (!words.has(f)) words.set(f, v);
      const syn = synonyms.get(v)!;
      (syn[lang] ??= []).push(phrase);
    }
  }
  // A value's own name, and its label ("UAVs", "destroyed or intercepted"), read as itself.
  for (const v of values) {
    words.set(fold(v.replace(/_/g, " ")), v);
    words.set(fold(label(v)), v);
  }
  return { values: set, words, entries: values.map((v) => ({ value: v, label: label(v), synonyms: synonyms.get(v)! })) };
}

function fields(): Record<VocabField, FieldIndex> {
  if (built) return built;
  const items = new Set<string>(), roles = new Set<string>(Object.values(FIXED_ROLE).concat(Object.values(DEFAULT_ROLE)));
  for (const lang of LANGS) {
    for (const v of Object.values(PACKS[lang].items)) items.add(v);
    for (const v of Object.values(PACKS[lang].roles)) roles.add(v);
  }
  const verbStances = (lang: Lang) => Object.fromEntries(
    Object.entries(PACKS[lang].attribution.verbs).filter(([, v]) => v.stance && !v.ignore).map(([p, v]) => [p, v.stance!]));
  built = {
    item: index([...items].sort(), itemLabel, (l) => PACKS[l].items),
    role: index([...roles].sort(), roleLabel, (l) => PACKS[l].roles),
    kind: index(KINDS, (k) => k.replace(/_/g, " "), (l) => PACKS[l].kindCues),
    stance: index(STANCES, (s) => s, verbStances),
  };
  return built;
}

export function vocabulary(): Vocabulary {
  const f = fields();
  return {
    items: f.item.entries, roles: f.role.entries, kinds: f.kind.entries, stances: f.stance.entries,
    languages: LANGS.map((code) => ({ code, name: PACKS[code].name })),
  };
}

export interface Resolved {
  /** The value to query with (the input itself when nothing better is known). */
  value: string;
  /** True when the value is one the engine emits (directly or through a synonym). */
  known: boolean;
  /** For an unknown value: the closest valid values. */
  suggestions: string[];
}

/**
 * A user's word for an item, role, kind or stance → the value the store holds: the value itself
 * in any case ("UAV", "cruise missile"), a synonym from any language pack ("drone", "ракета",
 * "shot down"), a plural or a compare grouping ("troop"); else unknown, with suggestions.
 */
export function resolveValue(field: VocabField, input: string): Resolved {
  const f = fields()[field];
  const raw = input.trim();
  const k = key(raw);
  if (f.values.has(k)) return { value: k, known: true, suggestions: [] };
  const grouped = field === "item" ? itemClass(raw) : field === "role" ? roleClass(raw) : k;
  if (f.values.has(grouped)) return { value: grouped, known: true, suggestions: [] };
  const folded = fold(raw);
  const hit = f.words.get(folded) ?? f.words.get(folded.replace(/(es|s)$/, "")) ?? f.words.get(`${folded}s`);
  if (hit) return { value: hit, known: true, suggestions: [] };
  const candidates = [...f.words].map(([w, v]) => ({ key: v, forms: [w, w.replace(/ /g, "_")] }));
  return { value: raw, known: false, suggestions: closest(folded, candidates) };
}

/** The valid values of a field, for messages. */
export function valuesOf(field: VocabField): string[] {
  return [...fields()[field].values];
}

/**
 * Every stored value a query for `value` should match: the values of its class (compare's
 * groupings: destroyed = intercepted = shot down; troop = troops), so a query finds what the
 * engine wrote under either name.
 */
export function classMembers(field: "item" | "role", value: string): string[] {
  const cls = field === "item" ? itemClass : roleClass;
  const c = cls(value);
  const out = valuesOf(field).filter((v) => cls(v) === c);
  return out.includes(value) ? out : [value, ...out];
}

/** The item key measures are grouped under (compare's class) for any word for an item. */
export function measureItem(input: string): string {
  return itemClass(resolveValue("item", input).value);
}
