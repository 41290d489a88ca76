// The shared store suite on the embedded SQLite store (a fresh file in a temp directory).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storeSuite } from "./store.common.js";

storeSuite({
  name: "sqlite",
  async create() {
    return join(mkdtempSync(join(tmpdir(), "claimtrace-store-")), "test.db");
  },
  async destroy(spec) {
    rmSync(join(spec, ".."), { recursive: true, force: true });
  },
});
