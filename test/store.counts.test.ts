// The kept claim counts on both backends: a fresh SQLite file and a PostgreSQL database of its own.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countsSuite } from "./store.counts.common.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

countsSuite({
  name: "sqlite",
  async create() {
    return join(mkdtempSync(join(tmpdir(), "claimtrace-counts-")), "test.db");
  },
  async destroy(spec) {
    rmSync(join(spec, ".."), { recursive: true, force: true });
  },
});
countsSuite({
  name: "postgres",
  create: () => createTestDatabase("api_agg_counts"),
  destroy: (url) => (url ? dropTestDatabase(url) : Promise.resolve()),
});
