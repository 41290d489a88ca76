// Hindi: verb-final (SOV) word order; the subject of a past transitive verb takes the ergative
// postposition ने ("मंत्री ने कहा"), which marks the speaker rather than hiding it; other
// postpositions (के अनुसार, के मुताबिक, से, में, को) are separate words after the noun. Compound
// verbs are a noun plus a light verb (दावा किया "claimed", जानकारी दी "informed"), written here as
// noun lists times light-verb forms so each part is written once. Negation is a separate word (नहीं).
import type { LangMeta, LangPack } from "../types.js";
import { verbTable } from "../verbs.js";

type Lexicon = Omit<LangPack, keyof LangMeta | "numbers" | "dates" | "compare">;

// Past and perfect forms of the light verbs (masculine, feminine, plural; with है/था). Future
// forms (करेगा) are left out: a speech act still to come is no claim yet.
const KIYA = ["किया", "किया है", "किया था", "की", "की है", "की थी", "किए", "किए हैं", "किये", "करते हुए", "कर रहे हैं", "करता है", "करती है"];
const DI = ["दी", "दी है", "दी थी", "दिया", "दिया है", "दिया था", "दीं"];
const compound = (nouns: string[], forms: string[]) => nouns.flatMap((n) => forms.map((f) => `${n} ${f}`));

const speech = [
  "कहा", "कहा है", "कहा था", "कहा कि", "कहते हैं", "कहती हैं", "कहना है", "कहना था",
  "बताया", "बताया है", "बताया था", "बताई", "बताई है", "बताए", "बताए हैं", "बताते हुए", "बताती है", "बताता है",
  "लिखा", "लिखा है", "दावा है", "दावा था",
  ...compound(["दावा", "उल्लेख", "खुलासा", "ट्वीट", "पोस्ट", "स्वीकार", "ऐलान", "साझा", "दर्ज"], KIYA),
  ...compound(["पुष्टि", "घोषणा", "टिप्पणी", "अपील", "मांग", "माँग", "आलोचना", "निंदा", "प्रशंसा"], KIYA),
  ...compound(["जानकारी", "सूचना", "बयान", "चेतावनी"], DI),
  ...compound(["आरोप"], ["लगाया", "लगाया है", "लगाए", "लगाते हुए"]),
  ...compound(["बयान"], ["जारी किया", "जारी किया है", "में कहा", "में कहा गया"]),
  // Impersonal "it was said" in a body's report: "मंत्रालय के बयान में कहा गया है कि …".
  "कहा गया", "कहा गया है", "बताया गया", "बताया गया है",
];
const deny = [
  ...compound(["इनकार", "इंकार", "खंडन", "इन्कार"], KIYA),
  ...compound(["खारिज", "ख़ारिज"], KIYA), "इनकार", "इंकार",
];
const forecast = [...compound(["भविष्यवाणी", "अनुमान"], ["जताया", "जताया है", "लगाया", "लगाया है"]), ...compound(["आशंका"], ["जताई", "जताई है"])];
// Light-verb compounds with a speech verb that say nothing countable: thanks, welcome, condolence.
const notSpeech = compound(["धन्यवाद", "स्वागत", "शोक", "आभार"], [...KIYA, "जताया", "जताया है", "व्यक्त किया"]);

