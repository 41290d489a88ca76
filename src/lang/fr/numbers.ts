// French number and date vocabulary. Data only; see src/engine/numbers/lexicon.ts for each field.
// The words 0–99 are generated from their parts (vingt, soixante-dix, quatre-vingt(s), "et un"),
// including the Belgian and Swiss septante/huitante/octante/nonante, so every compound is one
// entry and no composition rule of French lives in the engine.
import type { DateLexicon, NumberLexicon } from "../../engine/numbers/lexicon.js";

const UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"];

/** Tens 20–90 with the unit forms that follow them (France, Belgium, Switzerland). */
const TENS: Array<[string, number, boolean]> = [
  // [word, value, takes a 10–19 unit (soixante-dix, quatre-vingt-dix)]
  ["vingt", 20, false], ["trente", 30, false], ["quarante", 40, false], ["cinquante", 50, false],
  ["soixante", 60, true], ["quatre-vingt", 80, true], ["septante", 70, false], ["huitante", 80, false],
  ["octante", 80, false], ["nonante", 90, false],
];

/** Every spelling of 0–99: hyphenated (1990 rules and classic), with and without "et". */
function wordsTo99(): Record<string, number> {
  const out: Record<string, number> = {};
  UNITS.forEach((w, i) => { out[w] = i; out[w.replace(/-/g, " ")] = i; });
  out["zero"] = 0;
  for (const [ten, v, teens] of TENS) {
    out[ten] = v;
    if (ten === "quatre-vingt") { out["quatre-vingts"] = 80; out["quatre vingts"] = 80; out["quatre vingt"] = 80; }
    for (let u = 1; u <= (teens ? 19 : 9); u++) {
      // "un" has a feminine "une" (vingt-et-une victimes).
      for (const unit of u === 1 ? ["un", "une"] : [UNITS[u]]) {
        const forms = [`${ten}-${unit}`, `${ten} ${unit}`];
        if (u === 1 || u === 11) forms.push(`${ten} et ${unit}`, `${ten}-et-${unit}`);
        for (const f of forms) { out[f] = v + u; out[f.replace(/-/g, " ")] = v + u; }
      }
    }
  }
  return out;
}

export const numbers: NumberLexicon = {
  decimal: ",",
  group: [" ", "\u00a0", "\u202f", ".", "'", "\u2019"],
  indianGrouping: false,
  words: { ...wordsTo99(), "une": 1 },
  // "une centaine de blessés": a round figure given as approximate.
  vague: {
    "quelques": 3, "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
    "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60, "une centaine": 100, "un millier": 1000,
  },
  multipliers: {
    douzaine: 12, douzaines: 12,
    cent: 100, cents: 100, mille: 1e3, mil: 1e3, milliers: 1e3, centaines: 100, dizaines: 10,
    million: 1e6, millions: 1e6, "mln": 1e6, milliard: 1e9, milliards: 1e9, "mds": 1e9, "md": 1e9, billion: 1e12, billions: 1e12,
  },
  // "cent", "mille" are numbers on their own ("mille morts"); "million" needs "un" before it.
  bareMultipliers: ["cent", "mille"],
  gluedMultipliers: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, Md: 1e9, Mds: 1e9 },
  articles: ["un", "une"],
  connectors: ["et"],
  pointWords: ["virgule"],
  // No sign word: "moins" is mostly "au moins" / "moins de" in news, never a negative count.
  negativeWords: [],
  blockers: ["l'un", "l’un", "l'une", "l’une", "un à un", "un par un", "pas un", "un peu", "un jour"],
  fractions: {
    denominators: {
      demi: 2, demie: 2, tiers: 3, quart: 4, quarts: 4, cinquième: 5, cinquièmes: 5, sixième: 6, dixième: 10, dixièmes: 10, centième: 100, millième: 1000,
    },
    standalone: { moitié: 0.5, "la moitié": 0.5 },
    infix: [],
    after: { "et demi": 0.5, "et demie": 0.5, "et quart": 0.25 },
  },
  numeralSuffixes: { classifier: [], ordinal: ["e", "er", "ère", "re", "ème", "eme", "es", "ers"] },
  ordinalWords: ["premier", "première", "deuxième", "second", "seconde", "troisième", "quatrième", "cinquième", "dixième", "centième", "millième"],
  classifiers: [],
  // "un", "une" are the article as much as the numeral: a count only when qualified or partitive.
  indefinite: ["un", "une"],
  qualifiers: {
    before: {
      environ: "approx", "près de": "approx", "quelque": "approx", "autour de": "approx", "aux alentours de": "approx",
      "approximativement": "approx", "à peu près": "approx", "presque": "approx", "quasiment": "approx", "pas loin de": "approx",
      "plus de": "more_than", "au-delà de": "more_than", "davantage que": "more_than",
      "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least",
      "jusqu'à": "up_to", "jusqu’à": "up_to", "jusqu'a": "up_to",
      "au plus": "at_most", "pas plus de": "at_most", "au maximum": "at_most", "tout au plus": "at_most",
      "moins de": "less_than",
      "est passé à": "exact", "a atteint": "exact", "s'élève à": "exact", "s’élève à": "exact", "atteint": "exact",
    },
    after: { "environ": "approx", "au moins": "at_least", "ou plus": "at_least" },
  },
  partitive: {
    partFirst: ["des", "d'entre", "d’entre", "sur"],
    wholeFirst: [],
    relative: ["dont", "parmi eux", "parmi lesquels", "y compris"],
    anaphoric: ["d'entre eux", "d’entre eux", "d'entre elles", "d’entre elles"],
  },
  zero: {
    pronouns: ["personne", "aucun", "aucune"],
    determiners: ["aucun", "aucune", "pas de", "pas un seul", "pas une seule", "zéro"],
    items: {
      blessé: { item: "people_injured", role: "injured" },
      blessés: { item: "people_injured", role: "injured" },
      mort: { item: "people_killed", role: "killed" },
      morts: { item: "people_killed", role: "killed" },
      victime: { item: "casualties", role: "total" },
      victimes: { item: "casualties", role: "total" },
      décès: { item: "people_killed", role: "killed" },
    },
  },
};

export const dates: DateLexicon = {
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
    août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12,
  },
  dayWords: [],
  yearWords: ["an", "année"],
  yearBefore: ["en", "depuis", "jusqu'en", "avant", "après", "de", "début", "fin", "mi"],
  numericOrder: "dm",
  // "dans la nuit" alone is no day: "dans la nuit de lundi à mardi" is dated by its span (spanJoiners).
  relative: {
    hier: -1, "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0, "cette nuit": 0, "la nuit dernière": 0, "hier soir": -1,
    "la veille": -1, "avant-hier": -2, "le jour précédent": -1, "ce week-end": 0, "cet après-midi": 0,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  spanJoiners: ["au", "à"],
  publishedLabels: ["publié", "publié le", "mis à jour", "mis à jour le", "modifié le", "actualisé le", "le"],
  timeUnits: ["h", "heures", "heure", "gmt", "utc"],
};
