// Forgiving name search for claimant, via and place: any part of a name (word starts), any case,
// without diacritics, in any language's alias from the gazetteer ("zelensky", "зеленский",
// "জেলেনস্কি" → person:volodymyr-zelensky). The store matches the ids found here and, for names
// the gazetteer does not know, the folded words of the stored name and the article's surface.
import { loadGazetteer, type Entity } from "../gazetteer/load.js";
import { composite } from "../gazetteer/schema.js";
import { fold, wordPrefixOf } from "./fold.js";
import { closest } from "./distance.js";

export type NameField = "claimant" | "via" | "place";

export interface NameMatch {
  /** The input as typed: matched exactly against ids and surfaces, as before. */
  exact: string;
  /** Folded input for the word-prefix match on the stored folded names ("" when it has no words). */
  folded: string;
  /** Gazetteer ids whose name or any alias (any language) contains the input as word starts. */
  ids: string[];
}

/** The gazetteer's names, folded once: canonical name, aliases and adjectives in every language. */
interface Named { e: Entity; forms: string[] }
let named: Named[] | null = null;
function names(): Named[] {
  if (named) return named;
  named = loadGazetteer().entities.map((e) => {
    const forms = new Set([fold(e.name)]);
    for (const list of [...Object.values(e.aliases), ...Object.values(e.adjectives ?? {})]) for (const a of list ?? []) forms.add(fold(a));
    forms.delete("");
    return { e, forms: [...forms] };
  });
  return named;
}

/** Which entity types a field's value can be (a claimant may be any of them). */
const TYPES: Record<NameField, Set<string> | null> = {
  claimant: null,
  via: new Set(["outlet", "org", "institution", "country"]),
  place: new Set(["country", "place"]),
};

/** Most ids a match carries into SQL (a query as broad as "ministry" still gets the folded-name match). */
const MAX_IDS = 400;

export function matchName(field: NameField, input: string): NameMatch {
  // The gazetteer never changes while running, so a match is a pure function of its input: the
  // last few hundred are kept (a name filter is asked again and again: pages, facets, timeline,
  // map), each a walk over every gazetteer name otherwise (about 1 ms of CPU per filter).
  const key = `${field}\u0000${input}`;
  const hit = matches.get(key);
  if (hit) return { ...hit, ids: [...hit.ids] };
  const m = matchNameUncached(field, input);
  if (matches.size >= MAX_MATCHES) matches.delete(matches.keys().next().value!);
  matches.set(key, m);
  return { ...m, ids: [...m.ids] };
}
const matches = new Map<string, NameMatch>();
const MAX_MATCHES = 500;

function matchNameUncached(field: NameField, input: string): NameMatch {
  const folded = fold(input);
  const ids = new Set<string>();
  if (folded) {
    const gaz = loadGazetteer();
    const insts: Entity[] = [];
    for (const { e, forms } of names()) {
      if (!forms.some((f) => wordPrefixOf(folded, f))) continue;
      if (e.type === "institution") insts.push(e);
      else if (!TYPES[field] || TYPES[field]!.has(e.type)) ids.add(e.id);
    }
    // An institution alone is never stored: claims carry its composite with a country or place
    // ("Минобороны" → org:ru-mod, org:ua-mod, …). Only for a few institutions: a broad word is
    // served by the folded-name match instead.
    if (insts.length <= 4 && field !== "place") {
      for (const inst of insts) for (const t of gaz.entities) {
        const c = composite(inst, t, gaz.byId);
        if (c) ids.add(c.id);
      }
    }
  }
  return { exact: input, folded, ids: [...ids].slice(0, MAX_IDS) };
}

/** The canonical names closest to a value that matched nothing (gazetteer names and aliases, and `extra` names from the store). */
export function suggestNames(field: NameField, input: string, extra: string[] = []): string[] {
  const folded = fold(input);
  if (!folded) return [];
  const words = (f: string) => [f, ...f.split(" ")];
  const types = TYPES[field];
  const candidates = function* () {
    for (const n of extra) yield { key: n, forms: words(fold(n)) };
    for (const { e, forms } of names()) if (!types || types.has(e.type) || e.type === "institution") yield { key: e.name, forms: forms.flatMap(words) };
  };
  return closest(folded, candidates());
}
