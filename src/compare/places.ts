// Places for measures: one canonical key per place, which place lies within which (a denial about
// "Russia" bears on a count "in Kursk"), and the place of each number when one claim states several
// counts of the same thing in different places ("about 10,000 in Russia ... up to 8,000 of them in
// Kursk"): the claim has one location, but its two numbers belong to two measures.

/** Lower-cased, without the administrative word the gazetteer or a translation may add. */
export function placeKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const k = name.trim().toLowerCase().replace(/\s+(region|province|oblast|krai|republic)$/u, "").replace(/\s+/g, " ");
  return k === "" ? null : k;
}

/** Places within others, by key. Only what reporting on the war needs to nest counts correctly. */
const PARENT: Record<string, string> = {
  kursk: "russia", bryansk: "russia", belgorod: "russia", moscow: "russia", stavropol: "russia",
  svetlograd: "stavropol", bashkortostan: "russia", crimea: "ukraine", "primorsky": "russia",
  odesa: "ukraine", kyiv: "ukraine", kharkiv: "ukraine", donetsk: "ukraine", zaporizhzhia: "ukraine",
  dnipro: "ukraine", sumy: "ukraine", kherson: "ukraine", mykolaiv: "ukraine", lviv: "ukraine",
  pyongyang: "north korea", seoul: "south korea",
};

/** True when `inner` is `outer` or lies within it. */
export function within(inner: string | null, outer: string | null): boolean {
  if (outer === null) return true;
  for (let p: string | undefined = inner ?? undefined, guard = 0; p && guard < 8; p = PARENT[p], guard++) {
    if (p === outer) return true;
  }
  return false;
}

/**
 * Surface forms that name a place in the four languages, for finding the place of one number
 * inside a claim's evidence. Stems match inflected forms (Курской, Курск; রাশিয়ায়).
 */
const SURFACES: Array<{ key: string; name: string; re: RegExp }> = [
  // (?<!\p{L}) instead of \b: \b only knows ASCII letters. Country names must not match their
  // adjectives: "Ukrainian drones", "украинских беспилотников", "ইউক্রেনীয়" name who flies the
  // drones, not where they are.
  { key: "kursk", name: "Kursk", re: /(?<!\p{L})(kursk|курск)|কুর্?স্ক/iu },
  { key: "russia", name: "Russia", re: /(?<!\p{L})(russia(?!n)|росси[яиюе](?!\p{L})|россией|рф(?!\p{L})|nga(?!\p{L}))|রাশিয়া(?!ন)|রাশিয়(?=ায়|ার|াকে)/iu },
  { key: "ukraine", name: "Ukraine", re: /(?<!\p{L})(ukraine|ukraina|украин[аеуы](?!\p{L})|украиной)|ইউক্রেন(?!ীয়)/iu },
];

/**
 * The place named in `segment`, or null: the first one ("deployed to Kursk province (Russia)" is
 * Kursk), or with `last` the last one.
 */
export function placeIn(segment: string, last = false): { key: string; name: string } | null {
  let best: { key: string; name: string; at: number } | null = null;
  for (const s of SURFACES) {
    const re = new RegExp(s.re.source, "giu");
    for (let m = re.exec(segment); m; m = re.exec(segment)) {
      if (best === null || (last ? m.index > best.at : m.index < best.at)) best = { key: s.key, name: s.name, at: m.index };
      if (!last) break;
    }
  }
  return best ? { key: best.key, name: best.name } : null;
}

/**
 * The place of the number at [start, end) in `text`, looking only inside its own stretch (from the
 * previous number to the next): first the words after it ("10,000 soldiers in Russia"), then,
 * for languages that name the place first ("রাশিয়ায় প্রায় ১০,০০০"), the nearest words before it.
 */
export function placeAround(text: string, prevEnd: number, start: number, end: number, nextStart: number): { key: string; name: string } | null {
  return placeAfter(text.slice(end, nextStart)) ?? placeIn(text.slice(prevEnd, start), true);
}

/** How close a place must follow another to refine it ("Russia's Kursk region" is Kursk). */
const REFINE_WITHIN = 20;

/** The first place in `segment`, or a place within it named right after it ("Russia's Kursk region"). */
function placeAfter(segment: string): { key: string; name: string } | null {
  const hits: Array<{ key: string; name: string; at: number }> = [];
  for (const s of SURFACES) {
    const re = new RegExp(s.re.source, "giu");
    for (let m = re.exec(segment); m; m = re.exec(segment)) hits.push({ key: s.key, name: s.name, at: m.index });
  }
  if (!hits.length) return null;
  hits.sort((a, b) => a.at - b.at);
  const [first, next] = hits;
  if (next && next.key !== first.key && within(next.key, first.key) && next.at - first.at <= REFINE_WITHIN) return { key: next.key, name: next.name };
  return { key: first.key, name: first.name };
}

/** True when the text names two places one of which lies within the other ("in Russia … to Kursk"). */
export function namesNestedPlaces(text: string): boolean {
  const keys = new Set<string>();
  for (const s of SURFACES) if (s.re.test(text)) keys.add(s.key);
  for (const a of keys) for (const b of keys) if (a !== b && within(a, b)) return true;
  return false;
}
