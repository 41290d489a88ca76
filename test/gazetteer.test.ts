// The gazetteer's data: schema, ids, aliases in every language, references, office terms.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DATA_DIR, loadFile, loadGazetteer } from "../src/gazetteer/load.js";
import { composite, compositeKey, type Entity } from "../src/gazetteer/schema.js";
import { LANGS } from "../src/lang/index.js";
import { countryNames } from "../src/gazetteer/derive.js";
import { aliasCoverage } from "../src/gazetteer/coverage.js";

const FILES = ["countries.yaml", "institutions.yaml", "people.yaml", "outlets.yaml", "orgs.yaml", "places.yaml", "groups.yaml", "offices.yaml"];
const PREFIX: Record<string, string> = {
  country: "country", institution: "inst", person: "person", outlet: "outlet", org: "org", place: "place", group: "group", office: "office",
};

/**
 * Aliases deliberately shared by entities with different ids (after NFC + lower-case), each with
 * the ids allowed to share it and a comment saying why. Anything else claimed twice is a data error;
 * an entry that is no longer shared fails the test too, so the list stays honest.
 *
 * Empty on purpose: every clash met so far was resolved in the data instead —
 *  - a city and its region: the bare name is the city ("Kursk", "Курск"); the region takes a region
 *    word ("Kursk Oblast", "কুর্স্ক প্রদেশ", "tỉnh Kursk", "Курская область");
 *  - Russian "Днепр" is the city Dnipro; the river is "река Днепр" / "Dnieper";
 *  - the Telegram channel Baza is "টেলিগ্রাম চ্যানেল বাজা" / "телеграм-канал База" (বাজার, база are common words);
 *  - surnames shared by two people (Fedorov, Kim, Smirnov, Johnson) are never bare aliases;
 *  - a body that is also a composite (Pentagon = US + Ministry of Defence) is linked by an
 *    institution override, not by a second alias.
 * Add an entry only for a real homonym that context must decide, e.g.
 *   "georgia": ["country:ge", "place:us-georgia"],   // the country and the US state
 */
const AMBIGUOUS: Record<string, string[]> = {};

const norm = (s: string) => s.normalize("NFC").toLowerCase();

const gaz = loadGazetteer();
const all = gaz.entities;
const byType = (t: string) => all.filter((e) => e.type === t);

/** Every composite id an institution can form (with overrides applied), by kind. */
function composites(): Map<string, { kind: "org" | "office"; name: string; inst: string }> {
  const out = new Map<string, { kind: "org" | "office"; name: string; inst: string }>();
  for (const inst of byType("institution")) {
    const scope = inst.scope ?? "country";
    const targets = byType(scope === "country" ? "country" : scope);
    for (const t of targets) {
      const c = composite(inst, t, gaz.byId);
      if (c) out.set(c.id, { kind: inst.kind!, name: c.name, inst: inst.id });
    }
  }
  return out;
}
const COMPOSITES = composites();

test("every data file exists, parses and validates against the schema", () => {
  const present = readdirSync(fileURLToPath(DATA_DIR)).filter((f) => f.endsWith(".yaml")).sort();
  assert.deepEqual(present, [...FILES].sort());
  for (const f of FILES) {
    const list = loadFile(f);
    assert.ok(list.length > 0, `${f} is empty`);
  }
});

test("data files are plain UTF-8 YAML without escapes, and each file holds one type", () => {
  const fileType: Record<string, string[]> = {
    "countries.yaml": ["country"], "institutions.yaml": ["institution"], "people.yaml": ["person"], "outlets.yaml": ["outlet"],
    "orgs.yaml": ["org"], "places.yaml": ["place"], "groups.yaml": ["group"], "offices.yaml": ["office"],
  };
  for (const f of FILES) {
    const raw = readFileSync(new URL(f, DATA_DIR), "utf8");
    assert.ok(!/\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}/.test(raw), `${f} contains \\u or \\x escapes`);
    assert.ok(!raw.includes("\uFFFD"), `${f} contains U+FFFD (broken encoding)`);
    assert.equal(raw, raw.normalize("NFC"), `${f} is not NFC-normalised`);
    for (const e of loadFile(f)) assert.ok(fileType[f]!.includes(e.type), `${f}: ${e.id} has type ${e.type}`);
  }
});

