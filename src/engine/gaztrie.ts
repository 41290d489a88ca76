// The gazetteer's trie per pack: every alias and adjective of every entity (in the pack's language
// and English), with the case forms of names written in the pack's own script. Building it means
// tokenising and inflecting a few thousand aliases (~40 ms of a cold `extract` in English, more in
// Bengali or Russian, whose case forms are many), so the build (scripts/copy-assets.mjs) builds it
// once per shipped pack and ships it as data next to this module (gaz-tries/<code>.bin): a start-up
// reads it as it lies (typed arrays over the file, its words in one string with a hash table, see
// ./wordtable.ts), and a word of the trie gets its id and edges only when a text asks for it. The
// file was JSON whose words were all interned at start-up: 140 ms of a cold Bengali `extract`
// (reading, parsing and interning 52,631 case forms). Without the file (the source tree, tests
// under tsx) or when it does not fit the pack or the gazetteer at hand (a pack registered at run
// time), the trie is built here as before.
import { readFileSync } from "node:fs";
import type { LangPack } from "../lang/types.js";
import { PhraseTrie, perPack, type ShippedTrie } from "./phrases.js";
import { loadGazetteer, type Entity } from "../gazetteer/load.js";
import { tokenize } from "./tokenize.js";
import { decodeTrieFile, encodeTrieFile } from "./triefile.js";

export interface GazHit {
  entity: Entity;
  as: "name" | "adjective";
  /** Set for aliases that name the entity only with the capitals written ("US", not "us"). */
  exact?: string[];
}

/** A built trie with its values in the order they were made (the shipped file numbers them so). */
interface Built {
  trie: PhraseTrie<GazHit>;
  hits: GazHit[];
  /** Entities made for composites with names of their own (not in the gazetteer's list). */
  synthetic: Entity[];
}

/** The shipped form of a pack's trie. */
export interface SavedGazTrie {
  /** What the trie was built from: the pack's inflection and scripts, and the gazetteer's size. */
  key: string;
  entities: number;
  trie: ShippedTrie;
  /** Synthetic entities: [id, type, name, country or null]. */
  synthetic: Array<[string, Entity["type"], string, string | null]>;
  /** Per value: the entity (its index in the gazetteer's list, or -1 - a synthetic's index), 1 for an adjective, and the exact words if any. */
  hits: Array<[number, 0 | 1] | [number, 0 | 1, string[]]>;
}

/** What a shipped trie must have been built from to stand for the pack's. */
function keyOf(pack: LangPack): string {
  return JSON.stringify([pack.code, pack.inflection ?? null, pack.scripts]);
}

export function buildGazTrie(pack: LangPack): Built {
  const gaz = loadGazetteer();
  const trie = new PhraseTrie<GazHit>(pack.inflection);
  const hits: GazHit[] = [], synthetic: Entity[] = [];
  // Case forms are generated for names written in the pack's own script; a Latin "TASS" in a
  // Bengali or Russian article stands uninflected.
  const ownScript = new RegExp(`[${pack.scripts.map((x) => `\\p{Script=${x}}`).join("")}]`, "u");
  const add = (alias: string, hit: GazHit, e: Entity) => {
    const exact = e.caseSensitive?.includes(alias) ? tokenize(alias.normalize("NFC")).map((t) => t.text) : undefined;
    const v = exact ? { ...hit, exact } : hit;
    hits.push(v);
    trie.add(alias, v, { inflect: ownScript.test(alias) ? "all" : "none" });
  };
  for (const e of gaz.entities) {
    // Institutions are named in English templates ("{demonym} Air Force"): only their aliases count.
    const aliases = new Set<string>([...(e.aliases[pack.code] ?? []), ...(e.aliases.en ?? []), ...(e.type === "institution" ? [] : [e.name])]);
    for (const a of aliases) add(a, { entity: e, as: "name" }, e);
    for (const a of e.adjectives?.[pack.code] ?? []) add(a, { entity: e, as: "adjective" }, e);
    if (pack.code !== "en") for (const a of e.adjectives?.en ?? []) add(a, { entity: e, as: "adjective" }, e);
    // Composites with names of their own ("ВСУ" = Armed Forces of Ukraine) become entities here.
    if (e.type === "institution") for (const [key, o] of Object.entries(e.overrides ?? {})) {
      const names = [...(o.aliases?.[pack.code] ?? []), ...(pack.code === "en" ? [] : o.aliases?.en ?? [])];
      if (!names.length) continue;
      const id = o.id ?? e.idTemplate!.replaceAll("{code}", key).replaceAll("{place}", key).replaceAll("{org}", key);
      const existing = gaz.byId.get(id);
      const synth: Entity = existing ?? { id, type: e.kind === "office" ? "office" : "org", name: o.name ?? id, aliases: {}, country: (e.scope ?? "country") === "country" ? `country:${key}` : undefined };
      if (!existing) synthetic.push(synth);
      for (const n of names) {
        const v: GazHit = { entity: synth, as: "name" };
        hits.push(v);
        trie.add(n, v);
      }
    }
  }
  return { trie, hits, synthetic };
}

