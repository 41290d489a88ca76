// The HTTP API on the embedded (SQLite) store, through app.request(): see fixtures/compare/server-suite.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import { serverSuite } from "./fixtures/compare/server-suite.js";

const dir = mkdtempSync(join(tmpdir(), "claimtrace-server-"));
serverSuite(
  () => openStore(join(dir, "t.db")),
  async (s) => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  },
);
