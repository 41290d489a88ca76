// The language packs that ship: one line per folder under src/lang/. The registry (./index.ts)
// registers every pack exported here; nothing else in the code names a language.
export { pack as bn } from "./bn/index.js";
export { pack as en } from "./en/index.js";
export { pack as vi } from "./vi/index.js";
export { pack as ru } from "./ru/index.js";
export { pack as uk } from "./uk/index.js";
export { pack as hi } from "./hi/index.js";
export { pack as fr } from "./fr/index.js";
export { pack as es } from "./es/index.js";
export { pack as de } from "./de/index.js";
