// Ukrainian as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "uk",
  name: "Ukrainian",
  iso3: "ukr",
  locale: "uk",
  scripts: ["Cyrillic"],
  neighbours: ["rus", "bel", "bul", "mkd", "srp"],
  // Detection of short text (a headline) among the registered languages of the script: frequent short words.
  headlineWords: ["і", "й", "та", "з", "із", "від", "через", "про", "що", "біля", "після", "щонайменше", "унаслідок", "внаслідок", "понад", "його", "їх", "як", "був", "була", "були", "стала"],
  // A text with none of these letters is not that neighbour. Russian is not listed: a short Russian
  // headline may lack ы, э, ё and ъ; its pack requires і, ї, є or ґ of Ukrainian instead.
  neighbourLetters: { bel: "ўыэ", bul: "ъ", mkd: "ѓќѕјљњџ", srp: "ђјљњћџ" },
  boilerplate: {
    adWords: ["реклама"],
    sourceLabels: ["джерело", "читайте також", "детальніше", "по темі"],
    commentWords: ["коментарі", "коментар", "коментарів"],
    photoCues: ["фото", "фото:", "ілюстрація", "кадр з відео", "скриншот"],
  },
};