test("ids are unique and prefixed by type", () => {
  const seen = new Set<string>();
  for (const e of all) {
    assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
    seen.add(e.id);
    assert.ok(e.id.startsWith(`${PREFIX[e.type]}:`), `${e.id} is not prefixed "${PREFIX[e.type]}:"`);
  }
  assert.equal(gaz.byId.size, all.length);
  // Composite ids never collide with a named entity unless an override says they are the same.
  for (const [id, c] of COMPOSITES) {
    const inst = gaz.byId.get(c.inst)!;
    const overridden = Object.values(inst.overrides ?? {}).some((o) => o.id === id);
    if (!overridden) assert.ok(!gaz.byId.has(id), `composite ${id} (from ${c.inst}) collides with a named entity`);
  }
});

test("every entity is named in at least one language; countries have a code", () => {
  for (const e of all) {
    assert.ok(LANGS.some((l) => (e.aliases[l]?.length ?? 0) > 0) || e.type !== "institution", `${e.id} has no alias in any language`);
    if (e.type === "country") {
      assert.ok(e.adjectives, `${e.id} has no adjectives`);
      assert.match(e.code!, /^[a-z]{2}$/);
      assert.equal(e.id, `country:${e.code}`, `${e.id}: id must be country:<code>`);
    }
  }
});

test("caseSensitive entries are aliases or adjectives of the same entity", () => {
  for (const e of all) {
    const own = new Set<string>();
    for (const l of LANGS) for (const a of [...(e.aliases[l] ?? []), ...(e.adjectives?.[l] ?? [])]) own.add(a);
    for (const o of Object.values(e.overrides ?? {})) for (const l of LANGS) for (const a of o.aliases?.[l] ?? []) own.add(a);
    for (const c of e.caseSensitive ?? []) assert.ok(own.has(c), `${e.id}: caseSensitive "${c}" is not one of its aliases`);
  }
});

test("every country:, place:, org:, office: reference resolves", () => {
  const codes = new Set(byType("country").map((c) => c.code!));
  const is = (id: string | undefined, type: string) => id === undefined || gaz.byId.get(id)?.type === type;
  for (const e of all) {
    assert.ok(is(e.country, "country"), `${e.id}: country ${e.country} does not resolve`);
    assert.ok(is(e.capital, "place"), `${e.id}: capital ${e.capital} does not resolve`);
    if (e.capital) assert.equal(gaz.byId.get(e.capital)!.country, e.id, `${e.id}: capital ${e.capital} is not in the country`);
    if (e.type === "place") assert.ok(is(e.parent, "place"), `${e.id}: parent ${e.parent} does not resolve`);
    if (e.type === "org") assert.ok(is(e.parent, "org"), `${e.id}: parent ${e.parent} does not resolve`);
    assert.ok(is(e.org, "org"), `${e.id}: org ${e.org} does not resolve`);
    for (const o of e.offices ?? []) {
      const c = COMPOSITES.get(o.office);
      const named = gaz.byId.get(o.office);
      assert.ok((c && c.kind === "office") || named?.type === "office", `${e.id}: office ${o.office} resolves to no office (institution template + country, or offices.yaml)`);
    }
    if (e.type === "institution") {
      const scope = e.scope ?? "country";
      const keys = new Set(byType(scope === "country" ? "country" : scope).map((t) => compositeKey(t)));
      if (scope === "country") for (const k of keys) assert.ok(codes.has(k));
      for (const k of e.countries ?? []) assert.ok(keys.has(k), `${e.id}: countries entry "${k}" is not a ${scope} key`);
      for (const [k, o] of Object.entries(e.overrides ?? {})) {
        assert.ok(keys.has(k), `${e.id}: override key "${k}" is not a ${scope} key`);
        if (o.id) {
          // An override names an existing entity, or the plain template composite of another institution.
          const target = gaz.byId.get(o.id) ?? (RAW_COMPOSITES.has(o.id) && o.id !== COMPOSITES_RAW(e, k) ? o.id : undefined);
          assert.ok(target, `${e.id}: override ${k} -> ${o.id} resolves to nothing`);
          assert.equal(o.id.startsWith("office:"), e.kind === "office", `${e.id}: override ${k} -> ${o.id} has the wrong kind`);
        }
      }
    }
  }
});

