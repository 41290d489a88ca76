// The shared store suite on PostgreSQL, in a database created for this run and dropped after.
import { storeSuite } from "./store.common.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

storeSuite({
  name: "postgres",
  create: () => createTestDatabase("claimtrace_store"),
  destroy: (url) => (url ? dropTestDatabase(url) : Promise.resolve()),
});
