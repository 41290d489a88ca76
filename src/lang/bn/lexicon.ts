// Bengali: verb-final (SOV) word order, case suffixes glued to nouns (ইয়োনহাপের = Yonhap + genitive),
// compound verbs of a noun plus a light verb (ঘোষণা করেছে "announced"), negation as a verb suffix
// (হয়নি), future as a verb ending (করবে). Data only; the compound verbs are generated below from
// their parts so that each noun and each light-verb form is written once.
import type { AttributionVerb, LangMeta, LangPack } from "../types.js";

type Lexicon = Omit<LangPack, keyof LangMeta | "numbers" | "dates" | "compare">;

// Forms of the light verbs (past, perfect, present, habitual, in plain and honorific person).
// Future forms ("করবে") are left out: a speech act still to come is no claim yet.
// "করে" is left out too: it is the conjunctive participle ("having done"), not a finite verb.
const KORA = ["করেছে", "করেছেন", "করেন", "করেছিল", "করেছিলেন", "করলেন", "করল", "করছে", "করছেন", "করেছিলো", "করলো"];
const DEWA = ["দিয়েছে", "দিয়েছেন", "দেন", "দিয়েছিল", "দিয়েছিলেন", "দিলেন", "দিল", "দিচ্ছেন"];
const JANANO = ["জানিয়েছে", "জানিয়েছেন", "জানান", "জানাল", "জানালেন", "জানিয়েছিল", "জানিয়েছিলেন"];
const compound = (nouns: string[], forms: string[]) => nouns.flatMap((n) => forms.map((f) => `${n} ${f}`));
// Compounds of জানানো that are no speech: welcoming, thanking, condoling, congratulating.
const NOT_SPEECH = compound(["স্বাগত", "ধন্যবাদ", "শোক", "শুভেচ্ছা", "কৃতজ্ঞতা"], [...JANANO, "জানাচ্ছেন", "জানাচ্ছে"]);

const speech: string[] = [
  "বলেছে", "বলেছেন", "বলেন", "বলেছিলেন", "বলেছিল", "বললেন", "বলল", "বলছে", "বলছেন", "বলেছিলো", "বলেছেনও",
  ...JANANO,
  ...compound(["আশঙ্কা প্রকাশ", "আশঙ্কা", "ধারণা প্রকাশ", "ঘোষণা", "দাবি", "উল্লেখ", "প্রকাশ", "নিশ্চিত", "মন্তব্য", "পুনর্ব্যক্ত", "স্বীকার", "অভিযোগ", "ব্যাখ্যা", "সমর্থন", "আশা", "সতর্ক", "সতর্ক করে", "নিন্দা", "প্রশংসা", "আহ্বান"], KORA),
  ...compound(["ঘোষণা", "জোর", "পরামর্শ", "প্রতিশ্রুতি", "তথ্য", "সতর্কবার্তা", "বিবৃতি", "সতর্ক করে", "হুঁশিয়ারি"], DEWA),
  ...compound(["আহ্বান", "দাবি", "নিন্দা", "অভিনন্দন"], JANANO),
  ...compound(["খবর"], DEWA),
  "দেখা গেছে", "দেখা যায়", "দেখা গিয়েছে", "লিখেছে", "লিখেছেন",
  // Impersonal "it was said" in a source's report: "রয়টার্সের খবরে বলা হয়েছে, …".
  "বলা হয়েছে", "বলা হয়",
  // Headline style "X-এর দাবি, …" ("X's claim: …"): the noun alone carries the attribution.
  "দাবি",
];
// "… বলে উড়িয়ে দিয়েছে" (dismissed as …) denies what it names.
const deny = [...compound(["অস্বীকার", "প্রত্যাখ্যান", "নাকচ", "খণ্ডন"], KORA), ...compound(["নাকচ করে", "প্রত্যাখ্যান করে", "উড়িয়ে"], DEWA)];
const forecast = [...compound(["ভবিষ্যদ্বাণী"], KORA)];

