// Hindi as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "hi",
  name: "Hindi",
  iso3: "hin",
  locale: "hi",
  scripts: ["Devanagari"],
  // Languages in Devanagari that franc confuses with Hindi.
  neighbours: ["mar", "nep", "bho", "mai", "mag", "awa", "san"],
  // Marathi and Nepali (and Sanskrit) use the retroflex ळ, rare in Hindi; a headline without it is not Marathi.
  neighbourLetters: { mar: "ळ" },
  // Their function words and verb forms, none of them Hindi: a text with none of these is not that
  // neighbour, so a short Hindi headline is not taken for Bhojpuri by its trigrams.
  neighbourWords: {
    mar: ["आहे", "आहेत", "आणि", "झाले", "झाली", "करण्यात", "यांनी", "होते"],
    nep: ["छ", "छन्", "भएको", "गरेको", "पनि", "थियो", "गर्न", "हुन्छ"],
    bho: ["बा", "बाड़े", "बाड़ी", "बानी", "बाटे", "भइल", "गइल", "कइल", "कइलस", "रहल", "रहले", "हवे", "आपन", "ओकर", "हमनी", "लोगन"],
    mai: ["अछि", "छथि", "छल", "छलाह", "गेल", "भेल", "केलक", "हमर", "अहाँ", "कहलनि", "सभ"],
    mag: ["हलई", "गेलई", "हथिन", "हकई", "हइ"],
    awa: ["हवै", "अहै", "गवा", "भवा", "रहेन", "हमार"],
    san: ["अस्ति", "सन्ति", "अभवत्", "तथा च", "इति"],
  },
  boilerplate: {
    adWords: ["विज्ञापन", "advertisement"],
    sourceLabels: ["स्रोत", "सोर्स", "साभार"],
    commentWords: ["टिप्पणी", "टिप्पणियां", "कमेंट", "कमेंट्स"],
    photoCues: ["तस्वीर", "तस्वीर:", "फोटो", "फ़ोटो", "फाइल फोटो", "प्रतीकात्मक तस्वीर", "चित्र"],
  },
};
