// Bengali as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "bn",
  name: "Bengali",
  iso3: "ben",
  locale: "bn",
  scripts: ["Bengali"],
  neighbours: ["asm"],
  neighbourLetters: { asm: "ৰৱ" },
  boilerplate: {
    adWords: ["বিজ্ঞাপন", "বিজ্ঞাপন_১", "বিজ্ঞাপন_২"],
    sourceLabels: ["সূত্র", "উৎস", "তথ্যসূত্র"],
    commentWords: ["মন্তব্য", "মন্তব্যসমূহ"],
    photoCues: ["ছবি", "ছবি:", "ফাইল ছবি", "ছবির ক্যাপশন"],
    bylineWords: ["লেখক", "প্রতিবেদক", "লিখেছেন"],
    notTitles: [
      "যা জানা গেছে", "যা জানা যাচ্ছে", "সংক্ষেপে", "লাইভ", "সরাসরি", "বিশ্লেষণ", "মতামত", "ভিডিও", "শুনুন", "খবরটি শুনুন",
      "শেয়ার করুন", "বিজ্ঞাপন", "আরও পড়ুন", "আরো পড়ুন", "সম্পর্কিত খবর", "সর্বাধিক পঠিত", "সর্বশেষ",
    ],
  },
};
