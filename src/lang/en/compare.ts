// English cues for the compare stage (src/compare/cues.ts): what kind of figure a number is.
import type { CompareCues } from "../types.js";

export const compare: CompareCues = {
  runningTotal: [
    "since", "so far", "to date", "so far this year", "this year", "cumulative", "in all since", "up to now",
    "until now", "over the course of the war", "throughout the war", "over the past year",
  ],
  rising: ["rose to", "risen to", "rises to", "rising to", "climbed to", "climbs to", "increased to", "jumped to", "grew to", "went up to", "has risen", "toll rose", "now stands at", "stood at"],
  night: ["overnight", "late at night", "at night", "last night", "tonight", "during the night", "night of", "early hours", "before dawn"],
  background: ["population", "inhabitants", "home to", "a city of", "people live", "residents live", "people living in"],
  rank: ["one of the", "one of its", "one of their"],
};
