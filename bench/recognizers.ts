// Agreement with Microsoft Recognizers-Text's NumberModel specs (MIT, see
// ../shared/peer-suites/recognizers-text/LICENSE.md) for a registered language that has a suite
// (English, French, ...). A case agrees when we find exactly its entities: same spans (their End is
// inclusive) and values, nothing extra.
//   npx tsx bench/recognizers.ts [--lang en|fr|...] [--verbose] [--suite FILE]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tokenize } from "../src/engine/tokenize.js";
import { findNumbers } from "../src/engine/numbers/index.js";
import { isLang, packFor } from "../src/lang/index.js";

interface Spec {
  Input: string;
  Results: Array<{ Text: string; Start: number; End: number; Resolution: { value: string } }>;
  NotSupported?: string;
}

const args = process.argv.slice(2);
const opt = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const lang = opt("--lang") ?? "en";
if (!isLang(lang)) {
  console.error(`recognizers: unknown language "${lang}"`);
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Recognizers-Text names its suites by the language's English name, as the pack does.
const suite = opt("--suite") ?? join(root, "..", "shared", "peer-suites", "recognizers-text", "Number", packFor(lang).name, "NumberModel.json");
// Some suites (Spanish) start with a byte-order mark, which JSON.parse rejects.
const cases = JSON.parse(readFileSync(suite, "utf8").replace(/^\uFEFF/, "")) as Spec[];
const lex = packFor(lang);

// Resolution values are written with the language's decimal mark ("0,2" in the French suite).
const resolved = (v: string) => Number(lex.numbers.decimal === "," ? v.replace(",", ".") : v);
// Recognizers-Text rounds repeating fractions to 15 significant digits.
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)) * 1e3 || Math.abs(a - b) < 1e-12;
let supported = 0, supportedAgree = 0;
let agree = 0, positives = 0, positivesAgree = 0, negatives = 0, negativesAgree = 0;
const misses: string[] = [];
for (const c of cases) {
  const got = findNumbers(c.Input, tokenize(c.Input), lex, null).numbers.filter((m) => !m.indefinite);
  // The span is Start plus the length of Text: some suites' End is exclusive, others inclusive.
  const want = c.Results.map((r) => ({ start: r.Start, end: r.Start + r.Text.length, value: resolved(r.Resolution.value) }));
  const ok = got.length === want.length && want.every((w, k) => got[k].start === w.start && got[k].end === w.end && same(got[k].value, w.value));
  if (want.length) { positives++; if (ok) positivesAgree++; } else { negatives++; if (ok) negativesAgree++; }
  if (ok) agree++;
  if (!c.NotSupported?.includes("javascript")) { supported++; if (ok) supportedAgree++; }
  if (!ok) misses.push(`${JSON.stringify(c.Input)} want ${JSON.stringify(want.map((w) => `${c.Input.slice(w.start, w.end)}=${w.value}`))} got ${JSON.stringify(got.map((g) => `${g.text}=${g.value}`))}`);
}
if (args.includes("--verbose")) for (const m of misses) console.log("  disagree: " + m);
console.log(`Recognizers-Text ${suite.split("/").slice(-2).join("/")}: agree on ${agree}/${cases.length} cases (${(agree / cases.length).toFixed(3)}); positives ${positivesAgree}/${positives}, negatives ${negativesAgree}/${negatives}; on the cases Recognizers-Text's own JavaScript build supports ${supportedAgree}/${supported}`);
