// The language registry (./registry.ts) with every registered language's pack loaded: what the
// pipeline (src/pipeline.ts), ingest, the server, the worker, the library and the tests import, so packFor, PACKS and
// allPacks() answer for every language, synchronously, as soon as this module is imported.
// CLI help and detection import ./registry.ts only, which holds the light metas (./metas.ts).
import type { LangPack } from "./types.js";
import { LANGS, attachPack } from "./registry.js";
import * as shipped from "./packs.js";

export * from "./registry.js";

const packs = Object.values(shipped) as LangPack[];
const listed = packs.map((p) => p.code).sort().join(", "), registered = [...LANGS].sort().join(", ");
if (listed !== registered) throw new Error(`language packs: ./packs.ts lists ${listed} but ./metas.ts ${registered}`);
for (const pack of packs) attachPack(pack);
