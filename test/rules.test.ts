// Rule ids and dates: every claim, claimant, quantity and date traces to a registered rule id
// (src/engine/rules.ts), and the publication date printed in a text, weekdays and datelines resolve.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractText } from "../src/index.js";
import { RULES } from "../src/engine/rules.js";
import type { Lang } from "../src/types.js";

const sample = (f: string) => readFileSync(new URL(`../samples/${f}`, import.meta.url), "utf8");
const ids = (why: string[], group: string) => why.map((w) => /^([a-z]+(?:\.[a-z-]+)+):/.exec(w)?.[1]).filter((x): x is string => !!x && x.startsWith(`${group}.`));

for (const [file, lang] of [["01-bn.txt", "bn"], ["02-en.txt", "en"], ["03-vi.txt", "vi"]] as const) {
  test(`${file}: every claimant, quantity and date names the registered rule that made it`, () => {
    const { claims } = extractText(sample(file), { lang: lang as Lang });
    assert.ok(claims.length > 5);
    for (const c of claims) {
      const attr = ids(c.why, "attr");
      assert.ok(attr.length, `no attr.* rule in ${JSON.stringify(c.why)}`);
      if (c.via) assert.ok(ids(c.why, "via").length, `via without a via.* rule: ${JSON.stringify(c.why)}`);
      if (c.date) assert.ok(ids(c.why, "date").length, `date without a date.* rule: ${JSON.stringify(c.why)}`);
      for (const q of c.quantities) {
        assert.ok(ids(q.why, "item").length, `no item.* rule: ${JSON.stringify(q.why)}`);
        assert.ok(ids(q.why, "role").length, `no role.* rule: ${JSON.stringify(q.why)}`);
      }
      for (const id of [...c.why, ...c.quantities.flatMap((q) => q.why)].map((w) => /^([a-z]+(?:\.[a-z-]+)+):/.exec(w)?.[1]).filter(Boolean))
        assert.ok(id! in RULES, `unregistered rule id ${id}`);
    }
  });
}

test("a publication date printed under the headline dates the article and its weekdays", () => {
  const text = "Лесной пожар в Хакасии\n\n12.04.2015, 21:40\n\nВ субботу власти сообщили, что огонь уничтожил 14 домов.";
  const r = extractText(text, { lang: "ru" });
  assert.equal(r.article.published, "2015-04-12");
  const c = r.claims.find((x) => x.quantities.some((q) => q.value === 14));
  assert.ok(c, JSON.stringify(r.claims));
  assert.equal(c.date, "2015-04-11", "Saturday before Sunday 12 April");
  assert.ok(c.why.some((w) => w.startsWith("date.weekday:")));
});

test("a labelled date line and a dateline with a year; a sentence that only mentions a date is no publication line", () => {
  const labelled = extractText("Floods hit the north\nPublished: 15 September 2024\n\nRescuers said on Friday that 40 people were evacuated.", { lang: "en" });
  assert.equal(labelled.article.published, "2024-09-15");
  assert.equal(labelled.claims[0]?.date, "2024-09-13");
  const dateline = extractText("KYIV, Nov 17, 2024 (Reuters) - Russia launched 120 missiles on Saturday, the air force said.", { lang: "en" });
  assert.equal(dateline.article.published, "2024-11-17");
  assert.equal(dateline.claims[0]?.date, "2024-11-16", "the event's weekday wins over the dateline's date");
  assert.equal(dateline.claims[0]?.via, null, "a bracketed agency credit is not a relay");
  const event = extractText("The election on 5 November 2024 drew 150 million voters, officials said.", { lang: "en" });
  assert.equal(event.article.published, null);
  const given = extractText("Published: 15 September 2024\n\nPolice said on Friday that 40 people were detained.", { lang: "en", published: "2024-09-20" });
  assert.equal(given.article.published, "2024-09-20", "metadata wins over the text");
  assert.equal(given.claims[0]?.date, "2024-09-20");
});

test("a date line's year may be two digits of a numeric date or four digits of any script; a line of small numbers dates nothing", () => {
  // published.ts reads only lines with a four-digit run or three digit runs: these are such lines.
  assert.equal(extractText("Floods hit the north\n12.04.15\n\nRescuers said 40 people were evacuated.", { lang: "en" }).article.published, "2015-12-04");
  assert.equal(extractText("বন্যায় ক্ষতি\nপ্রকাশিত: ১৫ সেপ্টেম্বর ২০২৪\n\nউদ্ধারকর্মীরা জানিয়েছেন, ৪০ জনকে সরিয়ে নেওয়া হয়েছে।", { lang: "bn" }).article.published, "2024-09-15");
  assert.equal(extractText("Flood in 12 districts, 40 dead\nFloods hit the north on 15 September.\n\nRescuers said 40 people were evacuated.", { lang: "en" }).article.published, null);
});

test("weekdays in every pack resolve to the last such day on or before publication", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "Police said on Saturday that 20 protesters were arrested."],
    ["ru", "В субботу полиция задержала 20 протестующих, сообщили в МВД."],
    ["bn", "শনিবার পুলিশ জানিয়েছে, ২০ জন নিহত হয়েছেন।"],
    ["vi", "Thứ Bảy, quân đội cho biết 20 UAV bị bắn hạ."],
  ];
  for (const [lang, text] of cases) {
    const r = extractText(text, { lang, published: "2024-11-20" });
    assert.equal(r.claims[0]?.date, "2024-11-16", `${lang}: ${JSON.stringify(r.claims.map((c) => c.why))}`);
  }
  // A lower-case "thứ hai" is the ordinal "second", not Monday.
  const vi = extractText("Đây là lần thứ hai quân đội cho biết 20 UAV bị bắn hạ.", { lang: "vi", published: "2024-11-20" });
  assert.equal(vi.claims[0]?.date, "2024-11-20");
});
