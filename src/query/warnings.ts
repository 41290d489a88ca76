// Never a silent empty result: what a query's values did not match, with the closest valid values.
// Vocabulary values (item, role, kind) are checked up front; names (claimant, via, place) and the
// combination only when the result is empty, by counting each filter alone.
import type { ClaimFilter, Store } from "../store/types.js";
import { resolveValue, type VocabField } from "./vocabulary.js";
import { suggestNames, type NameField } from "./names.js";

const quote = (s: string) => JSON.stringify(s);
const didYouMean = (xs: string[]) => (xs.length ? `; closest: ${xs.join(", ")}` : "");

/** Warnings for item, role, kind and stance values the engine never emits. */
export function vocabularyWarnings(f: ClaimFilter): string[] {
  const out: string[] = [];
  for (const field of ["item", "role", "kind", "stance"] as VocabField[]) {
    const v = f[field];
    if (v === undefined) continue;
    const r = resolveValue(field, v);
    if (!r.known) out.push(`${field} ${quote(v)} is not a known ${field}${didYouMean(r.suggestions)} (all values: claimtrace vocabulary)`);
  }
  return out;
}

const FILTER_FIELDS = ["claimant", "via", "item", "role", "kind", "stance", "lang", "place", "from", "to", "q"] as const;

/**
 * Why a query found nothing: each name that matches no stored claim (with the closest names), or,
 * when every filter matches something alone, how many claims each one matches.
 */
export async function emptyResultWarnings(store: Store, f: ClaimFilter, already: string[] = []): Promise<string[]> {
  const given = FILTER_FIELDS.filter((k) => f[k] !== undefined);
  const scope: ClaimFilter = f.articleId !== undefined ? { articleId: f.articleId } : {};
  const count = async (g: ClaimFilter) => (await store.listClaims({ ...scope, ...g }, { limit: 0, offset: 0 })).total;
  const out: string[] = [];
  const alone: string[] = [];
  let storeNames: Record<NameField, string[]> | null = null;
  for (const k of given) {
    const n = await count({ [k]: f[k] });
    if (n > 0) { alone.push(`${k} ${quote(String(f[k]))}: ${n}`); continue; }
    if (k === "claimant" || k === "via" || k === "place") {
      // Names the store holds that the gazetteer may not know (surface names), for suggestions.
      storeNames ??= await namesInStore(store);
      out.push(`${k} ${quote(f[k]!)} matches no stored claim${didYouMean(suggestNames(k, f[k]!, storeNames[k]))}`);
    } else if (!already.some((w) => w.startsWith(`${k} `))) {
      out.push(`${k} ${quote(String(f[k]))} matches no stored claim`);
    }
  }
  if (!out.length && given.length > 1) out.push(`no claim matches all the filters together (claims per filter alone: ${alone.join("; ")})`);
  if (!given.length && f.articleId !== undefined && (await count({})) === 0) out.push(`article ${f.articleId} has no claims (or does not exist)`);
  return out;
}

async function namesInStore(store: Store): Promise<Record<NameField, string[]>> {
  const facets = await store.facets({});
  return { claimant: facets.claimant.map((x) => x.value), via: facets.via.map((x) => x.value), place: [] };
}

/** All warnings for a claims query and its result size. */
export async function claimQueryWarnings(store: Store, f: ClaimFilter, total: number): Promise<string[]> {
  const vocab = vocabularyWarnings(f);
  return total > 0 ? vocab : [...vocab, ...(await emptyResultWarnings(store, f, vocab))];
}
