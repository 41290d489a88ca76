// Forgiving search through the HTTP API, on the embedded store and on PostgreSQL: the dev articles
// (samples/01-bn, 02-en, 03-vi) posted to /api/ingest, then /api/claims queried the way a user
// types: any part of a name, any case, no accents, any language's alias; item and role words of
// any language; `warnings` with the closest valid values instead of a silent empty page;
// /api/vocabulary; dates that are not calendar days rejected with the parameter named.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { createApp } from "../src/server/app.js";
import { LANGS } from "../src/lang/index.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

const TOKEN = "query-test-token-0123456789";
const SAMPLES = new URL("../samples/", import.meta.url).pathname;

interface Row { id: number; stance: string; claimant: { name: string; surface: string } | null; article_lang: string; location: { name: string } | null; quantities: Array<{ item: string; role: string }> }

for (const backend of ["sqlite", "postgres"] as const) {
  describe(`forgiving search through the API on ${backend}`, () => {
    let store: Store, app: ReturnType<typeof createApp>, dir = "", pgUrl = "";

    before(async () => {
      if (backend === "sqlite") {
        dir = mkdtempSync(join(tmpdir(), "claimtrace-query-api-"));
        store = await openStore(join(dir, "q.db"));
      } else {
        pgUrl = await createTestDatabase("claimtrace_query");
        store = await openStore(pgUrl);
      }
      app = createApp({ store, token: TOKEN, measureTtlMs: 0 });
      for (const [file, lang] of [["01-bn.txt", "bn"], ["02-en.txt", "en"], ["03-vi.txt", "vi"]]) {
        const r = await app.request("/api/ingest", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ text: readFileSync(join(SAMPLES, file), "utf8"), lang, published: "2024-11-01" }),
        });
        assert.equal(r.status, 201, await r.text());
      }
    });
    after(async () => {
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (pgUrl) await dropTestDatabase(pgUrl);
    });

    const get = async (path: string) => {
      const r = await app.request(path);
      return { status: r.status, body: JSON.parse(await r.text()) };
    };
    const claims = async (query: Record<string, string>) => {
      const r = await get(`/api/claims?${new URLSearchParams({ limit: "500", ...query })}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body as { total: number; items: Row[]; warnings: string[] };
    };
    const ids = (x: { items: Row[] }) => x.items.map((c) => c.id).sort((a, b) => a - b);

    test("claimant: any part of the name, any case, any language's alias; no warning when found", async () => {
      const canonical = await claims({ claimant: "Volodymyr Zelensky" });
      assert.ok(canonical.total >= 2);
      for (const q of ["zelensky", "ZELENSKY", "Zelenskyy", "zelen", "volodymyr", "Зеленский", "владимир зеленский", "জেলেনস্কি"]) {
        const r = await claims({ claimant: q });
        assert.deepEqual(ids(r), ids(canonical), `claimant=${q}`);
        assert.deepEqual(r.warnings, []);
      }
      const nk = await claims({ claimant: "north korea" });
      assert.ok(nk.items.every((c) => c.claimant?.name === "North Korea"));
      assert.deepEqual([...new Set(nk.items.map((c) => c.article_lang))].sort(), ["bn", "en", "vi"]);
      assert.deepEqual(ids(await claims({ claimant: "Triều Tiên" })), ids(nk), "the Vietnamese alias");
      assert.deepEqual(ids(await claims({ claimant: "উত্তর কোরিয়া" })), ids(nk), "the Bengali alias");
      assert.deepEqual(ids(await claims({ claimant: "Северная Корея" })), ids(nk), "the Russian alias");
      // An institution's alias finds its composites: "Минобороны" is the Russian ministry's claims.
      const mod = await claims({ claimant: "Минобороны" });
      assert.ok(mod.total > 0 && mod.items.every((c) => c.claimant?.name.endsWith("Ministry of Defence")));
    });

    test("accents and diacritics ignored, on gazetteer names and on the article's surface words", async () => {
      const plain = await claims({ claimant: "bo quoc phong nga" });
      assert.ok(plain.total > 0);
      assert.deepEqual(ids(plain), ids(await claims({ claimant: "Bộ Quốc phòng Nga" })));
      const lam = await claims({ claimant: "lam kiem" });
      assert.ok(lam.total > 0 && lam.items.every((c) => c.claimant?.name === "Lin Jian"));
      assert.deepEqual(ids(lam), ids(await claims({ claimant: "LÂM KIẾM" })));
      const tg = await claims({ claimant: "telegram channel" });
      assert.ok(tg.total > 0 && tg.items.every((c) => c.claimant?.name === "Baza"));
      // via and place the same way.
      const reuters = await claims({ via: "Reuters" });
      assert.ok(reuters.total >= 3);
      assert.deepEqual(ids(await claims({ via: "REUTERS" })), ids(reuters));
      assert.deepEqual(ids(await claims({ outlet: "reut" })), ids(reuters));
      const moscow = await claims({ place: "Moscow" });
      assert.ok(moscow.total > 0 && moscow.items.every((c) => c.location?.name === "Moscow"));
      assert.deepEqual(ids(await claims({ place: "москва" })), ids(moscow));
      assert.deepEqual(ids(await claims({ place: "মস্কো" })), ids(moscow));
    });

    test("item and role words of every language, and their classes", async () => {
      const uav = await claims({ item: "uav" });
      assert.ok(uav.total > 0);
      for (const w of ["drone", "drones", "UAV", "дроны", "беспилотник", "ড্রোন"]) assert.deepEqual(ids(await claims({ item: w })), ids(uav), `item=${w}`);
      const troops = await claims({ item: "troops" });
      assert.ok(troops.total > 0);
      for (const w of ["soldiers", "troop", "Troops"]) assert.deepEqual(ids(await claims({ item: w })), ids(troops), `item=${w}`);
      const shot = await claims({ item: "drone", role: "shot down" });
      assert.ok(shot.total > 0 && shot.items.every((c) => c.quantities.some((q) => q.item === "uav" && ["destroyed", "intercepted"].includes(q.role))));
      assert.deepEqual(ids(await claims({ item: "uav", role: "сбиты" })), ids(shot));
    });

    test("warnings name what matched nothing, with the closest valid values", async () => {
      const typo = await claims({ claimant: "zelenksy" });
      assert.equal(typo.total, 0);
      assert.deepEqual(typo.warnings, ['claimant "zelenksy" matches no stored claim; closest: Volodymyr Zelensky']);
      const place = await claims({ place: "moskow" });
      assert.match(place.warnings.join("\n"), /^place "moskow" matches no stored claim; closest: [^\n]*\bMoscow\b/);
      const item = await claims({ item: "dronne" }); // a typo ("dron" is Spanish for drone, a known word)
      assert.match(item.warnings[0], /^item "dronne" is not a known item; closest: uav\b/);
      const role = await claims({ role: "shotdown" });
      assert.match(role.warnings[0], /^role "shotdown" is not a known role; closest: destroyed\b/);
      const both = await claims({ claimant: "north korea", item: "drone" });
      assert.equal(both.total, 0);
      assert.match(both.warnings[0], /^no claim matches all the filters together \(claims per filter alone: claimant "north korea": \d+; item "drone": \d+\)$/);
      // A known item the store has no claim about is said so too.
      const tank = await claims({ item: "tank" });
      assert.deepEqual(tank.warnings, ['item "tank" matches no stored claim']);
    });

    test("vocabulary: items, roles, kinds, stances and the registry's languages", async () => {
      const doc = (await get("/openapi.json")).body;
      assert.ok(doc.paths["/api/vocabulary"] && doc.components.schemas.ClaimPage.properties.warnings, "documented in the OpenAPI document");
      const v = (await get("/api/vocabulary")).body;
      assert.deepEqual(v.languages.map((l: { code: string }) => l.code), LANGS);
      assert.ok(v.items.find((x: { value: string }) => x.value === "uav").synonyms.en.includes("drone"));
      assert.deepEqual(v.stances.map((x: { value: string }) => x.value), ["assert", "deny", "question", "forecast"]);
    });

    test("dates must be calendar days; the error names the parameter", async () => {
      for (const [k, bad] of [["from", "2024-13-01"], ["to", "2023-02-29"], ["from", "2024-11-1"]]) {
        const r = await get(`/api/claims?${k}=${bad}`);
        assert.equal(r.status, 400);
        assert.deepEqual(r.body, { error: `${k}: "${bad}" is not a calendar date as YYYY-MM-DD` });
      }
      assert.equal((await get("/api/claims?from=2024-02-29")).status, 200);
    });

    test("measures: item by any word for it", async () => {
      const r = await get("/api/measures?item=troop");
      assert.equal(r.status, 200);
      assert.ok(r.body.items.length > 0 && r.body.items.every((m: { key: { item: string } }) => m.key.item === "troops"));
    });
  });
}
