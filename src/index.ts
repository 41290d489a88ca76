// Public API of the claimtrace package.
export type * from "./types.js";
export { extractDocument } from "./engine/extract.js";
export { extractText } from "./pipeline.js";
export { EXTRACTOR_VERSION, VERSION } from "./version.js";
