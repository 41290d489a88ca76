// One generic runner for every language pack's claim examples (src/lang/<code>/corpus/claims.yaml).
// Each example is a short text with the claims a careful reader finds in it; the test demands
// that every expected claim is extracted (claimant, via, stance, quantities) and, unless the
// example says `partial: true`, that no other quantity is extracted from the text. An example
// with `known_gap: reason` is a failure we know of and have not fixed yet (node:test TODO).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { parse } from "yaml";
import { extractText } from "../src/index.js";
import type { Claim, Lang } from "../src/types.js";

interface ExpectedQuantity { value: number; item: string; role?: string; qualifier?: string }
interface ExpectedClaim { claimant: string; via?: string | null; stance?: string; kind?: string; date?: string; quantities?: ExpectedQuantity[] }
interface Example { text: string; published?: string; claims?: ExpectedClaim[]; none?: boolean; partial?: boolean; note?: string; known_gap?: string }

const root = new URL("../src/lang/", import.meta.url);
const close = (a: number, b: number) => Math.abs(a - b) <= (Math.abs(b) < 1 ? 0.01 : 1e-9 * Math.abs(b));
const name = (c: Claim) => c.claimant?.name ?? "article";

for (const lang of readdirSync(root).filter((d) => existsSync(new URL(`${d}/corpus/claims.yaml`, root)))) {
  const examples = parse(readFileSync(new URL(`${lang}/corpus/claims.yaml`, root), "utf8")) as Example[];
  examples.forEach((ex, i) => {
    // A known gap is run and reported as a TODO with its reason: counted, never deleted.
    test(`${lang} claims #${i + 1}: ${ex.text.slice(0, 60)}`, { todo: ex.known_gap }, () => {
      const { claims } = extractText(ex.text, { lang: lang as Lang, published: ex.published ?? "2024-11-01" });
      const got = claims.flatMap((c) => c.quantities.map((q) => ({ c, q })));
      const show = () => JSON.stringify(claims.map((c) => ({ claimant: name(c), via: c.via?.name ?? null, stance: c.stance, q: c.quantities.map((q) => `${q.qualifier} ${q.value} ${q.item}/${q.role}`) })));
      if (ex.none) assert.equal(got.length, 0, `expected no quantities, got ${show()}`);
      let expectedCount = 0;
      for (const want of ex.claims ?? []) {
        const candidates = claims.filter((c) => name(c) === want.claimant);
        assert.ok(candidates.length, `no claim by ${want.claimant}; got ${show()}`);
        const fits = (c: Claim) =>
          (want.via === undefined || (c.via?.name ?? null) === want.via) &&
          (want.stance === undefined || c.stance === want.stance) &&
          (want.kind === undefined || c.kind === want.kind) &&
          (want.date === undefined || c.date === want.date) &&
          (want.quantities ?? []).every((wq) => c.quantities.some((q) => close(q.value, wq.value) && q.item === wq.item && (!wq.role || q.role === wq.role) && (!wq.qualifier || q.qualifier === wq.qualifier)));
        assert.ok(candidates.some(fits), `claim by ${want.claimant} ${JSON.stringify(want)} not found; got ${show()}`);
        expectedCount += want.quantities?.length ?? 0;
      }
      if (!ex.partial && ex.claims) assert.equal(got.length, expectedCount, `expected ${expectedCount} quantities in all, got ${show()}`);
      // Provenance: every span is the text it claims to be.
      for (const c of claims) {
        assert.equal(ex.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
        for (const q of c.quantities) assert.equal(ex.text.slice(q.start, q.end), q.text);
      }
    });
  });
}
