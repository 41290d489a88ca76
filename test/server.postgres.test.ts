// The HTTP API on PostgreSQL (127.0.0.1:5432, a database of its own, dropped after): the same
// suite as the embedded store. Fails, never skips, when PostgreSQL cannot be reached.
import { openStore } from "../src/store/index.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";
import { serverSuite } from "./fixtures/compare/server-suite.js";

let url = "";
serverSuite(
  async () => openStore((url = await createTestDatabase("claimtrace_server"))),
  async (s) => {
    await s.close();
    await dropTestDatabase(url);
  },
);