export const lexicon: Lexicon = {
  inflection: {
    // Oblique and plural endings glued to nouns (लोगों, महिलाओं, बलों, सेनाओं, रिफाइनरियों).
    suffixes: ["ों", "ओं", "यों", "ें", "एं", "एँ", "ियों", "ियां"],
    nominativeSuffixes: ["ें", "एं", "एँ", "ियां"],
    minStem: 2,
  },
  abbreviations: ["डॉ.", "श्री.", "प्रो.", "ई.", "मि.", "सं.", "पू."],
  items: {
    "ड्रोन": "uav", "यूएवी": "uav", "मिसाइल": "missile", "मिसाइलें": "missile", "मिसाइलों": "missile", "रॉकेट": "missile", "रॉकेटों": "missile",
    "क्रूज मिसाइल": "cruise_missile", "बैलिस्टिक मिसाइल": "ballistic_missile",
    "विमान": "aircraft", "लड़ाकू विमान": "aircraft", "हेलीकॉप्टर": "helicopter", "टैंक": "tank", "गोले": "artillery_shell",
    "सैनिक": "troops", "सैनिकों": "troops", "जवान": "troops", "जवानों": "troops", "सैन्यकर्मी": "troops", "सैन्यकर्मियों": "troops",
    "लोग": "people", "लोगों": "people", "व्यक्ति": "people", "व्यक्तियों": "people", "शख्स": "people", "नागरिक": "civilians", "यात्री": "passengers", "यात्रियों": "passengers", "मजदूर": "workers", "मजदूरों": "workers", "श्रमिक": "workers", "श्रमिकों": "workers", "नागरिकों": "civilians",
    "महिलाएं": "women", "महिलाएँ": "women", "महिलाओं": "women", "महिला": "women",
    "बच्चे": "children", "बच्चों": "children", "बच्चा": "children", "बच्चियां": "children",
    "शव": "body", "शवों": "body", "लाश": "body", "लाशें": "body", "लाशों": "body",
    "अंग": "body_part", "शरीर के अंग": "body_part", "क्षत-विक्षत अंग": "body_part",
    "पोस्टमार्टम": "autopsy", "पोस्टमॉर्टम": "autopsy",
    "मृतक": "people_killed", "मृतकों": "people_killed", "मरने वालों": "people_killed", "मरने वाले": "people_killed",
    "मौत": "people_killed", "मौतें": "people_killed", "मौतों": "people_killed", "जान गंवाने वालों": "people_killed", "जान गंवाने वाले": "people_killed",
    // A fate word right after a count is a noun of its own ("40 से ज्यादा लापता" = more than 40 missing people).
    "लापता": "people", "गुमशुदा": "people",
    // Members of a family, a crew, a group: persons ("चार सदस्यों वाला परिवार").
    "सदस्य": "people", "सदस्यों": "people",
    "घायल": "people_injured", "घायलों": "people_injured", "जख्मी": "people_injured", "ज़ख्मी": "people_injured", "हताहत": "casualties",
    "प्रदर्शनकारी": "protesters", "प्रदर्शनकारियों": "protesters", "आंदोलनकारी": "protesters", "आंदोलनकारियों": "protesters",
    "पुलिसकर्मी": "police_officers", "पुलिसकर्मियों": "police_officers", "पुलिस अधिकारी": "police_officers", "पुलिस अधिकारियों": "police_officers",
    "बचावकर्मी": "rescue_personnel", "बचावकर्मियों": "rescue_personnel", "बचाव कर्मी": "rescue_personnel", "राहतकर्मी": "rescue_personnel",
    "कैदी": "prisoners", "कैदियों": "prisoners", "बंदी": "prisoners", "बंधक": "hostages", "बंधकों": "hostages",
    // Armed groups' fighters, counted when security forces report them killed or captured.
    "आतंकी": "militants", "आतंकियों": "militants", "आतंकवादी": "militants", "आतंकवादियों": "militants",
    "उग्रवादी": "militants", "उग्रवादियों": "militants", "नक्सली": "militants", "नक्सलियों": "militants", "लड़ाके": "militants", "लड़ाकों": "militants",
    "किसान": "farmers", "किसानों": "farmers", "परिवार": "families", "परिवारों": "families", "मतदाता": "voters", "मतदाताओं": "voters",
    "शरणार्थी": "refugees", "शरणार्थियों": "refugees",
    "प्रवासी": "migrants", "प्रवासियों": "migrants", "वोट": "votes", "मत": "votes", "वोटों": "votes", "सीटें": "seats", "सीटों": "seats", "सीट": "seats",
    "घर": "house", "घरों": "house", "मकान": "house", "मकानों": "house", "इमारत": "facility", "इमारतों": "facility",
    "किलोमीटर": "km", "किमी": "km", "डॉलर": "usd", "अमेरिकी डॉलर": "usd", "यूरो": "eur", "रुपये": "inr", "रुपए": "inr", "रुपयों": "inr",
    "प्रतिशत": "percent", "फीसदी": "percent", "फ़ीसदी": "percent", "%": "percent",
  },
  roles: {
    "लापता": "missing", "गुमशुदा": "missing", "मारे गए": "killed", "मारे गये": "killed", "मौत": "killed", "मौत हो गई": "killed",
    "जान गंवाई": "killed", "जान चली गई": "killed", "मृत": "killed", "मरने": "killed", "जान गंवाने": "killed",
    "घायल": "injured", "जख्मी": "injured", "ज़ख्मी": "injured",
    "बरामद": "recovered", "सौंपे": "transferred", "सौंपे गए": "transferred", "सौंप": "transferred", "रेफर": "transferred", "भेजा": "transferred", "भेजे": "transferred",
    "छुट्टी": "released", "डिस्चार्ज": "released", "रिहा": "released",
    "बचाया": "rescued", "बचाए": "rescued", "बचा लिया": "rescued", "सुरक्षित निकाला": "rescued", "सुरक्षित निकाले": "rescued", "सुरक्षित": "rescued", "बचा लिया गया": "rescued", "जिंदा बचाया": "rescued", "ज़िंदा बचाया": "rescued",
    "तैनात": "deployed", "लगाए गए": "deployed", "जुटे": "deployed",
    "गिरफ्तार": "arrested", "गिरफ़्तार": "arrested", "हिरासत": "detained", "हिरासत में": "detained",
    "शामिल हुए": "attended", "उतरे": "attended", "जुटी": "attended", "भाग लिया": "attended", "हिस्सा लिया": "attended", "सड़कों पर": "attended",
    "विस्थापित": "displaced", "बेघर": "displaced", "निकाला गया": "evacuated", "प्रभावित": "affected",
    "दागे": "launched", "दागा": "launched", "दागा गया": "launched", "दागे गए": "launched", "लॉन्च": "launched", "दाग": "launched",
    "मार गिराया": "destroyed", "मार गिराई": "destroyed", "मार गिराये": "destroyed", "ध्वस्त": "destroyed", "तबाह": "destroyed",
    "इंटरसेप्ट": "intercepted", "रोक दिया": "intercepted", "रोके गए": "intercepted", "बीच में ही रोक": "intercepted",
    // शहीद (martyred) is said of soldiers and police killed; ढेर (felled) of militants killed.
    "शहीद": "killed", "ढेर": "killed", "मारे": "killed", "मौत हुई": "killed", "निधन": "killed", "डूब": "killed", "डूबे": "killed",
    "हिरासत में लिया": "detained", "हिरासत में लिए": "detained", "पकड़े": "captured", "पकड़ा": "captured", "बंदी बनाए": "captured", "बंदी बनाया": "captured",
    "सवार": "total", "मतदान किया": "voted", "वोट डाले": "voted", "वोट मिले": "received", "मत मिले": "received", "हासिल": "received", "दागी": "launched", "दागीं": "launched", "छोड़े": "launched", "मार गिराए": "destroyed", "नष्ट": "destroyed", "गिराए": "destroyed",
    "क्षतिग्रस्त": "damaged", "इलाज": "injured", "भर्ती": "injured",
  },
  kindCues: {
    "हमला": "strike", "हमले": "strike", "हमलों": "strike", "विस्फोट": "strike", "धमाका": "strike",
    "मौत": "casualties", "घायल": "casualties", "भूस्खलन": "casualties", "बाढ़": "casualties", "भूकंप": "casualties", "हादसे": "casualties", "हादसा": "casualties",
    "सहायता": "aid", "मदद": "aid", "सहायता पैकेज": "aid", "सैन्य सहायता": "aid",
    // Soldiers sent or stationed: a denial of "sending troops" is about a deployment.
    "सैनिक": "deployment", "सैनिकों": "deployment", "सैनिकों को": "deployment", "सेना": "deployment", "जवान": "deployment", "तैनाती": "deployment", "फौज": "deployment",
    "हथियार": "arms_transfer", "हथियारों": "arms_transfer", "बैठक": "meeting", "वार्ता": "meeting", "तैनात": "deployment",
  },
  attribution: {
    verbs: verbTable({ speech, deny, forecast, notSpeech }),
    accordingBefore: [],
    accordingAfter: [
      "के अनुसार", "के मुताबिक", "के मुताबिक़", "अनुसार", "मुताबिक", "मुताबिक़", "के हवाले से", "हवाले से",
      "के अनुमान के मुताबिक", "का कहना है", "की ओर से", "की तरफ से", "के आंकड़ों के मुताबिक", "के आंकड़ों के अनुसार",
    ],
    reportVerbs: ["बताया", "लिखा", "रिपोर्ट किया", "रिपोर्ट दी", "खबर दी"],
    complementizers: ["कि"],
    conjunctions: ["और", "लेकिन", "मगर", "परंतु", "पर", "जबकि", "वहीं", "तथा", "एवं"],
    andWords: ["और", "व", "तथा", "एवं"],
    futureWords: ["करेगा", "करेगी", "करेंगे", "होगा", "होगी", "होंगे"],
    futureSuffixes: ["ेगा", "ेगी", "ेंगे", "ूंगा", "ेंगी"],
    conditionalWords: ["अगर", "यदि"],
    passiveMarkers: ["गया", "गई", "गए", "गया है", "गई है", "गए हैं"],
    continuationWords: ["और", "अन्य", "बाकी", "बाक़ी"],
  },
  partitive: {
    partFirst: [],
    wholeFirst: ["में से", "में"],
    anaphoric: ["इनमें से", "उनमें से", "जिनमें से", "जिनमें"],
  },
  honorifics: [
    "श्री", "श्रीमती", "सुश्री", "डॉ.", "डॉ", "डॉक्टर", "प्रोफेसर", "राष्ट्रपति", "प्रधानमंत्री", "मुख्यमंत्री", "मंत्री", "राज्यपाल",
    "प्रवक्ता", "जनरल", "कमांडर", "राजदूत", "महापौर", "मेयर", "नेता", "एडीजीपी", "डीजीपी", "एसपी", "कलेक्टर", "जिलाधिकारी",
  ],
  // A name after a title ends at ने/के/का/की/से (stop words): initials make names four words long.
  honorificNameWords: 4,
  personAnaphora: ["उन्होंने", "वह", "वे", "उनका", "उनके", "मंत्री", "अधिकारी"],
  nameStopWords: [
    "और", "व", "कि", "यह", "वह", "ये", "वे", "इस", "उस", "इन", "उन", "ने", "को", "से", "में", "पर", "का", "की", "के", "है", "हैं", "था", "थे", "थी",
    "हो", "हुए", "हुई", "हुआ", "गया", "गई", "गए", "भी", "ही", "तो", "नहीं", "अब", "तक", "एक", "आज", "कल", "बाद", "पहले", "लेकिन", "जबकि", "वहीं",
    "उन्होंने", "इसके", "उसके", "अपने", "अपनी", "कहा", "बताया", "दौरान", "साथ", "लिए", "बीच", "शुक्रवार", "शनिवार", "रविवार", "सोमवार",
    "मंगलवार", "बुधवार", "गुरुवार",
    // Verbs of motion and state that end a name run ("मंत्री वीणा जॉर्ज पहुंचीं").
    "पहुंचे", "पहुंची", "पहुंचीं", "पहुंचा", "आए", "आईं", "गईं", "थीं", "रहे", "रही", "रहा", "किया", "दिया", "दी", "सुबह", "शाम", "रात", "दोपहर", "यहां", "वहां", "जो", "जिन", "जिस", "कई", "सभी", "अन्य",
  ],
  // "देश के गृह मंत्रालय" (the country's home ministry), "इस देश की सेना": the country named last.
  countryAnaphora: ["देश", "इस देश", "उस देश"],
  originWords: ["से"],
  otherNouns: ["जिले", "जिलों", "जिला", "राज्यों", "राज्य", "शहरों", "गांवों", "दिन", "दिनों", "घंटे", "घंटों", "हफ्ते", "सप्ताह", "महीने", "साल", "वर्ष", "बार", "जगहों", "स्थानों"],
  // A crowd is protesters when the sentence names a protest: a demonstration, a movement, a sit-in,
  // a strike, "के विरोध में" (in protest against), or the idiom "सड़कों पर उतरे" (took to the streets).
  // Not रैली (also an election rally) nor मार्च (also the month).
  protestCues: ["प्रदर्शन", "विरोध प्रदर्शन", "विरोध", "आंदोलन", "धरना", "धरने", "हड़ताल", "सड़कों पर", "सड़क पर"],
  countNouns: ["संख्या", "आंकड़ा", "आंकड़े", "आँकड़ा", "तादाद"],
  quotatives: [],
  anaphoricObjects: ["यह", "ये", "इसकी", "इस बात की", "यह जानकारी", "इसकी जानकारी", "यह बात", "इस बात", "यह आंकड़ा", "यह खबर"],
  locativeSources: [],
  sourceNouns: ["बयान", "बयान में", "रिपोर्ट", "रिपोर्ट में", "आंकड़ों", "वीडियो", "पोस्ट", "सूत्रों", "सूत्र"],
  prepositions: [],
  postpositions: ["में", "को", "से", "पर", "के खिलाफ", "के लिए", "के साथ", "की ओर", "के बीच", "तक", "के बारे में", "के पास", "के विरोध में", "का", "की", "के"],
  ofWords: ["के", "का", "की"],
};
