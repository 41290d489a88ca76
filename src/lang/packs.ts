// The languages that ship: one line per folder under src/lang/, naming its light meta. The registry
// (./registry.ts) registers every language exported here and loads its pack (./<code>/index.ts) on
// first use; nothing else in the code names a language.
export { meta as bn } from "./bn/meta.js";
export { meta as en } from "./en/meta.js";
export { meta as vi } from "./vi/meta.js";
export { meta as ru } from "./ru/meta.js";
export { meta as uk } from "./uk/meta.js";
export { meta as hi } from "./hi/meta.js";
export { meta as fr } from "./fr/meta.js";
export { meta as es } from "./es/meta.js";
export { meta as de } from "./de/meta.js";
