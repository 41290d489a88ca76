// The package version, and the extractor version stored with every article: bump EXTRACTOR_VERSION
// whenever extraction output changes, so `claimtrace reprocess` knows which articles to redo.
export const VERSION = "0.1.0";
export const EXTRACTOR_VERSION = 1;
