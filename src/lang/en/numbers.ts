// English number and date vocabulary. Data only; see src/engine/numbers/lexicon.ts for each field.
import type { DateLexicon, NumberLexicon } from "../../engine/numbers/lexicon.js";

export const numbers: NumberLexicon = {
  decimal: ".",
  group: [",", " ", "\u00a0", "\u202f"],
  indianGrouping: true,
  words: {
    zero: 0, nought: 0, naught: 0, nil: 0,
    one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    "a couple": 2, "a couple of": 2, "a pair": 2, "a pair of": 2, "a dozen of": 12,
  },
  vague: { "a few": 3, few: 3 },
  multipliers: {
    hundred: 100, hundreds: 100,
    thousand: 1e3, thousands: 1e3,
    million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, mil: 1e6,
    billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9,
    trillion: 1e12, trillions: 1e12, tn: 1e12, tln: 1e12,
    lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, lkh: 1e5, lkhs: 1e5,
    crore: 1e7, crores: 1e7, cr: 1e7, koti: 1e7, krore: 1e7, krores: 1e7, kr: 1e7,
    dozen: 12, dozens: 12, k: 1e3,
  },
  // Case-sensitive: "10M" is ten million, "10m" is ten metres.
  gluedMultipliers: { k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mil: 1e6, mln: 1e6, mn: 1e6, G: 1e9, B: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12 },
  articles: ["a", "an"],
  connectors: ["and"],
  pointWords: ["point"],
  negativeWords: ["minus", "negative"],
  blockers: ["one another", "one by one", "no one", "the one", "this one", "that one", "which one", "the only one", "one of these days"],
  fractions: {
    denominators: {
      half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
      fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
      ninth: 9, ninths: 9, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
    },
    standalone: { half: 0.5 },
    infix: [],
    after: {
      "and a half": 0.5, "and one half": 0.5, "and a quarter": 0.25, "and one quarter": 0.25, "and a fourth": 0.25,
      "and one fourth": 0.25, "and three quarters": 0.75, "and a third": 1 / 3, "and one third": 1 / 3, "and two thirds": 2 / 3,
    },
  },
  numeralSuffixes: { classifier: [], ordinal: ["st", "nd", "rd", "th"] },
  ageWords: ["year", "years", "month", "week", "day"],
  ordinalWords: [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth",
  ],
  classifiers: [],
  indefinite: [],
  qualifiers: {
    before: {
      about: "approx", around: "approx", nearly: "approx", almost: "approx", some: "approx",
      approximately: "approx", roughly: "approx", "an estimated": "approx", estimated: "approx",
      "close to": "approx", "upwards of": "more_than", "in excess of": "more_than",
      "more than": "more_than", over: "more_than", "greater than": "more_than",
      // Verbs of exceeding, and verbs of change that give the new value exactly.
      exceeded: "more_than", exceeds: "more_than", topped: "more_than", surpassed: "more_than",
      "rose to": "exact", "risen to": "exact", "climbed to": "exact", "increased to": "exact", "has risen to": "exact",
      "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
      "up to": "up_to", "as many as": "up_to", "as much as": "up_to",
      "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most", "not more than": "at_most",
      "less than": "less_than", "fewer than": "less_than", under: "less_than", "just under": "less_than",
      // Verb particles, not qualifiers.
      "handed over": "exact", "hand over": "exact", "hands over": "exact", "handing over": "exact",
      "turned over": "exact", "took over": "exact", "taken over": "exact", "take over": "exact",
      "shot down over": "exact", "went over": "exact",
      // "over" as a place ("31 of them over nine regions"), not "more than".
      "them over": "exact", "it over": "exact", "down over": "exact", "drones over": "exact", "missiles over": "exact",
      "flew over": "exact", "flying over": "exact", "fired over": "exact", "launched over": "exact", "spread over": "exact",
    },
    after: { "or more": "at_least", "or so": "approx", "or fewer": "at_most", "or less": "at_most", "-plus": "more_than", plus: "more_than" },
  },
  partitive: {
    partFirst: ["of the", "of", "out of", "out of the", "of all"],
    wholeFirst: [],
    relative: ["of which", "of whom", "among them", "including"],
    anaphoric: ["of them", "of those", "of these", "of which"],
  },
  zero: {
    pronouns: ["no one", "no-one", "nobody", "none"],
    determiners: ["no", "zero", "not a single", "not any"],
    negatedDeterminers: ["any", "a single"],
    negationBefore: ["not", "n't", "never", "didn't", "did't", "wasn't", "weren't", "haven't", "hasn't"],
    items: {
      injured: { item: "people_injured", role: "injured" },
      hurt: { item: "people_injured", role: "injured" },
      wounded: { item: "people_injured", role: "injured" },
      injuries: { item: "people_injured", role: "injured" },
      killed: { item: "people_killed", role: "killed" },
      died: { item: "people_killed", role: "killed" },
      dead: { item: "people_killed", role: "killed" },
      deaths: { item: "people_killed", role: "killed" },
      fatalities: { item: "people_killed", role: "killed" },
      casualties: { item: "casualties", role: "total" },
      victims: { item: "casualties", role: "total" },
      bodies: { item: "body", role: "total" },
      survivors: { item: "survivors", role: "total" },
    },
  },
};

export const dates: DateLexicon = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  dayWords: [],
  yearWords: ["year"],
  yearBefore: ["in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "early", "mid", "late"],
  numericOrder: "md",
  relative: {
    yesterday: -1, today: 0, tonight: 0, overnight: 0, "last night": 0, "this morning": 0,
    "a day earlier": -1, "the day before": -1, "the previous day": -1, "a day before": -1,
    "the day before yesterday": -2, "two days earlier": -2, "two days ago": -2,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  weekdaysCased: true,
  publishedLabels: ["published", "published on", "posted", "posted on", "updated", "last updated", "first published", "date"],
  timeUnits: ["o'clock", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs"],
};
