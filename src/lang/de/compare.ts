// German cues for the compare stage (src/compare/cues.ts): what kind of figure a number is.
import type { CompareCues } from "../types.js";

export const compare: CompareCues = {
  runningTotal: [
    "seit kriegsbeginn", "seit beginn des krieges", "seit beginn", "seit jahresbeginn", "seit anfang", "bisher", "bislang", "insgesamt",
    "in diesem jahr", "dieses jahr", "im laufe des krieges",
  ],
  rising: ["stieg auf", "stiegen auf", "ist auf", "erhöhte sich auf", "hat sich auf", "kletterte auf", "wuchs auf", "steigt auf", "auf mittlerweile", "auf inzwischen"],
  night: ["in der nacht", "über nacht", "nachts", "in der nacht zu", "in der nacht zum", "in der nacht auf", "am abend", "spät abends"],
  background: ["einwohner", "bevölkerung", "einwohnerzahl", "leben rund", "leben etwa", "eine stadt mit"],
  rank: ["einer der", "eine der", "eines der", "einem der", "einen der"],
};
