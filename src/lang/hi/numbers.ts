// Hindi number and date vocabulary. Data only; see src/engine/numbers/lexicon.ts for each field.
// Hindi has an irregular word for every number from 1 to 99 (इक्यावन = 51, उनसठ = 59): all are
// listed. Hindi spelling varies in two marks: anusvara (ं) against chandrabindu (ँ) for nasal
// vowels (पांच / पाँच), and the nukta under ड/ढ/ज/क (अड़तीस / अडतीस, हज़ार / हजार), which many sites
// drop. `variants` writes each word once and adds those spellings, so the list stays one per number.
import type { DateLexicon, NumberLexicon } from "../../engine/numbers/lexicon.js";

const NUKTA = "\u093c";
/** A word with its anusvara/chandrabindu and nukta spellings. */
function variants(word: string): string[] {
  const base = word.normalize("NFD");
  const forms = new Set<string>([base]);
  for (const f of [...forms]) forms.add(f.replaceAll(NUKTA, ""));
  for (const f of [...forms]) {
    forms.add(f.replaceAll("\u0901", "\u0902"));
    forms.add(f.replaceAll("\u0902", "\u0901"));
  }
  return [...forms].map((f) => f.normalize("NFC"));
}
function table(entries: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, v] of Object.entries(entries)) for (const f of variants(w)) out[f] ??= v;
  return out;
}

// 1–99, each with the spellings newspapers use (-नवे / -नबे, इकतीस / इकत्तीस, …).
const UNITS: Record<string, number> = {
  "शून्य": 0,
  "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "छह": 6, "छः": 6, "छ": 6, "छे": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
  "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17, "सत्तरह": 17,
  "अठारह": 18, "अट्ठारह": 18, "उन्नीस": 19, "बीस": 20,
  "इक्कीस": 21, "बाईस": 22, "बाइस": 22, "तेईस": 23, "तेइस": 23, "चौबीस": 24, "पच्चीस": 25, "छब्बीस": 26,
  "सत्ताईस": 27, "सत्ताइस": 27, "अट्ठाईस": 28, "अठाईस": 28, "अट्ठाइस": 28, "उनतीस": 29, "उन्तीस": 29, "तीस": 30,
  "इकतीस": 31, "इकत्तीस": 31, "बत्तीस": 32, "तैंतीस": 33, "तेंतीस": 33, "तेतीस": 33, "चौंतीस": 34, "चौतीस": 34,
  "पैंतीस": 35, "छत्तीस": 36, "सैंतीस": 37, "अड़तीस": 38, "उनतालीस": 39, "उंतालीस": 39, "उनतालिस": 39, "चालीस": 40,
  "इकतालीस": 41, "बयालीस": 42, "बियालीस": 42, "तैंतालीस": 43, "तेतालीस": 43, "चवालीस": 44, "चौवालीस": 44, "चौआलीस": 44,
  "पैंतालीस": 45, "पैंतालिस": 45, "छियालीस": 46, "छियालिस": 46, "सैंतालीस": 47, "अड़तालीस": 48, "उनचास": 49, "उनंचास": 49, "उनन्चास": 49, "पचास": 50,
  "इक्यावन": 51, "इकावन": 51, "बावन": 52, "तिरपन": 53, "तिरेपन": 53, "चौवन": 54, "चौव्वन": 54, "पचपन": 55,
  "छप्पन": 56, "सत्तावन": 57, "सतावन": 57, "अट्ठावन": 58, "अठावन": 58, "उनसठ": 59, "उनसाठ": 59, "साठ": 60,
  "इकसठ": 61, "एकसठ": 61, "बासठ": 62, "तिरसठ": 63, "तिरेसठ": 63, "चौंसठ": 64, "चौसठ": 64, "पैंसठ": 65, "छियासठ": 66,
  "सड़सठ": 67, "सरसठ": 67, "सड़सठ्": 67, "अड़सठ": 68, "उनहत्तर": 69, "सत्तर": 70,
  "इकहत्तर": 71, "बहत्तर": 72, "तिहत्तर": 73, "चौहत्तर": 74, "पचहत्तर": 75, "छिहत्तर": 76, "सतहत्तर": 77,
  "अठहत्तर": 78, "उन्यासी": 79, "उनासी": 79, "उनयासी": 79, "अस्सी": 80,
  "इक्यासी": 81, "बयासी": 82, "तिरासी": 83, "चौरासी": 84, "पचासी": 85, "छियासी": 86, "सत्तासी": 87,
  "अट्ठासी": 88, "अठासी": 88, "नवासी": 89, "नव्वासी": 89, "नब्बे": 90,
  "इक्यानवे": 91, "इक्यानबे": 91, "बानवे": 92, "बानबे": 92, "तिरानवे": 93, "तिरानबे": 93, "चौरानवे": 94, "चौरानबे": 94,
  "पचानवे": 95, "पंचानवे": 95, "पचानबे": 95, "पंचानबे": 95, "छियानवे": 96, "छियानबे": 96, "सत्तानवे": 97, "सत्तानबे": 97,
  "अट्ठानवे": 98, "अट्ठानबे": 98, "अठानवे": 98, "निन्यानवे": 99, "निन्यानबे": 99, "निन्न्यानवे": 99,
  // डेढ़ = one and a half, ढाई = two and a half ("डेढ़ लाख" = 150,000, "ढाई सौ" = 250).
  "डेढ़": 1.5, "ढाई": 2.5,
};

