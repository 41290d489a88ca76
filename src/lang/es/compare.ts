// Spanish cues for the compare stage (src/compare/cues.ts): what kind of figure a number is.
import type { CompareCues } from "../types.js";

export const compare: CompareCues = {
  runningTotal: [
    "desde", "desde el inicio", "desde el comienzo", "hasta ahora", "hasta la fecha", "en lo que va de año", "en lo que va del año",
    "este año", "en total", "acumulado", "acumulados", "a lo largo de la guerra", "en el último año",
  ],
  rising: ["eleva a", "elevó a", "se eleva a", "se elevó a", "asciende a", "ascendió a", "aumentó a", "aumenta a", "sube a", "subió a", "llega a", "llegó a", "alcanza", "alcanzó", "ya son", "se sitúa en"],
  night: ["de madrugada", "en la madrugada", "esta madrugada", "por la noche", "durante la noche", "anoche", "la noche del", "en la noche"],
  background: ["población", "habitantes", "una ciudad de", "viven", "residen"],
  rank: ["uno de los", "una de las", "uno de sus", "una de sus"],
};
