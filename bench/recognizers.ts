// Agreement with Microsoft Recognizers-Text's English NumberModel specs (MIT, see
// ../shared/peer-suites/recognizers-text/LICENSE.md). A case agrees when we find exactly its
// entities: same spans (their End is inclusive) and values, nothing extra.
//   npx tsx bench/recognizers.ts [--verbose] [--lang CODE] [--suite FILE]
// --lang picks the pack and, without --suite, the suite of that language (hi -> Number/Hindi).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tokenize } from "../src/engine/tokenize.js";
import { findNumbers } from "../src/engine/numbers/index.js";
import { packFor } from "../src/lang/index.js";

interface Spec {
  Input: string;
  Results: Array<{ Text: string; Start: number; End: number; Resolution: { value: string } }>;
  NotSupported?: string;
}

const args = process.argv.slice(2);
const at = args.indexOf("--suite");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const li = args.indexOf("--lang");
const lang = li >= 0 ? args[li + 1]! : "en";
const pack = packFor(lang);
const suite = at >= 0 ? args[at + 1] : join(root, "..", "shared", "peer-suites", "recognizers-text", "Number", pack.name, "NumberModel.json");
const cases = JSON.parse(readFileSync(suite, "utf8")) as Spec[];
const lex = pack;

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) || Math.abs(a - b) < 1e-12;
let agree = 0, positives = 0, positivesAgree = 0, negatives = 0, negativesAgree = 0;
const misses: string[] = [];
for (const c of cases) {
  const got = findNumbers(c.Input, tokenize(c.Input), lex, null).numbers.filter((m) => !m.indefinite);
  const want = c.Results.map((r) => ({ start: r.Start, end: r.End + 1, value: Number(r.Resolution.value) }));
  const ok = got.length === want.length && want.every((w, k) => got[k].start === w.start && got[k].end === w.end && same(got[k].value, w.value));
  if (want.length) { positives++; if (ok) positivesAgree++; } else { negatives++; if (ok) negativesAgree++; }
  if (ok) agree++;
  else misses.push(`${JSON.stringify(c.Input)} want ${JSON.stringify(want.map((w) => `${c.Input.slice(w.start, w.end)}=${w.value}`))} got ${JSON.stringify(got.map((g) => `${g.text}=${g.value}`))}`);
}
if (args.includes("--verbose")) for (const m of misses) console.log("  disagree: " + m);
console.log(`Recognizers-Text ${suite.split("/").slice(-2).join("/")}: agree on ${agree}/${cases.length} cases (${(agree / cases.length).toFixed(3)}); positives ${positivesAgree}/${positives}, negatives ${negativesAgree}/${negatives}`);
