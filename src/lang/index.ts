// The language registry (./registry.ts) with every registered language's pack loaded: what the
// engine, the server, the worker, the library and the tests import, so packFor, PACKS and
// allPacks() answer for every language, synchronously, as soon as this module is imported.
// A command that reads one article imports ./registry.ts instead (or calls loadPacksOnDemand
// before this module is first imported) and loads only its language's pack.
import { loadPacks, packsLoadOnDemand } from "./registry.js";

export * from "./registry.js";

if (!packsLoadOnDemand()) await loadPacks();
