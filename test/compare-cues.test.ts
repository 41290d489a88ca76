// The compare stage's reading of the words around a number, per language pack
// (src/lang/<code>/compare.ts): running totals, rises, nights, background figures, ranks and sides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { figureContext } from "../src/compare/cues.js";
import { LANGS, packFor } from "../src/lang/index.js";
import type { Lang } from "../src/types.js";
import type { SourcedClaim } from "../src/compare/types.js";

/** A claim whose evidence is `text`, with one quantity on `number` (its first occurrence). */
function claimOn(lang: Lang, text: string, number: string, item = "troops", role = "killed", value = 1): SourcedClaim {
  const start = text.indexOf(number);
  assert.ok(start >= 0, `${number} in ${text}`);
  return {
    id: "c1",
    claim: {
      claimant: null, via: null, stance: "assert", kind: "other", date: "2024-11-08", location: null, why: [],
      evidence: { start: 0, end: text.length, text },
      quantities: [{ value, item, role, qualifier: "exact", text: number, start, end: start + number.length, why: [] }],
    },
    article: { id: "1", lang, title: null, url: null, outlet: null, published: "2024-11-08" },
  };
}

test("every language pack has compare cues of every kind", () => {
  for (const l of LANGS) {
    const c = packFor(l).compare;
    assert.ok(c, `${l}: no compare cues`);
    for (const [k, v] of Object.entries(c)) assert.ok(v.length > 0, `${l}: ${k} is empty`);
  }
});

const CASES: Array<{ lang: Lang; text: string; number: string; item?: string; role?: string; value?: number; expect: Partial<ReturnType<typeof figureContext>> }> = [
  { lang: "en", text: "Ukraine has exchanged 1,994 prisoners since the war began.", number: "1,994", item: "prisoners", role: "total", expect: { total: true } },
  { lang: "en", text: "In August 300 prisoners were exchanged.", number: "300", item: "prisoners", role: "total", expect: { total: false } },
  { lang: "vi", text: "Từ đầu năm đến nay, 1.994 tù binh đã được trao trả.", number: "1.994", item: "prisoners", role: "total", expect: { total: true } },
  { lang: "bn", text: "যুদ্ধ শুরুর পর থেকে ১,৯৯৪ জন বন্দি বিনিময় হয়েছে।", number: "১,৯৯৪", item: "prisoners", role: "total", expect: { total: true } },
  { lang: "ru", text: "С начала года погибли 120 человек.", number: "120", item: "people_killed", expect: { total: true } },
  { lang: "uk", text: "З початку війни з полону повернули 1994 військовополонених.", number: "1994", item: "prisoners", role: "total", expect: { total: true } },
  { lang: "uk", text: "Кількість загиблих зросла до 262.", number: "262", item: "people_killed", expect: { rising: true } },
  { lang: "es", text: "En lo que va de año han muerto 312 migrantes en esa ruta.", number: "312", item: "migrants", expect: { total: true } },
  { lang: "es", text: "La cifra de fallecidos se elevó a 57 este martes.", number: "57", item: "people_killed", expect: { rising: true } },
  { lang: "es", text: "Las fuerzas del orden detuvieron a 14 personas el martes.", number: "14", item: "people_arrested", role: "arrested", expect: { total: false, rising: false } },
  { lang: "en", text: "The death toll rose to 233.", number: "233", item: "people_killed", expect: { rising: true, total: false } },
  { lang: "vi", text: "Số người chết đã tăng lên 233.", number: "233", item: "people_killed", expect: { rising: true } },
  { lang: "ru", text: "Число погибших возросло до 262.", number: "262", item: "people_killed", expect: { rising: true } },
  { lang: "bn", text: "নিহতের সংখ্যা বেড়ে ৪১৩ জনে দাঁড়িয়েছে।", number: "৪১৩", item: "people_killed", expect: { rising: true } },
  { lang: "en", text: "Russia launched 62 drones overnight.", number: "62", item: "uav", role: "launched", expect: { night: true } },
  { lang: "bn", text: "৭ নভেম্বর গভীর রাতে রাশিয়া ৭৪টি ড্রোন ছুড়েছে।", number: "৭৪টি", item: "uav", role: "launched", expect: { night: true } },
  { lang: "ru", text: "Этой ночью сбили 54 беспилотника.", number: "54", item: "uav", role: "destroyed", expect: { night: true } },
  { lang: "en", text: "Russia launched 62 drones on Friday.", number: "62", item: "uav", role: "launched", expect: { night: false } },
  { lang: "en", text: "Kyiv, a city of 3,000,000 people, was hit.", number: "3,000,000", item: "people", role: "total", expect: { background: true } },
  { lang: "vi", text: "Kyiv có dân số 3 triệu người.", number: "3 triệu", item: "people", role: "total", expect: { background: true } },
  { lang: "en", text: "It was one of the largest missile attacks.", number: "one", item: "missile", role: "launched", value: 1, expect: { rank: true } },
  { lang: "ru", text: "Это была одна из крупнейших атак.", number: "одна", item: "missile", role: "launched", value: 1, expect: { rank: true } },
  { lang: "en", text: "Zelensky said 43,000 Ukrainian soldiers had been killed.", number: "43,000", expect: { side: "ukraine" } },
  { lang: "en", text: "Russia had lost 198,000 troops.", number: "198,000", role: "lost", expect: { side: "russia" } },
  { lang: "en", text: "43,000 troops were killed in Ukraine.", number: "43,000", expect: { side: null } },
  { lang: "ru", text: "Россия потеряла 198 000 военных.", number: "198 000", role: "lost", expect: { side: "russia" } },
  { lang: "bn", text: "আফগানিস্তানে ভূমিকম্পে ৪১৩ জন নিহত।", number: "৪১৩", item: "people_killed", expect: { side: null } },
];

for (const c of CASES) {
  test(`${c.lang}: "${c.text}" → ${JSON.stringify(c.expect)}`, () => {
    const sc = claimOn(c.lang, c.text, c.number, c.item, c.role, c.value);
    const got = figureContext(sc, sc.claim.quantities[0]);
    for (const [k, v] of Object.entries(c.expect)) assert.equal(got[k as keyof typeof got], v, `${k} of ${c.number}`);
  });
}

test("places nest through the gazetteer: a city lies within its region and country", async () => {
  const { within } = await import("../src/compare/places.js");
  assert.ok(within("warsaw", "poland"));
  assert.ok(within("tokyo", "japan"));
  assert.ok(within("kursk", "russia"), "the hand-written nesting still holds");
  assert.ok(!within("warsaw", "russia"));
  assert.ok(!within("russia", "kursk"), "a country does not lie within its region");
});
