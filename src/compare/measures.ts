// Groups claims from many articles and languages into measures (one count of one thing in one
// place, and for events on one day), folds repeated reports into statements, attaches denials, and
// lines every pair of statements up with a verdict. Pure: claims in, measures out.
import type { Claim, Lang, Quantity } from "../types.js";
import { intervalOf } from "./intervals.js";
import { namesNestedPlaces, placeAround, placeKey, within } from "./places.js";
import type { Measure, MeasureKey, MeasureShape, Report, SourcedClaim, Statement, Verdict, VerdictKind } from "./types.js";
import { compareStatements, judge } from "./verdicts.js";
import { DENIAL_COVERS, DENIAL_ROLES, UNIT_ITEMS, itemClass, measureLabel, roleClass, shapeOf } from "./vocabulary.js";
import { figureContext, itemsNamed } from "./cues.js";

export interface MeasureOptions {
  /** Stock figures (troops present) more than this many days apart are a change over time, not a disagreement. */
  windowDays?: number;
  /** A denial bears on figures stated this many days before or after it (a denial in March says little about a count in June). */
  denialWindowDays?: number;
  /** Bound on pairs compared within one measure, so a huge store cannot make one request quadratic. */
  maxPairs?: number;
  /** Verdicts kept per kind and measure (all are counted); contradictions are kept first. */
  maxVerdictsKept?: number;
  /** Build only the measure with this id (the others' figures are skipped): rebuilding one measure from its members. */
  only?: string;
  /**
   * Figures of claims as figuresOf gave them when the claims were filed (by claim id; those of
   * `only` at least): a rebuild skips working them out again (the place and cue scans are most of its cost).
   */
  filed?: Map<string, Figure[]>;
}

const DAY_MS = 86_400_000;

function slug(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
}

export function measureId(key: MeasureKey, shape?: MeasureShape): string {
  return [slug(key.item), slug(key.role) + (shape === "total" ? "-total" : ""), key.place ? slug(key.place) : "any",
    ...(key.side ? [`of-${slug(key.side)}`] : []), key.day ?? "all"].join(".");
}

/** The next day of an ISO date. */
function nextDay(iso: string): string {
  return new Date(Date.parse(iso) + DAY_MS).toISOString().slice(0, 10);
}

/** Who is speaking: the claimant, or for the article's own voice, the outlet. */
function speaker(sc: SourcedClaim): { id: string; name: string } {
  const c = sc.claim.claimant;
  if (!c || c.name === "article") {
    const outlet = sc.article.outlet ?? "unknown outlet";
    return { id: `article:${outlet.toLowerCase()}`, name: `article (${outlet})` };
  }
  // Unknown names keep their surface id; two articles naming the same unknown body agree by name.
  const id = c.id && !c.id.startsWith("surface:") ? c.id : `name:${c.name.toLowerCase()}`;
  return { id, name: c.name };
}

/**
 * Where a number is: the quantity's own location when the engine gives one; else, when the claim
 * counts the same thing twice ("about 10,000 in Russia, up to 8,000 of them in Kursk": one claim,
 * two places) or names a place and a place within it ("more than 10,000 in Russia, some of them
 * moved to Kursk"), the place named in the number's own stretch of the evidence; else the claim's
 * location. Only then: elsewhere the places around a number are as often the actor ("launched by
 * Russia", "from the Kursk region") as the place, and the engine's location is better.
 */
function placeOf(sc: SourcedClaim, q: Quantity): { key: string | null; name: string | null } {
  const own = (q as Quantity & { location?: { name: string } | null }).location;
  if (own?.name) return { key: placeKey(own.name), name: own.name };
  const claim = sc.claim;
  const ev = claim.evidence;
  const k = (x: Quantity) => `${itemClass(x.item)}|${roleClass(x.role)}`;
  const twins = claim.quantities.filter((x) => k(x) === k(q));
  if ((twins.length > 1 || namesNestedPlaces(ev.text)) && q.end > q.start && q.start >= ev.start && q.end <= ev.end) {
    const next = claim.quantities.filter((x) => x.start > q.start).reduce((m, x) => Math.min(m, x.start), ev.end);
    const prev = claim.quantities.filter((x) => x.end <= q.start).reduce((m, x) => Math.max(m, x.end), ev.start);
    const rel = (n: number) => Math.min(ev.text.length, Math.max(0, n - ev.start));
    const found = placeAround(ev.text, rel(prev), rel(q.start), rel(q.end), rel(next), placeKey(claim.location?.name));
    if (found) return { key: found.key, name: found.name };
  }
  return claim.location ? { key: placeKey(claim.location.name), name: claim.location.name } : { key: null, name: null };
}

