// French cues for the compare stage (src/compare/cues.ts): what kind of figure a number is.
import type { CompareCues } from "../types.js";

export const compare: CompareCues = {
  runningTotal: ["depuis le début", "depuis le début de la guerre", "depuis le début de l'année", "depuis janvier", "au total", "jusqu'à présent", "à ce jour", "cette année", "en tout"],
  rising: ["est passé à", "est passée à", "s'élève désormais à", "a grimpé à", "atteint désormais", "a atteint", "est monté à", "est montée à"],
  night: ["dans la nuit", "cette nuit", "la nuit dernière", "pendant la nuit", "tard dans la soirée", "au petit matin"],
  background: ["habitants", "population", "peuplée de", "peuplé de"],
  rank: ["l'une des", "l'un des", "une des", "un des"],
};
