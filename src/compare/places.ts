// Places for measures: one canonical key per place, which place lies within which (a denial about
// "Russia" bears on a count "in Kursk"), and the place of each number when one claim states several
// counts of the same thing in different places ("about 10,000 in Russia ... up to 8,000 of them in
// Kursk"): the claim has one location, but its two numbers belong to two measures. Places, their
// names in every registered language and what lies within what come from the gazetteer.
import { loadGazetteer, type Entity } from "../gazetteer/load.js";
import { allPacks, registryVersion } from "../lang/index.js";
import { PhraseTrie } from "../engine/phrases.js";
import { tokenize } from "../engine/tokenize.js";

/** Lower-cased, without the administrative word the gazetteer or a translation may add. */
export function placeKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const k = name.trim().toLowerCase().replace(/\s+(region|province|oblast|krai|republic)$/u, "").replace(/\s+/g, " ");
  return k === "" ? null : k;
}

interface PlaceHit {
  key: string;
  name: string;
  /** The alias names the place only with exactly these token texts (caseSensitive entities: vi "Nga"). */
  exact?: string[];
}

interface PlaceIndex {
  version: number;
  /** Key of a place -> key of the place it lies within (a city's region, a region's country). */
  parent: Map<string, string>;
  /** One trie per registered pack: the pack's and English names of every place and country, with the pack's case forms. */
  tries: PhraseTrie<PlaceHit>[];
}
let index: PlaceIndex | null = null;

/**
 * Places and countries of the gazetteer, as tries over every registered language (the evidence's
 * language is not known here, and a name in one script never matches another). Names only, never
 * adjectives: "Ukrainian drones", "украинских беспилотников", "ইউক্রেনীয়" name who flies the
 * drones, not where they are.
 */
function places(): PlaceIndex {
  if (index?.version === registryVersion()) return index;
  const gaz = loadGazetteer();
  const keyOf = (e: Entity) => placeKey(e.name)!;
  const parent = new Map<string, string>();
  const tries: PhraseTrie<PlaceHit>[] = [];
  const spots = gaz.entities.filter((e) => e.type === "place" || e.type === "country");
  for (const e of spots) {
    if (e.type !== "place") continue;
    const up = [e.parent, e.country].map((id) => (id ? gaz.byId.get(id) : undefined)).find((p) => p && keyOf(p) !== keyOf(e));
    if (up && !parent.has(keyOf(e))) parent.set(keyOf(e), keyOf(up));
  }
  for (const pack of allPacks()) {
    const trie = new PhraseTrie<PlaceHit>(pack.inflection);
    const ownScript = new RegExp(`[${pack.scripts.map((x) => `\\p{Script=${x}}`).join("")}]`, "u");
    for (const e of spots) {
      const names = new Set([e.name, ...(e.aliases.en ?? []), ...(e.aliases[pack.code] ?? [])]);
      for (const n of names) {
        const exact = e.caseSensitive?.includes(n) ? tokenize(n.normalize("NFC")).map((t) => t.text) : undefined;
        trie.add(n, { key: keyOf(e), name: e.name, ...(exact ? { exact } : {}) }, { inflect: ownScript.test(n) ? "all" : "none" });
      }
    }
    tries.push(trie);
  }
  index = { version: registryVersion(), parent, tries };
  return index;
}

/** True when `inner` is `outer` or lies within it. */
export function within(inner: string | null, outer: string | null): boolean {
  if (outer === null) return true;
  const { parent } = places();
  for (let p: string | undefined = inner ?? undefined, guard = 0; p && guard < 8; p = parent.get(p), guard++) {
    if (p === outer) return true;
  }
  return false;
}

/** Every place named in `segment`, left to right, by character offset. */
function placesIn(segment: string): Array<{ key: string; name: string; at: number }> {
  const tokens = tokenize(segment);
  const found = new Map<number, { key: string; name: string; at: number; len: number }>();
  for (const trie of places().tries) {
    for (const m of trie.scan(tokens, 0, tokens.length)) {
      const hit = m.values.find((v) => !v.exact || v.exact.every((t, k) => tokens[m.tokStart + k]?.text === t));
      if (!hit) continue;
      const at = tokens[m.tokStart]!.start, len = tokens[m.tokEnd - 1]!.end - at;
      const prev = found.get(at);
      if (!prev || prev.len < len) found.set(at, { key: hit.key, name: hit.name, at, len });
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ key, name, at }) => ({ key, name, at }));
}

/**
 * The place named in `segment`, or null: the first one ("deployed to Kursk province (Russia)" is
 * Kursk), or with `last` the last one.
 */
export function placeIn(segment: string, last = false, keep: (h: { key: string }) => boolean = () => true): { key: string; name: string } | null {
  const hits = placesIn(segment).filter(keep);
  const best = last ? hits.at(-1) : hits[0];
  return best ? { key: best.key, name: best.name } : null;
}

/**
 * The place of the number at [start, end) in `text`, looking only inside its own stretch (from the
 * previous number to the next): first the words after it ("10,000 soldiers in Russia"), then,
 * for languages that name the place first ("রাশিয়ায় প্রায় ১০,০০০"), the nearest words before it.
 */
export function placeAround(text: string, prevEnd: number, start: number, end: number, nextStart: number, near?: string | null): { key: string; name: string } | null {
  // Only a place on the chain of the claim's place counts, or without one, a place that nests with
  // another the evidence names: "10.000 binh sĩ Triều Tiên ở Nga … tỉnh Kursk" names North Korea as
  // whose troops they are, Russia (which holds Kursk) as where they are.
  const nests = (a: string, b: string) => within(a, b) || within(b, a);
  let keep = (_: { key: string }) => true;
  if (near) keep = (h) => nests(h.key, near);
  else {
    const keys = [...new Set(placesIn(text).map((h) => h.key))];
    const chained = new Set(keys.filter((a) => keys.some((b) => a !== b && nests(a, b))));
    if (chained.size) keep = (h) => chained.has(h.key);
  }
  return placeAfter(text.slice(end, nextStart), keep) ?? placeIn(text.slice(prevEnd, start), true, keep);
}

/** How close a place must follow another to refine it ("Russia's Kursk region" is Kursk). */
const REFINE_WITHIN = 20;

/** The first place in `segment`, or a place within it named right after it ("Russia's Kursk region"). */
function placeAfter(segment: string, keep: (h: { key: string }) => boolean): { key: string; name: string } | null {
  const hits = placesIn(segment).filter(keep);
  if (!hits.length) return null;
  const [first, next] = hits;
  if (next && next.key !== first.key && within(next.key, first.key) && next.at - first.at <= REFINE_WITHIN) return { key: next.key, name: next.name };
  return { key: first.key, name: first.name };
}

/** True when the text names two places one of which lies within the other ("in Russia … to Kursk"). */
export function namesNestedPlaces(text: string): boolean {
  const keys = new Set(placesIn(text).map((h) => h.key));
  for (const a of keys) for (const b of keys) if (a !== b && within(a, b)) return true;
  return false;
}