const verbs: Record<string, AttributionVerb> = {
  ...Object.fromEntries(speech.map((v) => [v, {}])),
  ...Object.fromEntries(deny.map((v) => [v, { stance: "deny" as const }])),
  ...Object.fromEntries(forecast.map((v) => [v, { stance: "forecast" as const }])),
  ...Object.fromEntries(NOT_SPEECH.map((v) => [v, { ignore: true }])),
  // Declining to comment asserts nothing.
  ...Object.fromEntries(["মন্তব্য করতে রাজি হয়নি", "মন্তব্য করতে রাজি হননি", "মন্তব্য করেনি", "মন্তব্য করেননি", "মন্তব্য করতে অস্বীকৃতি জানিয়েছে",
    "মন্তব্য করতে অস্বীকৃতি জানিয়েছেন", "নিশ্চিত করেনি", "নিশ্চিত করেননি"].map((v) => [v, { ignore: true, noStatement: true }])),
};

export const lexicon: Lexicon = {
  inflection: {
    // Case and number markers glued to nouns, and the focus particles ও ("also") and ই ("only").
    suffixes: [
      "র", "এর", "ের", "য়ের", "কে", "কেও", "তে", "তেও", "য়", "য়ও", "ে", "েও", "ও", "রও", "েরও", "এরও", "ই", "রই", "েরই",
      // After a Latin-style apostrophe or a hyphen, as agencies are often written ("এএফপি'র", "রয়টার্স-এর").
      "'র", "’র", "'এর", "’এর", "-এর", "'কে", "’কে",
      "দের", "দেরও", "রা", "েরা", "গুলি", "গুলো", "গুলির", "গুলোর", "গুলিকে", "গুলোকে", "টি", "টির", "টা", "টার", "সহ",
    ],
    nominativeSuffixes: ["রা", "েরা", "ও", "ই", "গুলি", "গুলো", "টি", "টা"],
    minStem: 2,
    // Head-final: the last word's ending decides the case of a name ("জাতিসংঘের শরণার্থী সংস্থা" is a subject).
    caseOn: "last",
  },
  abbreviations: ["ড.", "মি.", "মো.", "সং.", "খ্রি.", "ডা.", "অধ্যা."],
  items: {
    "ড্রোন": "uav", "ইউএভি": "uav", "uav": "uav", "মনুষ্যবিহীন বিমান": "uav", "চালকবিহীন বিমান": "uav", "মানববিহীন বিমান": "uav",
    "শাহেদ": "uav", "কামিকাজে ড্রোন": "uav",
    "ক্ষেপণাস্ত্র": "missile", "মিসাইল": "missile", "রকেট": "missile",
    "ক্রুজ ক্ষেপণাস্ত্র": "cruise_missile", "ক্রুজ মিসাইল": "cruise_missile",
    "ব্যালিস্টিক ক্ষেপণাস্ত্র": "ballistic_missile", "ব্যালিস্টিক মিসাইল": "ballistic_missile",
    "গাইডেড বোমা": "guided_bomb", "নির্দেশিত বোমা": "guided_bomb",
    "যুদ্ধবিমান": "aircraft", "বিমান": "aircraft", "হেলিকপ্টার": "helicopter",
    "কামান": "artillery_shell", "কামানের গোলা": "artillery_shell", "গোলা": "artillery_shell", "আর্টিলারি শেল": "artillery_shell",
    "শেল": "artillery_shell", "গোলাবারুদ": "artillery_shell",
    "ট্যাঙ্ক": "tank", "ট্যাংক": "tank", "সাঁজোয়া যান": "armoured_vehicle", "যুদ্ধজাহাজ": "ship", "জাহাজ": "ship",
    "সৈন্য": "troops", "সেনা": "troops", "সেনাসদস্য": "troops", "সৈনিক": "troops", "সৈন্যসংখ্যা": "troops", "যোদ্ধা": "troops",
    "জেনারেল": "generals",
    "মানুষ": "people", "লোক": "people", "ব্যক্তি": "people", "বাসিন্দা": "people", "যাত্রী": "people", "আরোহী": "people",
    // People on the move (refugees, migrants, asylum seekers, the Rohingya at sea) count as migrants.
    "অভিবাসী": "migrants", "অভিবাসনপ্রত্যাশী": "migrants", "শরণার্থী": "migrants", "রোহিঙ্গা": "migrants", "আশ্রয়প্রার্থী": "migrants",
    "শিশু": "children", "নারী": "women", "শ্রমিক": "workers", "বিক্ষোভকারী": "protesters", "আন্দোলনকারী": "protesters",
    "পরিবার": "families", "ভোটার": "voters", "ভোট": "votes", "শিক্ষার্থী": "students", "জেলে": "fishermen",
    "নৌকা": "boat", "ট্রলার": "boat", "বোমা": "bomb", "গির্জা": "church", "মসজিদ": "mosque", "স্কুল": "school", "বিদ্যালয়": "school",
    "বাড়িঘর": "house", "ঘরবাড়ি": "house", "ঘর": "house", "দোকান": "shop", "গাছ": "tree", "গবাদিপশু": "livestock",
    "টাকা": "bdt", "রুপি": "inr", "হেক্টর": "hectare", "একর": "acre", "টন": "tonne",
    "লাশ": "people_killed", "মরদেহ": "people_killed", "মৃতদেহ": "people_killed",
    "বেসামরিক": "civilians", "বেসামরিক নাগরিক": "civilians", "বেসামরিক মানুষ": "civilians",
    "নিহত": "people_killed", "মৃত": "people_killed", "মৃত্যু": "people_killed",
    "আহত": "people_injured", "হতাহত": "casualties", "হতাহতের ঘটনা": "casualties",
    "বন্দী": "prisoners", "যুদ্ধবন্দী": "prisoners",
    "জ্বালানি ট্যাঙ্ক": "fuel_tank", "জ্বালানি ট্যাংক": "fuel_tank", "তেলের ট্যাঙ্ক": "fuel_tank", "তেল ট্যাঙ্ক": "fuel_tank",
    "স্থাপনা": "facility", "ভবন": "facility", "বাড়ি": "facility",
    "কিলোমিটার": "km", "কিমি": "km", "ডলার": "usd", "মার্কিন ডলার": "usd", "ইউরো": "eur", "শতাংশ": "percent", "%": "percent",
  },
  roles: {
    "ছোড়া": "launched", "ছুড়েছে": "launched", "ছুড়েছিল": "launched", "ছুঁড়েছিল": "launched", "ছুড়েছিলেন": "launched",
    "ছুড়ছে": "launched", "ছোড়ে": "launched", "ফেলেছে": "launched", "ফেলেছিল": "launched", "ফেলেছেন": "launched", "ফেলা হয়েছে": "launched", "ছুঁড়েছে": "launched", "নিক্ষেপ": "launched", "নিক্ষেপ করা": "launched",
    "উৎক্ষেপণ": "launched", "ছোঁড়া": "launched", "ব্যবহার": "launched", "হামলা চালিয়েছে": "launched",
    "ধ্বংস": "destroyed", "ভূপাতিত": "destroyed", "গুলি করে নামিয়েছে": "destroyed", "নিষ্ক্রিয়": "destroyed",
    "প্রতিহত": "intercepted", "বাধা": "intercepted", "আটকানো": "intercepted", "আটকে": "intercepted",
    "হারিয়ে": "lost", "হারিয়ে গেছে": "lost", "হারিয়েছে": "lost", "নিখোঁজ": "lost",
    "বিধ্বস্ত": "hit", "আঘাত": "hit", "আছড়ে": "hit", "পড়েছে": "hit",
    "ক্ষতিগ্রস্ত": "damaged", "আগুনে পুড়ে": "damaged", "আগুন লেগেছে": "damaged", "পুড়ে গেছে": "damaged", "ক্ষতি": "damaged",
    "হস্তান্তর": "transferred", "সরবরাহ": "transferred", "পাঠিয়েছে": "transferred",
    "মোতায়েন": "deployed", "অবস্থান": "deployed",
    "মৃত্যু": "killed", "নিহত": "killed", "মারা গেছে": "killed", "মারা গেছেন": "killed", "প্রাণ হারিয়েছে": "killed",
    // "মারা" + any form of যাওয়া (মারা গেছে, মারা যান, মারা গিয়ে থাকতে পারেন) is dying.
    "মারা": "killed", "প্রাণ হারিয়েছেন": "killed", "প্রাণ হারান": "killed", "প্রাণ হারাল": "killed", "প্রাণহানি": "killed", "নিহতের": "killed",
    "উদ্ধার": "rescued", "গ্রেপ্তার": "arrested", "গ্রেফতার": "arrested", "আটক": "detained",
    "সরিয়ে নেওয়া": "evacuated", "সরিয়ে নেয়া": "evacuated", "হাসপাতালে নেওয়া": "evacuated", "হাসপাতালে ভর্তি": "evacuated",
    "বাস্তুচ্যুত": "displaced", "ঘরছাড়া": "displaced", "গৃহহীন": "displaced", "আশ্রয় নিয়েছে": "displaced", "আশ্রয় নিয়েছেন": "displaced",
    "পানিবন্দী": "affected", "পানিবন্দি": "affected", "উপস্থিত": "attended", "যোগ দেন": "attended", "যোগ দিয়েছেন": "attended", "ক্ষতিগ্রস্ত হয়েছে": "damaged",
    "অংশ নেন": "attended", "অংশ নিয়েছেন": "attended", "অংশ নেয়": "attended", "জড়ো হন": "attended", "জড়ো হয়েছেন": "attended",
    "প্রতিশ্রুতি": "pledged", "সহায়তা দেবে": "pledged", "অনুদান": "pledged",
    "ফেলে": "launched", "ফেলা হয়": "launched", "ফেলা": "launched",
    "আহত": "injured",
  },
  kindCues: {
    "হামলা": "strike", "আক্রমণ": "strike", "বিধ্বস্ত": "strike", "বিস্ফোরণ": "strike", "গোলাবর্ষণ": "strike",
    "সহায়তা প্যাকেজ": "aid", "সামরিক সহায়তা": "aid", "সহায়তা": "aid",
    "সৈন্য": "deployment", "সেনা": "deployment", "মোতায়েন": "deployment",
    "হস্তান্তর": "arms_transfer", "সরবরাহ": "arms_transfer",
    "বৈঠক": "meeting", "আলোচনা": "meeting", "শীর্ষ সম্মেলন": "meeting",
    "নিহত": "casualties", "আহত": "casualties",
  },
  attribution: {
    verbs,
    // "খবর বার্তা সংস্থা এএফপির" (news of AFP), closing a report.
    accordingBefore: ["খবর"],
    // "X-এর হিসাবে" (by X's count), "X-এর দেওয়া তথ্যমতে" (by the figures X gave).
    accordingAfter: ["মতে", "অনুসারে", "অনুযায়ী", "বরাতে", "সূত্রে", "উদ্ধৃত করে", "ভাষ্য", "ভাষ্যমতে", "হিসাবে", "হিসেবে", "হিসাব অনুযায়ী",
      "তথ্যমতে", "দেওয়া তথ্যমতে", "দেওয়া তথ্য অনুযায়ী", "দেয়া তথ্যমতে", "তথ্য অনুযায়ী"],
    reportVerbs: ["জানিয়েছে", "লিখেছে", "প্রকাশ করেছে", "খবর দিয়েছে"],
    complementizers: ["যে"],
    conjunctions: ["এবং", "কিন্তু", "তবে", "আর", "অন্যদিকে"],
    andWords: ["ও", "এবং"],
    futureWords: [],
    futureSuffixes: ["বে", "বেন", "বো"],
    futureSuffixExceptions: ["ডুবে", "নিভে", "হিসাবে", "হিসেবে", "ভাবে", "তবে", "অভাবে", "প্রভাবে", "সম্ভবত"],
    conditionalWords: ["যদি"],
    passiveMarkers: ["হয়", "হয়েছে", "হয়েছিল"],
    continuationWords: ["আরও", "অন্য", "অন্যান্য", "বাকি"],
  },
  partitive: {
    partFirst: [],
    wholeFirst: ["এর মধ্যে", "মধ্যে", "এর মধ্যে থেকে"],
    anaphoric: ["তাদের মধ্যে", "তাঁদের মধ্যে", "এদের মধ্যে", "যাদের মধ্যে", "এর মধ্যে", "এঁদের মধ্যে"],
  },
  honorifics: [
    "মিঃ", "মি.", "মিস", "মিসেস", "জনাব", "ড.", "ডঃ", "গভর্নর", "রাষ্ট্রপতি", "প্রেসিডেন্ট", "প্রধানমন্ত্রী", "জেনারেল",
    "নেতা", "মেয়র", "রাষ্ট্রদূত", "মুখপাত্র", "কমান্ডার",
    // Occupations written before a name like titles ("রোহিঙ্গা শিক্ষক আকরাম").
    "শিক্ষক", "অধ্যাপক", "চিকিৎসক", "ডাক্তার", "সাংবাদিক", "কৃষক", "ব্যবসায়ী", "ইমাম", "পুরোহিত",
  ],
  personAnaphora: ["কূটনীতিক", "তিনি", "উনি", "তাঁর", "তার", "তাঁকে"],
  nameStopWords: ["এবং", "ও", "যে", "এই", "সেই", "ওই", "এ", "সে", "তিনি", "তারা", "বলেন", "বলেছেন", "বলেছে", "জানান", "আরও", "এক", "একটি", "আজ", "গত", "একই", "দিনে", "বৈঠকে", "সম্মেলনে"],
  originWords: ["থেকে", "হতে"],
  otherNouns: ["অঞ্চল", "অঞ্চলে", "জেলা", "শহর", "গ্রাম", "প্রদেশ", "দেশ", "দিন", "ঘণ্টা", "সপ্তাহ", "মাস", "বছর", "বার", "দফা"],
  countNouns: ["সংখ্যা"],
  quotatives: ["বলে"],
  finalSubject: true,
  anaphoricObjects: ["এ তথ্য", "এই তথ্য", "এ কথা", "এই কথা", "এ খবর", "এই খবর", "বিষয়টি"],
  locativeSources: [],
  sourceNouns: ["আশঙ্কা", "ধারণা", "হিসাব", "দাবি", "খবর", "খবরে", "ভিডিও", "ভিডিওতে", "বিবৃতি", "বিবৃতিতে", "প্রতিবেদন", "প্রতিবেদনে", "তথ্য", "তথ্যে", "পোস্ট", "পোস্টে", "বার্তা", "বার্তায়", "ছবি", "ছবিতে"],
  prepositions: [],
  postpositions: ["বিরুদ্ধে", "প্রতি", "সাথে", "সঙ্গে", "থেকে", "জন্য", "মধ্যে", "সম্পর্কে", "কাছে", "কাছ", "দিকে", "উপর", "পক্ষে", "বিপক্ষে", "দ্বারা", "নিয়ে", "পর্যন্ত"],
  ofWords: [],
  // Speakers named by what they are ("দেশটির স্থানীয় গণমাধ্যম", "ওই পুরুষ প্রত্যক্ষদর্শী"): modifiers before the head.
  speakerNouns: [
    "প্রত্যক্ষদর্শী", "কর্মকর্তা", "মুখপাত্র", "চিকিৎসক", "বাসিন্দা", "উদ্ধারকর্মী", "স্বজন", "আয়োজক",
    "গণমাধ্যম", "সংবাদমাধ্যম", "টেলিভিশন", "সূত্র", "কর্তৃপক্ষ", "পুলিশ", "সেনাবাহিনী", "সামরিক বাহিনী", "সরকার", "প্রশাসন",
    "ফায়ার সার্ভিস", "দমকল বাহিনী", "কোস্টগার্ড", "নির্বাচন কমিশন", "স্বাস্থ্য বিভাগ", "অধিদপ্তর", "হাসপাতাল কর্তৃপক্ষ", "উদ্ধারকারী দল",
  ],
  speakerPersons: ["প্রত্যক্ষদর্শী", "কর্মকর্তা", "মুখপাত্র", "চিকিৎসক", "বাসিন্দা", "উদ্ধারকর্মী"],
  // No determiners: "এ খবর দিয়েছে" (gave this news) is a speech verb after a demonstrative.
  determiners: [],
  classifierItems: { "জন": "people" },
};
