// The light side of ./packs.ts: each shipped language's meta (identity, detection data, boilerplate
// words), one line per folder, in the same order. The registry (./registry.ts) registers the
// languages from these, so CLI help and detection need no lexicon; ./index.ts checks that this list
// and ./packs.ts name the same languages.
export { meta as bn } from "./bn/meta.js";
export { meta as en } from "./en/meta.js";
export { meta as vi } from "./vi/meta.js";
export { meta as ru } from "./ru/meta.js";
export { meta as uk } from "./uk/meta.js";
export { meta as hi } from "./hi/meta.js";
export { meta as fr } from "./fr/meta.js";
export { meta as es } from "./es/meta.js";
export { meta as de } from "./de/meta.js";
