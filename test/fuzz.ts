// `npm run fuzz [-- CASES [SEED]]`: runs the extraction on CASES generated articles (default
// 1,000,000; see fuzz-input.ts) and prints how many ran and every distinct failure (an exception,
// or an offset that is not a slice of the text) with the smallest input that showed it. Unlike
// fc.assert it does not stop at the first failure: it counts them all. Exit 1 when any failed.
import fc from "fast-check";
import { extractText } from "../src/pipeline.js";
import { checkResult, fuzzCase, type FuzzCase } from "./fuzz-input.js";

const total = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const BATCH = 10_000;

const failures = new Map<string, { count: number; example: FuzzCase }>();
let ran = 0;
const t0 = performance.now();
for (let b = 0; ran < total; b++) {
  for (const c of fc.sample(fuzzCase(), { numRuns: Math.min(BATCH, total - ran), seed: seed + b })) {
    ran++;
    let problems: string[];
    try {
      problems = checkResult(c.text, extractText(c.text, { lang: c.lang, published: c.published }));
    } catch (e) {
      const err = e as Error;
      // One failure per throwing place: the message and the first frame of the stack.
      problems = [`${err.name}: ${err.message} @ ${(err.stack ?? "").split("\n")[1]?.trim() ?? ""}`];
    }
    for (const p of problems) {
      const key = p.replace(/\d+/g, "N");
      const f = failures.get(key);
      if (!f) failures.set(key, { count: 1, example: c });
      else {
        f.count++;
        if (c.text.length < f.example.text.length) f.example = c;
      }
    }
  }
  if ((b + 1) % 10 === 0) process.stderr.write(`fuzz: ${ran.toLocaleString("en-US")} cases, ${failures.size} distinct failures, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}
const failed = [...failures.values()].reduce((a, f) => a + f.count, 0);
for (const [key, f] of failures) console.log(`FAIL x${f.count}: ${key}\n  ${JSON.stringify(f.example)}`);
console.log(`fuzz: ${ran.toLocaleString("en-US")} cases (seed ${seed}), ${failed} failures (${failures.size} distinct), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
process.exitCode = failed ? 1 : 0;