/** Composite ids from templates alone (no overrides) -> the institution that forms them. */
const RAW_COMPOSITES = new Map<string, string>();
for (const inst of byType("institution")) {
  const scope = inst.scope ?? "country";
  for (const t of byType(scope === "country" ? "country" : scope)) {
    const key = compositeKey(t);
    if (inst.countries && !inst.countries.includes(key)) continue;
    RAW_COMPOSITES.set(COMPOSITES_RAW(inst, key), inst.id);
  }
}

/** The template id of an institution for a key, ignoring overrides. */
function COMPOSITES_RAW(inst: Entity, key: string): string {
  return inst.idTemplate!.replaceAll("{code}", key).replaceAll("{place}", key).replaceAll("{org}", key);
}

test("no alias is claimed by two different entities, except the commented ambiguous ones", () => {
  const claims = new Map<string, Set<string>>();
  const add = (alias: string, id: string) => {
    const k = norm(alias);
    if (!claims.has(k)) claims.set(k, new Set());
    claims.get(k)!.add(id);
  };
  for (const e of all) {
    if (e.type !== "institution") add(e.name, e.id);
    for (const l of LANGS) for (const a of [...(e.aliases[l] ?? []), ...(e.adjectives?.[l] ?? [])]) add(a, e.id);
    for (const [k, o] of Object.entries(e.overrides ?? {})) for (const l of LANGS) for (const a of o.aliases?.[l] ?? []) add(a, o.id ?? COMPOSITES_RAW(e, k));
  }
  const problems: string[] = [];
  for (const [alias, ids] of claims) {
    if (ids.size < 2) continue;
    const allowed = AMBIGUOUS[alias];
    if (!allowed || [...ids].some((id) => !allowed.includes(id))) problems.push(`"${alias}": ${[...ids].join(", ")}`);
  }
  assert.deepEqual(problems, [], `aliases claimed by several entities:\n${problems.join("\n")}`);
  for (const k of Object.keys(AMBIGUOUS)) assert.ok((claims.get(k)?.size ?? 0) > 1, `allow-listed "${k}" is no longer ambiguous: remove it`);
});

test("common words are never aliases, and short forms that are common in lower case are case-sensitive", () => {
  // Never aliases: Bengali "বাজার" (market), "তাস" (playing cards), Russian "база" (base), "мир" (world/peace).
  const banned = new Set(["বাজার", "তাস", "база", "мир", "the", "a"].map(norm));
  // Only with the capitalisation written (listed in caseSensitive): lower-case they are common words.
  const mustBeCased = new Set(
    ["us", "u.s.", "un", "who", "pm", "anh", "ý", "áo", "đức", "pháp", "mỹ", "nhật", "bỉ", "séc", "запад", "мо", "вс", "ес", "west", "the west", "polish"].map(norm),
  );
  for (const e of all) {
    const cased = new Set(e.caseSensitive ?? []);
    for (const l of LANGS)
      for (const a of [...(e.aliases[l] ?? []), ...(e.adjectives?.[l] ?? [])]) {
        assert.ok(!banned.has(norm(a)), `${e.id}: "${a}" is a common word`);
        if (mustBeCased.has(norm(a))) assert.ok(cased.has(a), `${e.id}: "${a}" must be listed in caseSensitive`);
      }
  }
});