/** A pack's trie as data for the build to ship. */
export function saveGazTrie(pack: LangPack): SavedGazTrie {
  const { trie, hits, synthetic } = buildGazTrie(pack);
  const index = new Map(hits.map((h, k) => [h, k]));
  const entityIndex = new Map<Entity, number>(loadGazetteer().entities.map((e, k) => [e, k]));
  synthetic.forEach((e, k) => entityIndex.set(e, -1 - k));
  return {
    key: keyOf(pack),
    entities: loadGazetteer().entities.length,
    trie: trie.saveShipped((h) => index.get(h)!),
    synthetic: synthetic.map((e) => [e.id, e.type, e.name, e.country ?? null]),
    hits: hits.map((h) => {
      const ref = entityIndex.get(h.entity)!;
      return h.exact ? [ref, h.as === "adjective" ? 1 : 0, h.exact] : [ref, h.as === "adjective" ? 1 : 0];
    }),
  };
}

/** A saved trie as the bytes of its file (see ./triefile.ts). */
export function encodeGazTrie(saved: SavedGazTrie): Buffer {
  const { trie, ...header } = saved;
  return encodeTrieFile(header, trie);
}

/** encodeGazTrie's bytes read back (null when they are not such a file). */
export function decodeGazTrie(file: Uint8Array): SavedGazTrie | null {
  const r = decodeTrieFile<Omit<SavedGazTrie, "trie">>(file);
  return r && { ...r.header, trie: r.trie };
}

/** The shipped trie of the pack, or null when there is none or it was built from other data. */
function loadShipped(pack: LangPack): PhraseTrie<GazHit> | null {
  let saved: SavedGazTrie | null;
  try {
    saved = decodeGazTrie(readFileSync(new URL(`./gaz-tries/${pack.code}.bin`, import.meta.url)));
  } catch {
    return null;
  }
  return saved && loadGazTrie(saved, pack);
}

/** The trie of saveGazTrie's data, or null when it was built from another pack or gazetteer. */
export function loadGazTrie(saved: SavedGazTrie, pack: LangPack): PhraseTrie<GazHit> | null {
  const gaz = loadGazetteer();
  if (saved.key !== keyOf(pack) || saved.entities !== gaz.entities.length) return null;
  // The same objects the build makes: a synthetic entity shared by its names, one hit per alias.
  const synthetic = saved.synthetic.map(([id, type, name, country]): Entity => ({ id, type, name, aliases: {}, country: country ?? undefined }));
  const hits: GazHit[] = [];
  for (const [ref, adj, exact] of saved.hits) {
    const entity = ref < 0 ? synthetic[-1 - ref] : gaz.entities[ref];
    if (!entity) return null;
    // Made as buildGazTrie makes them (a spread copy plus `exact`): the same hidden classes, so the
    // stages' property reads see the shapes they see with a built trie.
    const hit: GazHit = { entity, as: adj ? "adjective" : "name" };
    hits.push(exact ? { ...hit, exact } : hit);
  }
  return PhraseTrie.loadShipped(saved.trie, pack.inflection, hits);
}

export const gazTrie = perPack((pack: LangPack): PhraseTrie<GazHit> => loadShipped(pack) ?? buildGazTrie(pack).trie);
