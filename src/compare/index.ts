// Compare: claims lined up across outlets and languages. Pure functions over typed claims.
export type * from "./types.js";
export { buildMeasures, buildMeasuresAsync, measureId, type MeasureOptions } from "./measures.js";
export { compareStatements } from "./verdicts.js";
export { intervalOf, phrase, formatNumber } from "./intervals.js";
export { fromStored, loadClaimsForMeasures, outletOf } from "./from-store.js";
export { seriesHistories, historyOf, historiesOf, figureOrigins, byPublication, publicationTime, type SeriesHistory, type HistoryPoint, type FigureOrigin, type OriginRef } from "./history.js";