/**
 * "from two to five dead": a claim stating a figure and "up to" a larger one of the same count
 * states a range, whose low end is a floor ("at least two"), not an exact count. Extraction may
 * read the low end as exact; compare reads it as the floor it is.
 */
function readRanges(sc: SourcedClaim): SourcedClaim {
  const qs = sc.claim.quantities;
  if (qs.length < 2) return sc;
  const k = (x: Quantity) => `${itemClass(x.item)}|${roleClass(x.role)}`;
  let changed = false;
  const out = qs.map((q) => {
    if (q.qualifier !== "exact") return q;
    const top = qs.find((x) => x !== q && k(x) === k(q) && (x.qualifier === "up_to" || x.qualifier === "at_most") && x.value > q.value && x.start > q.end);
    if (!top) return q;
    changed = true;
    return { ...q, qualifier: "at_least" as const };
  });
  return changed ? { ...sc, claim: { ...sc.claim, quantities: out } } : sc;
}

interface Draft {
  measure: Measure;
  placeName: string | null;
  byStatement: Map<string, Statement>;
}

function report(sc: SourcedClaim, quantityIndex: number): Report {
  const q = quantityIndex >= 0 ? sc.claim.quantities[quantityIndex] : null;
  return {
    claimId: sc.id,
    quantityIndex,
    articleId: sc.article.id,
    lang: sc.article.lang,
    outlet: sc.article.outlet,
    url: sc.article.url,
    title: sc.article.title,
    published: sc.article.published,
    ...(sc.article.copies?.length ? { copies: sc.article.copies } : {}),
    via: sc.claim.via?.name ?? null,
    evidence: sc.claim.evidence.text,
    text: q ? q.text : sc.claim.evidence.text,
  };
}

function effectiveDate(sc: SourcedClaim): { date: string | null; inferred: boolean } {
  if (sc.claim.date) return { date: sc.claim.date, inferred: false };
  return { date: publishedDay(sc), inferred: sc.article.published !== null };
}

/** The publication date without its time of day. */
function publishedDay(sc: SourcedClaim): string | null {
  return sc.article.published?.slice(0, 10) ?? null;
}

function addTo(list: Statement[], index: Map<string, Statement>, sc: SourcedClaim, qi: number, who: { id: string; name: string },
  marks: { night?: boolean; rising?: boolean } = {}): void {
  const q = qi >= 0 ? sc.claim.quantities[qi] : null;
  const { date, inferred } = effectiveDate(sc);
  const sk = [who.id, sc.claim.stance, q?.value ?? "", q?.qualifier ?? "", date ?? ""].join("|");
  let st = index.get(sk);
  if (!st) {
    st = {
      id: `s${index.size + 1}`,
      claimant: who.name,
      claimantId: who.id,
      stance: sc.claim.stance,
      value: q ? q.value : null,
      qualifier: q ? q.qualifier : null,
      date,
      dateInferred: inferred,
      interval: q ? intervalOf(q.value, q.qualifier) : null,
      reports: [],
    };
    index.set(sk, st);
    list.push(st);
  }
  // One report of a night (or of a rise) marks the statement: the others said less, not otherwise.
  if (marks.night) st.night = true;
  if (marks.rising) st.rising = true;
  // The same claim read twice (e.g. two identical quantities) is one report.
  if (!st.reports.some((r) => r.claimId === sc.id && r.quantityIndex === qi)) st.reports.push(report(sc, qi));
}

