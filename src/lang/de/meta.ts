// German as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "de",
  name: "German",
  iso3: "deu",
  locale: "de",
  scripts: ["Latin"],
  // Germanic neighbours franc takes for German or German for them (Luxembourgish, Dutch, Afrikaans,
  // Frisian, the Low German and Swiss/Alsatian varieties, Yiddish in Latin letters, Danish), and
  // English, whose short headlines share much vocabulary.
  neighbours: ["ltz", "nld", "afr", "fry", "nds", "gsw", "pdc", "dan", "swe", "nob", "eng"],
  // A text with none of these words (or letters) is not that neighbour: franc's trigrams take short
  // German headlines for Dutch or Afrikaans, which share most letters but not their function words.
  // Only words that are no German words are listed ("die" is both German and Afrikaans).
  neighbourWords: {
    nld: ["de", "het", "een", "van", "niet", "zijn", "bij", "naar", "uit", "ook", "dat", "wordt", "heeft", "hebben", "door", "voor", "tot", "op", "en", "werden", "meer dan", "maar", "nog"],
    afr: ["het", "nie", "van", "om", "op", "vir", "ook", "sy", "hulle", "deur", "uit", "word", "baie", "na", "en", "is", "maar"],
    ltz: ["ass", "net", "huet", "gëtt", "vun", "ze", "dës", "awer", "och", "mat", "gouf", "ginn", "dat", "hunn"],
    fry: ["it", "fan", "yn", "en", "is", "net", "hat", "wie", "waard", "mei"],
    nds: ["dat", "un", "nich", "wat", "ik", "hett", "sünd", "vun", "op", "ut", "hebbt", "de"],
    gsw: ["isch", "het", "nöd", "nüd", "mer", "vo", "öppis", "gsi", "hät", "sind gsi", "chönd", "au"],
    pdc: ["iss", "un", "mer", "hot", "vun", "sell", "net", "hen"],
    dan: ["og", "af", "til", "det", "er", "ikke", "på", "med", "har", "blev", "fra", "en"],
    nob: ["og", "av", "til", "det", "er", "ikke", "på", "med", "har", "ble", "fra", "en"],
  },
  neighbourLetters: { dan: "æøå", nob: "æøå", ltz: "ë" },
  markLetters: "äöüß",
  // Detection of short text (a headline) among the registered languages of the script: frequent short words
  // (none that English or French list too: "in", "des"), separable particles included ("schießt … ab").
  headlineWords: ["der", "die", "das", "den", "dem", "ein", "eine", "einen", "und", "im", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über", "laut", "nicht", "ist", "sind", "wird", "werden", "bis", "gegen", "mehr", "mindestens", "rund", "seit", "ab", "an", "weitere", "sich", "ihre", "ihr", "ihren"],
  boilerplate: {
    adWords: ["anzeige", "werbung", "gesponsert", "sponsored"],
    sourceLabels: ["quelle", "quellen", "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren", "weiterlesen", "veröffentlicht", "aktualisiert", "zum thema"],
    commentWords: ["kommentar", "kommentare", "kommentieren", "antworten"],
    photoCues: ["foto", "foto:", "bild:", "bildunterschrift", "bildunterschrift:", "archivbild", "symbolbild", "quelle:", "dpa/", "afp/", "reuters/", "imago", "picture alliance"],
    notTitles: ["das wichtigste in kürze", "was wir wissen", "artikel anhören", "dieser artikel wurde mit ki-unterstützung erstellt", "newsblog", "liveblog", "eilmeldung"],
    bylineWords: ["von", "autor", "autorin"],
  },
};
