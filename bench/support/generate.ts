// The synthetic store of the API benches (api.bench.ts, measures.bench.ts): articles of ten
// claims each with claimants, outlets, places and figures drawn from fixed lists by a seeded
// generator, so every run of either bench measures the same store. reseed() starts the sequence
// again (a fill always generates from the first article).
import { contentHash } from "../../src/store/hash.js";
import type { Claim, Lang, Qualifier } from "../../src/types.js";

export const PER_ARTICLE = 10;

let seed = 42;
export const reseed = () => { seed = 42; };
export const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

export const LANGS: Lang[] = ["en", "ru", "bn", "vi"];
export const CLAIMANTS = ["Ukrainian Air Force", "Russian Ministry of Defence", "Antony Blinken", "Kim Yong-hyun", "Pentagon", "Kremlin",
  "National Intelligence Service", "North Korea", "Volodymyr Zelensky", "Governor of Kursk", "Ukrainian General Staff", "Lloyd Austin",
  "Sergei Shoigu", "Dmitry Peskov", "UN OHCHR", "Kyiv City Military Administration", "Belgorod Governor", "NATO", "Sabrina Singh", "Yonhap"];
const VIAS = [null, null, "Reuters", "TASS", "Yonhap", "AFP", "Ukrinform", "RIA Novosti"];
export const PLACES = ["Ukraine", "Russia", "Kursk", "Kyiv", "Kharkiv", "Odesa", "Belgorod", "Bryansk", "Donetsk", null];
export const FIGS: Array<[string, string, string]> = [["uav", "launched", "air_attack"], ["uav", "destroyed", "interception"], ["missile", "launched", "air_attack"],
  ["troops", "deployed", "deployment"], ["missile", "transferred", "arms_transfer"], ["people_killed", "killed", "casualties"], ["people_injured", "injured", "casualties"]];
const QUALS: Qualifier[] = ["exact", "exact", "exact", "approx", "up_to", "more_than", "at_least"];
export const WORDS = ["drones", "overnight", "air", "defence", "region", "attack", "troops", "missiles", "officials", "said", "according", "reported", "border", "forces"];

export function day(i: number): string {
  return new Date(Date.UTC(2024, 8, 1) + (i % 120) * 86_400_000).toISOString().slice(0, 10);
}

export function article(n: number) {
  const lang = pick(LANGS), published = day(n);
  const sentences: string[] = [];
  const claims: Claim[] = [];
  let text = `Report ${n}: ${pick(WORDS)} ${pick(WORDS)}\n\n`;
  for (let k = 0; k < PER_ARTICLE; k++) {
    const [item, role, kind] = pick(FIGS);
    const who = pick(CLAIMANTS), via = pick(VIAS), place = pick(PLACES);
    const value = item === "troops" ? 1000 * (1 + Math.floor(rnd() * 12)) : 1 + Math.floor(rnd() * 120);
    const deny = rnd() < 0.03;
    const num = value.toLocaleString("en-US");
    const s = `${who} said ${deny ? "it denied that" : ""} ${num} ${item.replace(/_/g, " ")} were ${role} ${place ? `in ${place}` : ""} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`;
    const start = text.length;
    const qStart = start + s.indexOf(num);
    text += s + " ";
    sentences.push(s);
    claims.push({
      claimant: { name: who, id: `org:${who.toLowerCase().replace(/\W+/g, "-")}`, surface: who },
      via: via ? { name: via, id: `outlet:${via.toLowerCase().replace(/\W+/g, "-")}`, surface: via } : null,
      stance: deny ? "deny" : "assert", kind: kind as Claim["kind"],
      quantities: deny ? [] : [{ value, item, role, qualifier: pick(QUALS), text: num, start: qStart, end: qStart + num.length, why: ["bench"] }],
      date: rnd() < 0.8 ? day(n + Math.floor(rnd() * 3)) : null,
      location: place ? { name: place, id: `place:${place.toLowerCase()}` } : null,
      evidence: { text: s, start, end: start + s.length }, why: ["bench"],
    });
  }
  const meta = { lang, title: `Report ${n}`, source_url: `https://news${n % 37}.example/a/${n}`, published, site_name: `news${n % 37}` };
  return { doc: { text, meta, boilerplate: [] }, urls: [meta.source_url], contentHash: contentHash(text), result: { article: meta, claims }, extractorVersion: 1, origin: "bench" };
}

/** The p-th percentile of xs. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
