// Spanish as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "es",
  name: "Spanish",
  iso3: "spa",
  locale: "es",
  scripts: ["Latin"],
  // Romance and Iberian neighbours franc confuses with Spanish (Catalan, Galician, Portuguese, Asturian, ...).
  neighbours: ["cat", "glg", "por", "ast", "lad", "ita", "fra", "oci", "arg", "ext", "eng"],
  // A headline with none of these is not Galician or Catalan ("Corea del Norte niega haber enviado tropas a Rusia").
  neighbourWords: {
    glg: ["do", "da", "dos", "das", "ao", "aos", "unha", "na", "nas", "no", "nos", "coa", "co", "cun", "cunha", "polo", "pola", "e", "que", "non", "á", "ás", "tras"],
    cat: ["els", "les", "amb", "dels", "per", "una", "és", "als", "seu", "seva", "i", "la", "el", "al", "del", "que", "no", "un", "de", "en"],
  },
  // Detection of short text (a headline) among the registered languages of the script: frequent short words.
  headlineWords: ["el", "la", "los", "las", "del", "de", "y", "en", "por", "con", "para", "tras", "contra", "un", "una", "al", "se", "su", "que", "más", "según", "haber", "sube", "deja"],
  boilerplate: {
    adWords: ["publicidad", "anuncio", "contenido patrocinado", "patrocinado"],
    sourceLabels: ["fuente", "fuentes", "lee también", "lea también", "te puede interesar", "le puede interesar", "leer más", "más información", "publicado", "actualizado"],
    commentWords: ["comentario", "comentarios", "comentar", "respuestas"],
    photoCues: ["foto", "foto:", "fotografía", "imagen", "crédito", "archivo", "efe/", "afp/", "reuters/", "captura"],
  },
};