/** True when both statements come (in part) from one claim. `ids` caches each statement's claim ids for the pairs of one measure. */
function sharesClaim(a: Statement, b: Statement, ids: Map<Statement, Set<string>>): boolean {
  if (a.reports.length === 1 && b.reports.length === 1) return a.reports[0].claimId === b.reports[0].claimId;
  let set = ids.get(a);
  if (!set) ids.set(a, (set = new Set(a.reports.map((r) => r.claimId))));
  return b.reports.some((r) => set.has(r.claimId));
}

function byDateThenName(a: Statement, b: Statement): number {
  return (a.date ?? "").localeCompare(b.date ?? "") || a.claimant.localeCompare(b.claimant) || (a.value ?? 0) - (b.value ?? 0);
}

export function buildMeasures(claims: SourcedClaim[], opts: MeasureOptions = {}): Measure[] {
  const steps = measureSteps(claims, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same, giving the event loop a turn every few milliseconds: on a large store the build takes
 * seconds, and a server must keep answering other requests meanwhile.
 */
export async function buildMeasuresAsync(claims: SourcedClaim[], opts: MeasureOptions = {}): Promise<Measure[]> {
  const steps = measureSteps(claims, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((res) => setImmediate(res));
  }
}

/** The build as a generator that yields when it has run for SLICE_MS: one body for both callers above. */
const SLICE_MS = 15;
function* measureSteps(claims: SourcedClaim[], opts: MeasureOptions): Generator<void, Measure[]> {
  let sliceStart = performance.now();
  const due = () => {
    if (performance.now() - sliceStart < SLICE_MS) return false;
    sliceStart = performance.now();
    return true;
  };
  const windowDays = opts.windowDays ?? 1;
  const maxPairs = opts.maxPairs ?? 500;
  const denialWindowDays = opts.denialWindowDays ?? 30;
  const maxKept = opts.maxVerdictsKept ?? 200;
  const drafts = new Map<string, Draft>();
  const denials: SourcedClaim[] = [];

  for (const sc of claims) {
    if (due()) yield;
    const c: Claim = sc.claim;
    if (c.stance === "deny" && c.quantities.length === 0) {
      denials.push(sc);
      continue;
    }
    const who = speaker(sc);
    const read = readRanges(sc);
    for (const f of opts.filed?.get(sc.id) ?? figuresOf(sc, read)) {
      if (opts.only !== undefined && f.id !== opts.only) continue;
      const { id, key, shape } = f;
      let d = drafts.get(id);
      if (!d) {
        d = {
          placeName: f.placeName,
          byStatement: new Map(),
          measure: {
            id, seriesId: measureId({ ...key, day: null }, shape).replace(/\.all$/, ""), key, shape,
            label: measureLabel(key.item, key.role, f.placeName, key.day, key.side, shape),
            statements: [], denials: [], other: [], verdicts: [], truncated: false,
            counts: { agree: 0, consistent: 0, contradict: 0, sources: 0, articles: 0, languages: [] },
          },
        };
        drafts.set(id, d);
      }
      const list = c.stance === "assert" || c.stance === "deny" ? d.measure.statements : d.measure.other;
      addTo(list, d.byStatement, read, f.qi, who, { night: f.night, rising: f.rising });
    }
  }

  // A denial without a number bears on every measure of what it denies, in the place it names or
  // anywhere within it; for events, on the same day only.
  // Measures by role (and day, for events): a denial looks only at the measures it can bear on.
  const byRole = new Map<string, Draft[]>();
  for (const d of drafts.values()) {
    const k = d.measure.shape === "event" && d.measure.key.day ? `${d.measure.key.role}|${d.measure.key.day}` : d.measure.key.role;
    let list = byRole.get(k);
    if (!list) byRole.set(k, (list = []));
    list.push(d);
  }
  for (const sc of denials) {
    if (due()) yield;
    const reach = denialReach(sc);
    if (!reach) continue;
    const { date, where, roles, denied } = reach;
    const who = speaker(sc);
    for (const role of roles) {
      const candidates = shapeOf(role) === "stock" || date === null
        ? [...(byRole.get(role) ?? []), ...(date === null ? [...byRole.entries()].filter(([k]) => k.startsWith(`${role}|`)).flatMap(([, v]) => v) : [])]
        : [...(byRole.get(`${role}|${date}`) ?? []), ...(byRole.get(role) ?? [])];
      for (const d of candidates) {
        if (!denied.has(d.measure.key.item) || d.measure.shape === "total") continue;
        if (!within(d.measure.key.place, where)) continue;
        addTo(d.measure.denials, d.byStatement, sc, -1, who);
      }
    }
  }

  const out: Measure[] = [];
  for (const d of drafts.values()) {
    if (due()) yield;
    const m = d.measure;
    m.statements.sort(byDateThenName);
    const lined = lineUp(m, windowDays, denialWindowDays, maxPairs, maxKept);
    m.verdicts = lined.verdicts;
    m.truncated = lined.truncated;
    Object.assign(m.counts, lined.counts);
    const all = [...m.statements, ...m.denials, ...m.other];
    m.counts.sources = new Set(all.map((s) => s.claimantId)).size;
    m.counts.articles = new Set(all.flatMap((s) => s.reports.map((r) => r.articleId))).size;
    m.counts.languages = [...new Set(all.flatMap((s) => s.reports.map((r) => r.lang)))].sort() as Lang[];
    out.push(m);
  }
  return out.sort(measureOrder);
}

/** The order measures are listed in: most contradicted first, then most sources, most articles, label. */
export function measureOrder(a: Pick<Measure, "counts" | "label">, b: Pick<Measure, "counts" | "label">): number {
  return b.counts.contradict - a.counts.contradict || b.counts.sources - a.counts.sources ||
    b.counts.articles - a.counts.articles || a.label.localeCompare(b.label);
}

/** One figure of a claim as filed: the measure it belongs to. */
export interface Figure {
  qi: number;
  id: string;
  key: MeasureKey;
  shape: MeasureShape;
  placeName: string | null;
  night: boolean;
  rising: boolean;
}

/**
 * The measures a claim's figures are filed under: a function of the claim and its article alone
 * (no other claim), so the store can file each claim when it is written and a measure's members
 * are then one indexed look-up (see src/compare/maintained.ts). `read` is readRanges(sc).
 */
export function figuresOf(sc: SourcedClaim, read: SourcedClaim = readRanges(sc)): Figure[] {
  const out: Figure[] = [];
  if (sc.claim.stance === "deny" && sc.claim.quantities.length === 0) return out;
  read.claim.quantities.forEach((q, qi) => {
    const item = itemClass(q.item), role = roleClass(q.role);
    const cx = figureContext(read, q);
    // A city's population or "one of the largest attacks" is no count of anything that happened.
    if (cx.background || cx.rank) return;
    const place = placeOf(read, q);
    const shape: MeasureShape = cx.total ? "total" : shapeOf(role);
    let day = shape === "event" ? effectiveDate(sc).date : null;
    // A night spans two dates; it is filed under the morning it ends, the date reports of it carry:
    // "7 November, late at night" (a date before publication) and "overnight" on 8 November meet on the 8th.
    if (day && cx.night && (publishedDay(sc) === null || day < publishedDay(sc)!)) day = nextDay(day);
    const key: MeasureKey = { item, role, place: place.key, side: cx.side, day };
    out.push({ qi, id: measureId(key, shape), key, shape, placeName: place.name, night: cx.night && shape === "event", rising: cx.rising });
  });
  return out;
}

/**
 * What a denial without a number can bear on: the roles of its kind, the items it names, its place
 * and date (null when it bears on nothing). The build applies it to the measures it finds; the store
 * keeps the (role, item, date) pairs so that a measure finds its denials by index.
 */
export function denialReach(sc: SourcedClaim): { roles: string[]; denied: Set<string>; where: string | null; date: string | null } | null {
  if (!(sc.claim.stance === "deny" && sc.claim.quantities.length === 0)) return null;
  const roles = DENIAL_ROLES[sc.claim.kind];
  if (!roles) return null;
  // A denial bears only on what it names: "denied sending troops" is about troops, not drones or
  // shells. A denial that names no item of the lexicon bears on nothing (shown with its claim only).
  const denied = new Set([...itemsNamed(sc.claim.evidence.text, sc.article.lang, itemClass)].flatMap((i) => DENIAL_COVERS[i] ?? [i]));
  if (denied.size === 0) return null;
  return { roles, denied, where: placeKey(sc.claim.location?.name), date: effectiveDate(sc).date };
}

/** Every comparable pair: statements in the same window, and each denial against each figure. */
function lineUp(m: Measure, windowDays: number, denialWindowDays: number, maxPairs: number, maxKept: number) {
  const kept: Record<VerdictKind, Verdict[]> = { contradict: [], consistent: [], agree: [] };
  const counts: Record<VerdictKind, number> = { contradict: 0, consistent: 0, agree: 0 };
  // Judge every pair, but write out (allocate) only the verdicts that are kept.
  const take = (a: Statement, b: Statement) => {
    const kind = judge(a, b);
    if (!kind) return;
    counts[kind]++;
    if (kept[kind].length < maxKept) kept[kind].push(compareStatements(a, b)!);
  };
  const dayOf = new Map<Statement, number>();
  for (const x of [...m.statements, ...m.denials]) if (x.date) dayOf.set(x, Date.parse(x.date) / DAY_MS);
  const idCache = new Map<Statement, Set<string>>();
  const unplacedEvent = m.shape === "event" && m.key.place === null;
  const undatedEvent = m.shape === "event" && m.key.day === null;
  const apart = (a: Statement, b: Statement) => Math.abs(dayOf.get(a)! - dayOf.get(b)!);
  let pairs = 0;
  const st = m.statements; // sorted by date: the inner loop stops at the end of the window
  for (let i = 0; i < st.length && pairs < maxPairs; i++) {
    for (let j = i + 1; j < st.length && pairs < maxPairs; j++) {
      const a = st[i], b = st[j];
      // A running total is compared only on the same date: it grows from one day to the next.
      const window = m.shape === "total" ? 0 : windowDays;
      if (m.shape !== "event" && a.date && b.date && apart(a, b) > window) {
        if (b.date > a.date) break;
        continue;
      }
      if (sharesClaim(a, b, idCache)) continue; // one source stating two figures at once is not a disagreement
      pairs++;
      // With no place, two sources' counts of an event may be two events (Ukraine's air force
      // downing 31 drones over Ukraine, Russia's ministry 83 over Russia): only one source's own
      // figures, or identical figures, are judged. With no date, even one source's counts may be
      // two nights: only identical figures are. A figure that "rose to" a level is a point of a
      // series: an earlier, lower figure is its past, not a disagreement.
      const same = a.value === b.value && a.qualifier === b.qualifier;
      if ((undatedEvent || !a.date || !b.date) && !same) continue;
      if ((a.rising || b.rising) && !same) continue;
      // The article's own voice is no one source: an article relaying several sources' counts
      // ("FlashSiberia writes of four dead", "officials said two") speaks for each of them.
      // Likewise a collective ("sources", "officials", "witnesses": the gazetteer's groups) or a
      // name the gazetteer does not know may be several speakers.
      const oneSource = a.claimantId === b.claimantId && !/^(article|name|group):/.test(a.claimantId);
      if (unplacedEvent && !oneSource && !same) continue;
      if (UNIT_ITEMS.has(m.key.item) && !same) continue;
      take(a, b);
    }
  }
  for (const d of m.denials) {
    for (const s of st) {
      if (pairs >= maxPairs) break;
      if (s.stance !== "assert") continue;
      if (d.date && s.date && apart(d, s) > denialWindowDays) continue;
      pairs++;
      take(d, s);
    }
  }
  // Contradictions first: they are what a reader comes for.
  return { verdicts: [...kept.contradict, ...kept.consistent, ...kept.agree], counts, truncated: pairs >= maxPairs };
}