export const numbers: NumberLexicon = {
  decimal: ".",
  group: [",", " ", "\u00a0", "\u202f"],
  indianGrouping: true,
  words: table(UNITS),
  // "नौ" is also "nine" only: kept as a word. "सौ" alone is a hundred ("सौ लोग").
  multipliers: table({
    "सौ": 100, "सैकड़ा": 100, "हज़ार": 1e3, "सहस्र": 1e3, "लाख": 1e5, "लक्ष": 1e5, "करोड़": 1e7, "अरब": 1e9, "खरब": 1e11,
    "दर्जन": 12, "मिलियन": 1e6, "बिलियन": 1e9, "ट्रिलियन": 1e12,
  }),
  bareMultipliers: ["सौ", "हज़ार", "हजार"],
  // "सैकड़ों लोग" (hundreds of people), "हज़ारों" (thousands): approximate counts.
  vague: table({ "सैकड़ों": 100, "हज़ारों": 1000, "लाखों": 1e5, "करोड़ों": 1e7, "दर्जनों": 12 }),
  connectors: [],
  pointWords: ["दशमलव", "पॉइंट", "प्वाइंट"],
  negativeWords: ["माइनस", "ऋण", "निगेटिव"],
  blockers: ["एक ही", "एक दूसरे", "एक-दूसरे", "एक बार", "एक साथ", "एक तरफ", "एक ओर"],
  fractions: {
    denominators: {},
    standalone: table({ "आधा": 0.5, "आधे": 0.5, "आधी": 0.5, "चौथाई": 0.25, "एक तिहाई": 1 / 3, "तिहाई": 1 / 3 }),
    // "पांच बटा आठ" = 5/8.
    infix: ["बटा", "बटे"],
    // साढ़े X = X and a half, सवा X = X and a quarter, पौने X = a quarter short of X, each at the
    // scale of X's multiplier: "साढ़े तीन लाख" = 350,000, "सवा सौ" = 125, "पौने दो सौ" = 175.
    before: table({ "साढ़े": 0.5, "सवा": 0.25, "सावा": 0.25, "पौने": -0.25 }),
  },
  numeralSuffixes: {
    classifier: [],
    ordinal: ["वां", "वाँ", "वें", "वीं", "ला", "रा", "था"],
  },
  ordinalWords: ["पहला", "पहले", "पहली", "दूसरा", "दूसरे", "दूसरी", "तीसरा", "तीसरे", "तीसरी", "चौथा", "चौथे", "चौथी"],
  classifiers: [],
  // Oblique and emphatic forms glued to number words: "तीनों" (all three), "दोनों" (both).
  wordSuffixes: ["ों"],
  indefinite: ["एक"],
  qualifiers: {
    before: {
      "लगभग": "approx", "करीब": "approx", "क़रीब": "approx", "तकरीबन": "approx", "तक़रीबन": "approx", "तक़रीबन्": "approx",
      "अनुमानित": "approx", "लगभग करीब": "approx", "कोई": "approx", "करीब-करीब": "approx",
      "कम से कम": "at_least", "कम-से-कम": "at_least", "न्यूनतम": "at_least",
      "अधिकतम": "at_most", "ज़्यादा से ज़्यादा": "at_most", "ज्यादा से ज्यादा": "at_most",
      "तक़रीबन करीब": "approx",
    },
    after: {
      "से अधिक": "more_than", "से ज्यादा": "more_than", "से ज़्यादा": "more_than", "से ऊपर": "more_than", "से भी अधिक": "more_than",
      "से भी ज्यादा": "more_than", "से भी ज़्यादा": "more_than", "से अधिक संख्या": "more_than", "पार": "more_than",
      "से कम": "less_than", "से भी कम": "less_than",
      "तक": "up_to", "के करीब": "approx", "के क़रीब": "approx", "के आसपास": "approx", "के लगभग": "approx",
    },
  },
  partitive: {
    partFirst: [],
    wholeFirst: ["में से", "मे से"],
    relative: ["जिनमें से", "जिनमें", "इनमें से", "उनमें से", "जिसमें"],
    anaphoric: ["इनमें से", "उनमें से"],
  },
  zero: {
    pronouns: ["कोई", "किसी"],
    determiners: ["कोई", "किसी"],
    needsNegation: true,
    negationSuffixes: [],
    negationWords: ["नहीं", "न", "ना"],
    items: {
      "घायल": { item: "people_injured", role: "injured" },
      "हताहत": { item: "casualties", role: "total" },
      "मौत": { item: "people_killed", role: "killed" },
      "मृत्यु": { item: "people_killed", role: "killed" },
      "जान": { item: "people_killed", role: "killed" },
    },
  },
};

export const dates: DateLexicon = {
  months: table({
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
  }),
  dayWords: ["तारीख", "तारीख़", "दिनांक"],
  // "रविवार को", "सोमवार रात": the days of the week, with the common spellings.
  weekdays: {
    "रविवार": 0, "इतवार": 0, "सोमवार": 1, "मंगलवार": 2, "बुधवार": 3, "गुरुवार": 4, "बृहस्पतिवार": 4, "वीरवार": 4,
    "शुक्रवार": 5, "शनिवार": 6,
  },
  yearWords: ["में", "साल", "वर्ष", "ई.", "ईस्वी"],
  yearBefore: ["सन", "वर्ष", "साल"],
  numericOrder: "dm",
  relative: {
    "कल": -1, "बीते कल": -1, "आज": 0, "आज ही": 0, "बीती रात": 0, "कल रात": -1, "रात भर": 0, "परसों": -2, "एक दिन पहले": -1,
  },
  timeUnits: ["बजे", "बजकर", "घंटे", "घंटा", "घंटों", "मिनट", "सेकंड", "pm", "am"],
};