test("office terms are well-formed and holders of one office do not overlap", () => {
  const terms = new Map<string, Array<{ who: string; from?: string; to?: string }>>();
  for (const p of byType("person")) {
    for (const o of p.offices ?? []) {
      if (o.from && o.to) assert.ok(o.from <= o.to, `${p.id}: ${o.office} from ${o.from} after to ${o.to}`);
      if (!terms.has(o.office)) terms.set(o.office, []);
      terms.get(o.office)!.push({ who: p.id, from: o.from, to: o.to });
    }
  }
  for (const [office, list] of terms) {
    const dated = list.filter((t) => t.from).sort((a, b) => a.from!.localeCompare(b.from!));
    for (let i = 1; i < dated.length; i++) {
      const prev = dated[i - 1]!, cur = dated[i]!;
      if (prev.who === cur.who) assert.ok(prev.to && prev.to <= cur.from!, `${office}: ${cur.who} has overlapping terms`);
      // A handover day may be shared (one leaves, the other takes office the same day).
      else assert.ok(prev.to && prev.to <= cur.from!, `${office}: ${prev.who} (to ${prev.to ?? "open"}) overlaps ${cur.who} (from ${cur.from})`);
    }
  }
});

test("composites the dev corpus needs resolve to the gold names", () => {
  const c = (inst: string, country: string) => composite(gaz.byId.get(inst)!, gaz.byId.get(country)!, gaz.byId);
  assert.deepEqual(c("inst:air-force", "country:ua"), { id: "org:ua-air-force", name: "Ukrainian Air Force" });
  assert.deepEqual(c("inst:mod", "country:ru"), { id: "org:ru-mod", name: "Russian Ministry of Defence" });
  assert.equal(c("inst:defence-minister", "country:kr")!.id, "office:kr-defence-minister");
  assert.equal(c("inst:foreign-minister", "country:us")!.id, "office:us-secretary-of-state");
  assert.equal(c("inst:foreign-minister", "country:ru")!.id, "office:ru-foreign-minister");
  assert.equal(c("inst:mod", "country:us")!.id, "org:pentagon");
  // A regional centre's governor is the region's governor.
  assert.equal(c("inst:governor", "place:belgorod")!.id, "office:belgorod-oblast-governor");
  assert.equal(c("inst:governor", "place:belgorod-oblast")!.id, "office:belgorod-oblast-governor");
  assert.equal(c("inst:governor", "place:sevastopol")!.id, "office:sevastopol-governor");
  const holder = (office: string, date: string) =>
    byType("person").filter((p) => (p.offices ?? []).some((o) => o.office === office && (!o.from || o.from <= date) && (!o.to || date <= o.to))).map((p) => p.id);
  assert.deepEqual(holder("office:us-secretary-of-state", "2024-11-01"), ["person:antony-blinken"]);
  assert.deepEqual(holder("office:us-defence-minister", "2024-11-01"), ["person:lloyd-austin"]);
  assert.deepEqual(holder("office:kr-defence-minister", "2024-10-31"), ["person:kim-yong-hyun"]);
  assert.deepEqual(holder("office:ua-foreign-minister", "2024-11-01"), ["person:andrii-sybiha"]);
  assert.deepEqual(holder("office:ru-foreign-minister", "2024-11-01"), ["person:sergei-lavrov"]);
  assert.deepEqual(holder("office:kp-foreign-minister", "2024-11-01"), ["person:choe-son-hui"]);
  assert.deepEqual(holder("office:ua-president", "2024-11-01"), ["person:volodymyr-zelensky"]);
  assert.deepEqual(holder("office:ru-president", "2024-11-01"), ["person:vladimir-putin"]);
  assert.deepEqual(holder("office:us-president", "2025-03-01"), ["person:donald-trump"]);
});

