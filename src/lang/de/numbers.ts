// German number and date vocabulary.
// Data only; see src/engine/numbers/lexicon.ts for each field.
// German writes every number below a million as one word ("dreihundertfünfundzwanzig",
// "zweitausendvierhundert"): the words below a thousand are generated here, and the engine's general
// compound split (`compoundWords`) reads longer glued numbers from them and "hundert"/"tausend".
// "." groups thousands ("1.200"), "," is the decimal mark ("1,5 Millionen").
import type { DateLexicon, NumberLexicon } from "../../engine/numbers/lexicon.js";

const UNITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
  "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"];
const TENS: Record<number, string> = { 20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig", 80: "achtzig", 90: "neunzig" };

/** The word for 1–999 as it stands inside a compound ("ein" before "hundert"/"und"/"tausend"). */
function below1000(n: number, final: boolean): string {
  if (n === 0) return "";
  const h = Math.floor(n / 100), r = n % 100;
  let out = h ? `${h === 1 ? "ein" : UNITS[h]}hundert` : "";
  if (r === 0) return out;
  if (r < 20) out += r === 1 ? (final ? "eins" : "ein") : UNITS[r];
  else {
    const u = r % 10, t = TENS[r - u]!;
    out += u ? `${u === 1 ? "ein" : UNITS[u]}und${t}` : t;
  }
  return out;
}

/**
 * Every number below a thousand as one word ("dreihundertfünfundzwanzig"), "ein"/"eine" and the Swiss
 * "ss" spelling of "dreißig". Larger glued numbers ("zweitausendvierhundert") are read by the engine's
 * compound split (`compoundWords`) from these words and the multipliers.
 */
function words(): Record<string, number> {
  // "hundert" and "tausend" alone are multipliers (a bare one is a number: "tausend Menschen").
  const out: Record<string, number> = { null: 0, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, anderthalb: 1.5, eineinhalb: 1.5, dreiviertel: 0.75 };
  for (let n = 1; n < 1000; n++) {
    const w = below1000(n, true);
    out[w] = n;
    // The Swiss "ss" and the "ue" of keyboards without umlauts: "dreissig", "fuenfhundert".
    if (w.includes("ß")) out[w.replaceAll("ß", "ss")] = n;
    if (w.includes("ü")) out[w.replaceAll("ü", "ue")] = n;
    // "zweieinhalb Millionen", "dreieinhalb": a whole and a half glued together.
    if (n < 100) out[`${below1000(n, false)}einhalb`] = n + 0.5;
    // 101, 201, …: "hunderteins" when counting, "hundertein"/"hunderteine" before a noun ("hunderteine Millionen").
    if (n > 100 && n % 100 === 1) { out[`${w.slice(0, -4)}ein`] = n; out[`${w.slice(0, -4)}eine`] = n; }
  }
  return out;
}

export const numbers: NumberLexicon = {
  decimal: ",",
  group: [".", " ", "\u00a0", "\u202f", "'"],
  indianGrouping: false,
  words: words(),
  // Any other glued number ("siebenhunderteinundzwanzigtausendzwölf", "achtzehnhundertzweiundfünfzig") is split into these pieces.
  compoundWords: true,
  // "Dutzende", "Hunderte", "Tausende" alone are vague, no count ("Hunderte Menschen"); after a number they multiply.
  vague: { "ein paar": 3, "ein dutzend": 12 },
  multipliers: {
    hundert: 100, tausend: 1e3, dutzend: 12, hunderte: 100, tausende: 1e3, "tsd": 1e3, "tsd.": 1e3, million: 1e6, millionen: 1e6, "mio": 1e6, "mio.": 1e6,
    milliarde: 1e9, milliarden: 1e9, "mrd": 1e9, "mrd.": 1e9, billion: 1e12, billionen: 1e12, billiarde: 1e15, billiarden: 1e15,
  },
  bareMultipliers: ["hundert", "tausend"],
  gluedMultipliers: { k: 1e3, K: 1e3, M: 1e6, G: 1e9 },
  articles: ["ein", "eine", "einer"],
  connectors: ["und"],
  pointWords: ["komma"],
  negativeWords: ["minus", "negativ"],
  blockers: ["einer der", "eine der", "eines der", "ein paar"],
  fractions: {
    denominators: { halb: 2, halbe: 2, halbes: 2, halben: 2, drittel: 3, viertel: 4, fünftel: 5, zehntel: 10 },
    standalone: { hälfte: 0.5, "die hälfte": 0.5 },
    infix: [],
    after: { "einhalb": 0.5 },
  },
  numeralSuffixes: { classifier: [], ordinal: ["."] },
  // "die 76-jährige Anwohnerin", "ein 22-Jähriger": an age, not a count.
  ageWords: ["jährige", "jährigen", "jähriger", "jähriges", "jährigem", "jährig", "monatige", "monatigen", "monatiger"],
  // "am 3.", "zum 3. Jahrestag", "der 2. Platz", "im 12. Stock": after these words "3." is an ordinal.
  ordinalDotAfter: ["der", "die", "das", "den", "dem", "des", "am", "zum", "zur", "im", "vom", "beim", "seit", "bis", "ab", "jeder", "jede", "jedes", "ihr", "ihre", "sein", "seine"],
  ordinalWords: ["erste", "ersten", "zweite", "zweiten", "dritte", "dritten", "vierte", "fünfte", "zehnte", "hundertste"],
  classifiers: [],
  indefinite: ["ein", "eine", "einen", "einem", "einer"],
  qualifiers: {
    before: {
      rund: "approx", etwa: "approx", "ungefähr": "approx", circa: "approx", "ca.": "approx", knapp: "approx", fast: "approx", beinahe: "approx", "nahezu": "approx",
      "mehr als": "more_than", "über": "more_than", "weit über": "more_than",
      mindestens: "at_least", "wenigstens": "at_least", "nicht weniger als": "at_least",
      "bis zu": "up_to", "höchstens": "at_most", "maximal": "at_most", "weniger als": "less_than", unter: "less_than",
      "stieg auf": "exact", "erhöhte sich auf": "exact",
    },
    after: { "oder mehr": "at_least" },
  },
  partitive: { partFirst: ["von", "der"], wholeFirst: [], relative: ["darunter", "davon"], anaphoric: ["davon", "von ihnen"] },
  zero: {
    pronouns: ["niemand", "keiner"],
    determiners: ["kein", "keine", "keinen", "keiner"],
    items: {
      verletzte: { item: "people_injured", role: "injured" }, verletzten: { item: "people_injured", role: "injured" },
      tote: { item: "people_killed", role: "killed" }, toten: { item: "people_killed", role: "killed" },
      verletzt: { item: "people_injured", role: "injured" }, getötet: { item: "people_killed", role: "killed" }, "ums leben": { item: "people_killed", role: "killed" },
      opfer: { item: "casualties", role: "total" },
    },
  },
};

export const dates: DateLexicon = {
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, april: 4, apr: 4, mai: 5, juni: 6, juli: 7, august: 8, aug: 8,
    september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  dayWords: [],
  // The ordinal dot of the day joins it to its month: "am 3. November 2024".
  dateJoiners: ["."],
  yearWords: ["jahr"],
  yearBefore: ["im", "seit", "bis", "von", "vor", "nach"],
  numericOrder: "dm",
  relative: { gestern: -1, heute: 0, vorgestern: -2, "in der nacht": 0, "am vortag": -1 },
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  publishedLabels: ["veröffentlicht", "aktualisiert", "stand"],
  timeUnits: ["uhr", "stunden", "stunde", "minuten", "mez", "mesz", "utc"],
};
