// French as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "fr",
  name: "French",
  iso3: "fra",
  locale: "fr",
  scripts: ["Latin"],
  neighbours: ["eng", "cat", "oci", "ita", "wln", "spa", "por", "ron", "lad", "frp", "pcd", "nld", "deu"],
  // Detection of short text (a headline) among the registered languages of the script: frequent short words.
  headlineWords: ["le", "la", "les", "des", "du", "de", "d", "l", "et", "au", "aux", "en", "sur", "pour", "dans", "avec", "après", "un", "une", "selon", "à", "près", "qu", "est", "sont", "avoir"],
  boilerplate: {
    adWords: ["publicité", "pub", "annonce", "sponsorisé", "contenu sponsorisé"],
    sourceLabels: ["source", "sources", "lire aussi", "à lire aussi", "lire la suite", "publié le", "mis à jour le"],
    commentWords: ["commentaire", "commentaires", "réagir", "réponse", "réponses"],
    photoCues: ["photo", "photo :", "photo:", "crédit", "illustration", "afp/", "reuters/", "archives"],
  },
};