test("names as the dev corpus writes them are aliases of the right entity", () => {
  const index = new Map<string, string[]>();
  for (const e of all)
    for (const l of LANGS) for (const a of [...(e.aliases[l] ?? []), ...(e.adjectives?.[l] ?? [])]) index.set(norm(a), [...(index.get(norm(a)) ?? []), e.id]);
  const expect: Array<[string, string]> = [
    ["উত্তর কোরিয়া", "country:kp"], ["ডিপিআরকে", "country:kp"], ["DPRK", "country:kp"], ["CHDCND Triều Tiên", "country:kp"], ["Triều Tiên", "country:kp"],
    ["Hàn Quốc", "country:kr"], ["দক্ষিণ কোরিয়া", "country:kr"], ["Mỹ", "country:us"], ["মার্কিন যুক্তরাষ্ট্র", "country:us"], ["মার্কিন", "country:us"],
    ["ইউক্রেন", "country:ua"], ["ইউক্রেনীয়", "country:ua"], ["রাশিয়া", "country:ru"], ["রাশিয়ান", "country:ru"], ["রুশ", "country:ru"], ["Nga", "country:ru"],
    ["নরওয়ে", "country:no"], ["Na Uy", "country:no"], ["চীনা", "country:cn"], ["Trung Quốc", "country:cn"], ["কানাডা", "country:ca"],
    ["বিমান বাহিনী", "inst:air-force"], ["Không quân", "inst:air-force"], ["প্রতিরক্ষা মন্ত্রণালয়", "inst:mod"], ["Bộ Quốc phòng", "inst:mod"],
    ["প্রতিরক্ষামন্ত্রী", "inst:defence-minister"], ["প্রতিরক্ষা সচিব", "inst:defence-minister"], ["Bộ trưởng Quốc phòng", "inst:defence-minister"],
    ["পররাষ্ট্রমন্ত্রী", "inst:foreign-minister"], ["Ngoại trưởng", "inst:foreign-minister"], ["পররাষ্ট্র মন্ত্রণালয়", "inst:foreign-ministry"],
    ["Bộ Ngoại giao", "inst:foreign-ministry"], ["গভর্নর", "inst:governor"], ["Thống đốc", "inst:governor"], ["রাষ্ট্রপতি", "inst:president"], ["Tổng thống", "inst:president"],
    ["ভ্লাদিমির ভ্লাদিমিরভ", "person:vladimir-vladimirov"], ["কিম ইয়ং-হিউন", "person:kim-yong-hyun"], ["অ্যান্টনি ব্লিঙ্কেন", "person:antony-blinken"],
    ["লয়েড অস্টিন", "person:lloyd-austin"], ["আন্দ্রি সিবিহা", "person:andrii-sybiha"], ["সাইবিহা", "person:andrii-sybiha"], ["এসপেন এইড", "person:espen-barth-eide"],
    ["ভ্লাদিমির পুতিন", "person:vladimir-putin"], ["চোয়ে সন-হুই", "person:choe-son-hui"], ["Choe Son-hui", "person:choe-son-hui"], ["সের্গেই ল্যাভরভ", "person:sergei-lavrov"],
    ["কিম জং-উন", "person:kim-jong-un"], ["Kim Jong-un", "person:kim-jong-un"], ["লিন জিয়ান", "person:lin-jian"], ["Lâm Kiếm", "person:lin-jian"],
    ["Espen Eide", "person:espen-barth-eide"], ["Kim Yong-hyun", "person:kim-yong-hyun"], ["জেলেনস্কি", "person:volodymyr-zelensky"],
    ["ক্রেমলিন", "org:kremlin"], ["Điện Kremlin", "org:kremlin"], ["Lầu Năm Góc", "org:pentagon"], ["রোসনেফ্ট", "org:rosneft"], ["বাশনেফ্ট", "org:bashneft"],
    ["রয়টার্স", "outlet:reuters"], ["এএফপি", "outlet:afp"], ["টাস", "outlet:tass"], ["ইয়োনহাপ", "outlet:yonhap"], ["দ্য কিয়েভ ইন্ডিপেন্ডেন্ট", "outlet:kyiv-independent"],
    ["টেলিগ্রাম চ্যানেল বাজা", "outlet:baza"], ["kênh Telegram Baza", "outlet:baza"], ["Telegram channel Baza", "outlet:baza"],
    ["ওডেসা", "place:odesa"], ["Odessa", "place:odesa"], ["স্বেতলোগ্রাদ", "place:svetlograd"], ["বাশকোর্তোস্তান", "place:bashkortostan"], ["কুর্স্ক", "place:kursk"],
    ["কুর্স্ক প্রদেশ", "place:kursk-oblast"], ["tỉnh Kursk", "place:kursk-oblast"], ["মন্ট্রিল", "place:montreal"], ["ওয়াশিংটন ডিসি", "place:washington"],
    ["Bình Nhưỡng", "place:pyongyang"], ["পিয়ংইয়ং", "place:pyongyang"], ["মস্কো", "place:moscow"], ["tỉnh Stavropol", "place:stavropol-krai"],
    ["স্থানীয় কর্মকর্তারা", "group:local-officials"], ["giới chức địa phương", "group:local-officials"], ["phương Tây", "group:west"], ["পশ্চিমা", "group:west"],
  ];
  const missing = expect.filter(([a, id]) => !(index.get(norm(a)) ?? []).includes(id)).map(([a, id]) => `${a} -> ${id}`);
  assert.deepEqual(missing, []);
});

