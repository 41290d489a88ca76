// Measures kept up to date as the store changes, instead of built from every claim at once.
// A measure is a function of its members (the figures filed under its id) and of the denials that
// can bear on it; which measure a figure is filed under depends on its claim and article alone
// (figuresOf). So the store files each claim when it is written, and a changed measure is rebuilt
// from its members, read by index, with the very code of the full build (buildMeasures with `only`):
// the same claims in the same order give the same measure.
import type { Claim, Lang } from "../types.js";
import { buildMeasures, denialReach, figuresOf, measureOrder, type Figure } from "./measures.js";
import type { Measure, SourcedClaim } from "./types.js";

/**
 * The version of the filing (figuresOf, denialReach and what they call): a store filed by another
 * version is filed again in the background. Bump it with any change to how figures are keyed.
 */
export const FILING_VERSION = 1;

/** Where one claim is filed: its figures' measures, and the (role, item, day) a denial bears on. */
export interface Filing {
  /** The claim's figures, each with the measure it is filed under (kept, so a rebuild need not work them out again). */
  members: Array<{ qi: number; measureId: string; figure: Figure }>;
  denials: Array<{ role: string; item: string; day: string | null }>;
}

/** The filing of a claim as stored (the article fields the keys depend on: language, publication). */
export function fileClaim(claim: Claim, article: { lang: Lang; published: string | null }): Filing {
  const sc: SourcedClaim = { id: "", claim, article: { id: "", lang: article.lang, title: null, url: null, outlet: null, published: article.published } };
  const members = figuresOf(sc).map((f) => ({ qi: f.qi, measureId: f.id, figure: f }));
  const reach = denialReach(sc);
  const denials = reach ? reach.roles.flatMap((role) => [...reach.denied].map((item) => ({ role, item, day: reach.date }))) : [];
  return { members, denials };
}

/** The key of the measure `id` as one of its members files it (null when none does any more); `filed`: figures kept at filing, by claim id. */
export function keyOf(id: string, members: SourcedClaim[], filed?: Map<string, Figure[]>): Measure["key"] | null {
  for (const sc of members) {
    const f = (filed?.get(sc.id) ?? figuresOf(sc)).find((x) => x.id === id);
    if (f) return f.key;
  }
  return null;
}

/** One measure from its members and candidate denials, in the store's listing order; `filed`: the members' figures kept at filing, by claim id. */
export function buildOne(id: string, claims: SourcedClaim[], filed?: Map<string, Figure[]>): Measure | null {
  return buildMeasures(claims, { only: id, filed }).find((m) => m.id === id) ?? null;
}

/**
 * What the series chart and history of a measure's detail read from the other measures of its
 * series: their dated assertions with the reports' publication facts, no evidence, denials or
 * verdicts (a series may have hundreds of days; their full bodies would make a detail slow).
 */
export function seriesPart(m: Measure): Measure {
  return {
    ...m, denials: [], other: [], verdicts: [],
    statements: m.statements.filter((s) => s.stance === "assert" && s.value !== null && s.qualifier !== null).map((s) => ({
      ...s, reports: s.reports.map((r) => ({ ...r, title: null, evidence: "", text: "", copies: undefined })),
    })),
  };
}

/** The summary row a list needs: key, counts, label and the names a word filter looks at. */
export interface MeasureHead {
  id: string;
  seriesId: string;
  label: string;
  shape: Measure["shape"];
  key: Measure["key"];
  counts: Measure["counts"];
  /** Claimants of statements and denials (the list shows them). */
  claimants: string[];
  /** Claimants of statements only (the `q` filter looks at these). */
  speakers: string[];
}

export function headOf(m: Measure): MeasureHead {
  return {
    id: m.id, seriesId: m.seriesId, label: m.label, shape: m.shape, key: m.key, counts: m.counts,
    claimants: [...new Set([...m.statements, ...m.denials].map((s) => s.claimant))],
    speakers: [...new Set(m.statements.map((s) => s.claimant))],
  };
}

export { measureOrder };
