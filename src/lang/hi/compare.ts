// Hindi cues for the compare stage (src/compare/cues.ts): what kind of figure a number is.
import type { CompareCues } from "../types.js";

export const compare: CompareCues = {
  runningTotal: ["अब तक", "शुरुआत से", "युद्ध शुरू होने के बाद से", "युद्ध की शुरुआत से", "इस साल अब तक", "इस वर्ष अब तक", "कुल मिलाकर", "आज तक"],
  rising: ["बढ़कर", "बढ़ कर", "तक पहुंच गई", "तक पहुँच गई", "तक पहुंच गया", "तक पहुँच गया", "बढ़ गई", "बढ़ गया"],
  night: ["रात में", "रातभर", "रात भर", "देर रात", "बीती रात", "पिछली रात", "रात को"],
  background: ["आबादी", "जनसंख्या", "आबादी वाले", "आबादी वाला"],
  rank: ["में से एक"],
};