test("coverage: counts per type", (t) => {
  const counts: Record<string, number> = {};
  for (const e of all) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const offices = [...COMPOSITES.values()].filter((c) => c.kind === "office").length;
  t.diagnostic(`entities ${all.length}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}; composites ${COMPOSITES.size} (${offices} offices)`);
  console.log(`gazetteer: ${JSON.stringify(counts)}, composites ${COMPOSITES.size}`);
  assert.ok(counts.country! >= 60, "at least 60 countries");
  assert.ok(counts.person! >= 120, "at least 120 people");
  assert.ok(counts.outlet! >= 40, "at least 40 outlets");
  assert.ok(counts.institution! >= 30, "at least 30 institutions");
  for (const id of ["country:ru", "country:ua", "country:us", "country:kp", "country:kr", "country:cn", "country:by", "country:md", "country:ge", "country:kz", "country:il", "country:tr", "country:in", "country:ir"])
    assert.ok(gaz.byId.has(id), `missing ${id}`);
  for (const id of ["inst:air-force", "inst:air-defence", "inst:general-staff", "inst:armed-forces", "inst:foreign-ministry", "inst:foreign-minister", "inst:foreign-ministry-spokesperson"])
    assert.ok(gaz.byId.has(id), `missing ${id}`);
});

test("country names come from i18n-iso-countries: derived in every registered language it covers, never typed again by hand", () => {
  for (const e of byType("country")) {
    const hand = loadFile("countries.yaml").find((x) => x.id === e.id)!;
    for (const l of LANGS) {
      const derived = countryNames(e.code!, l);
      for (const n of derived) assert.ok(e.aliases[l]?.includes(n), `${e.id}: derived ${l} name "${n}" is an alias`);
      const again = (hand.aliases[l] ?? []).filter((a) => derived.some((d) => d.toLowerCase() === a.toLowerCase()));
      assert.deepEqual(again, [], `${e.id}: ${l} aliases typed by hand that the package gives`);
    }
  }
  // Bengali, English, Russian and Vietnamese names of Russia, as the package spells them.
  const ru = gaz.byId.get("country:ru")!;
  for (const [l, n] of [["en", "Russia"], ["bn", "রাশিয়া"], ["vi", "Nga"], ["ru", "Россия"]] as const) assert.ok(ru.aliases[l]?.includes(n), `${l} ${n}`);
});

test("coverage is counted per registered language", () => {
  const cov = aliasCoverage(all);
  assert.deepEqual(cov.map((c) => c.lang), LANGS);
  for (const c of cov) {
    assert.equal(c.entities, all.length);
    assert.equal(c.byType.country![0], byType("country").length, `${c.lang}: every country is named (derived names)`);
    const named = all.filter((e) => (e.aliases[c.lang]?.length ?? 0) > 0).length;
    assert.equal(c.named, named);
  }
});
