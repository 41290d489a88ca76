// German: how news German marks attribution, items, roles and events. Data only.
// German is verb-second: a speech verb stands second in a main clause, so after a topicalised
// adverbial its subject follows it ("Am Dienstag teilte die Polizei mit", "…, sagte der Sprecher");
// in a subordinate clause it goes last ("wie die Küstenwache mitteilte"). Separable verbs split
// ("teilte … mit", "gab … bekannt"): the finite part is listed alone. Sources are marked by
// "laut X", "nach Angaben von/des X", "X zufolge", "so X" after the content, and reported speech
// is in Konjunktiv I ("seien", "habe"), which marks a sentence as still someone's report.
// Every noun is capitalised, so capitals do not mark a name (`nounsCapitalised`): names come from
// the gazetteer, from titles ("Sprecher Peskow") and from runs of capitalised words that no
// lexicon word opens.
import type { LangMeta, LangPack } from "../types.js";

type Lexicon = Omit<LangPack, keyof LangMeta | "numbers" | "dates" | "compare">;

/** Present and past singular/plural, the participle after "hat"/"haben"/"hatte", and the verb-final form of subordinate clauses. */
const said: Array<[string[], string]> = [
  [["sagte", "sagten", "sagt", "sagen"], "gesagt"],
  [["erklärte", "erklärten", "erklärt", "erklären"], "erklärt"],
  [["berichtete", "berichteten", "berichtet", "berichten"], "berichtet"],
  [["bestätigte", "bestätigten", "bestätigt", "bestätigen"], "bestätigt"],
  [["meldete", "meldeten", "meldet", "melden"], "gemeldet"],
  [["teilte", "teilten", "teilt", "mitteilte", "mitteilten", "mitteilt"], "mitgeteilt"],
  [["gab an", "gaben an", "angab"], "angegeben"],
  [["gab bekannt", "gaben bekannt", "bekanntgab", "bekannt gab"], "bekannt gegeben"],
  [["betonte", "betonten", "betont"], "betont"],
  [["schätzte", "schätzten", "schätzt", "schätzen"], "geschätzt"],
  [["bezifferte", "bezifferten", "beziffert", "beziffern"], "beziffert"],
  [["sprach von", "sprachen von", "spricht von", "sprechen von"], "gesprochen"],
  [["schrieb", "schrieben", "schreibt"], "geschrieben"],
  [["erzählte", "erzählten", "erzählt"], "erzählt"],
  [["verkündete", "verkündeten", "verkündet"], "verkündet"],
  [["räumte ein", "räumten ein", "einräumte"], "eingeräumt"],
  [["fügte hinzu", "fügten hinzu", "hinzufügte"], "hinzugefügt"],
  [["ergänzte", "ergänzten"], "ergänzt"],
  [["informierte", "informierten", "informiert"], "informiert"],
  [["zählte", "zählten", "zählt"], "gezählt"],
  [["registrierte", "registrierten", "registriert"], "registriert"],
  [["äußerte", "äußerten"], "geäußert"],
  [["warf vor", "warfen vor", "vorwarf"], "vorgeworfen"],
  [["beschuldigte", "beschuldigten", "beschuldigt"], "beschuldigt"],
  [["erläuterte", "erläuterten"], "erläutert"],
  [["präzisierte", "präzisierten"], "präzisiert"],
  [["twitterte", "postete"], "getwittert"],
];
const denied: Array<[string[], string]> = [
  [["dementierte", "dementierten", "dementiert", "dementieren"], "dementiert"],
  [["bestritt", "bestritten", "bestreitet", "bestreiten"], "bestritten"],
  [["wies zurück", "wiesen zurück", "zurückwies", "zurückwiesen", "weist zurück"], "zurückgewiesen"],
  [["leugnete", "leugneten", "leugnet"], "geleugnet"],
  [["stritt ab", "stritten ab", "abstritt"], "abgestritten"],
];
const forecast: Array<[string[], string]> = [
  [["kündigte an", "kündigten an", "ankündigte", "kündigt an"], "angekündigt"],
  [["versprach", "versprachen", "verspricht"], "versprochen"],
  [["drohte", "drohten", "droht"], "gedroht"],
];
const AUX = ["hat", "haben", "hatte", "hatten"];
const forms = (rows: Array<[string[], string]>) => rows.flatMap(([finite, part]) => [...finite, ...AUX.map((a) => `${a} ${part}`)]);
/** Impersonal reports: "hieß es", "heißt es", "wurde mitgeteilt". */
const impersonal = ["hieß es", "heißt es", "hieß es in", "heißt es in", "hieß es aus", "heißt es aus"];

export const lexicon: Lexicon = {
  // Genitive "-s"/"-es" ("Italiens", "des Landrats") and the plural/dative "-n"/"-en" ("Behörden").
  // Adjectives decline: "russische" -> "russischen", "russischer", "russisches", "russischem".
  inflection: {
    suffixes: ["s", "es", "n", "en"],
    nominativeSuffixes: ["n", "en"],
    paradigms: [["e", ["en", "er", "es", "em"]]],
    minStem: 3,
  },
  nounsCapitalised: true,
  verbSecond: true,
  abbreviations: [
    "dr.", "prof.", "hr.", "fr.", "bzw.", "ca.", "z.b.", "z. b.", "u.a.", "u. a.", "usw.", "etc.", "vgl.", "nr.", "mio.", "mrd.", "tsd.",
    "jan.", "feb.", "febr.", "apr.", "aug.", "sept.", "sep.", "okt.", "nov.", "dez.", "st.", "abs.", "d.h.", "d. h.", "inkl.", "evtl.", "gen.", "oberst.",
  ],
  items: {
    "drohne": "uav", "drohnen": "uav", "kampfdrohnen": "uav", "angriffsdrohnen": "uav", "kamikazedrohnen": "uav", "shahed": "uav", "shahed-drohnen": "uav",
    "rakete": "missile", "raketen": "missile", "flugkörper": "missile", "marschflugkörper": "cruise_missile",
    "ballistische raketen": "ballistic_missile", "ballistischen raketen": "ballistic_missile", "gleitbomben": "guided_bomb", "lenkbomben": "guided_bomb", "bomben": "bomb",
    "flugzeuge": "aircraft", "kampfflugzeuge": "aircraft", "kampfjets": "aircraft", "hubschrauber": "helicopter",
    "granaten": "artillery_shell", "artilleriegranaten": "artillery_shell", "geschosse": "artillery_shell", "panzer": "tank", "kampfpanzer": "tank",
    "schützenpanzer": "armoured_vehicle", "gepanzerte fahrzeuge": "armoured_vehicle", "schiffe": "ship", "kriegsschiffe": "ship",
    "boot": "boat", "boote": "boat", "booten": "boat", "schlauchboote": "boat", "holzboot": "boat", "holzboote": "boat",
    "soldaten": "troops", "soldat": "troops", "truppen": "troops", "militärangehörige": "troops", "kämpfer": "troops", "streitkräfte": "troops",
    "polizisten": "police", "polizeibeamte": "police", "einsatzkräfte": "emergency_personnel", "feuerwehrleute": "emergency_personnel", "rettungskräfte": "emergency_personnel", "helfer": "emergency_personnel",
    "menschen": "people", "personen": "people", "insassen": "people", "menschen an bord": "passenger", "personen an bord": "passenger", "passagiere": "passenger", "fahrgäste": "passenger", "besatzungsmitglieder": "crew", "einwohner": "people", "bewohner": "people", "zivilisten": "civilians",
    "kinder": "children", "minderjährige": "children", "frauen": "women", "männer": "men", "familien": "families", "haushalte": "households",
    "tote": "people_killed", "toten": "people_killed", "todesopfer": "people_killed", "leichen": "people_killed", "getötete": "people_killed", "getöteten": "people_killed",
    "verletzte": "people_injured", "verletzten": "people_injured", "schwerverletzte": "people_injured", "verwundete": "people_injured", "verwundeten": "people_injured",
    "vermisste": "people", "vermissten": "people", "opfer": "casualties",
    "evakuierte": "people", "vertriebene": "people", "obdachlose": "people", "betroffene": "people", "gerettete": "people", "geretteten": "people", "überlebende": "people", "flüchtlinge": "refugees", "geflüchtete": "refugees",
    "demonstranten": "protesters", "protestierende": "protesters", "teilnehmer": "people", "teilnehmende": "people", "festnahmen": "people_arrested", "festgenommene": "people_arrested",
    "migranten": "migrants", "migrantinnen und migranten": "migrants", "bootsflüchtlinge": "migrants", "asylsuchende": "migrants", "gefangene": "prisoners", "kriegsgefangene": "prisoners", "geiseln": "hostages",
    "stimmen": "votes", "sitze": "seats", "mandate": "seats", "wähler": "voters", "wahlberechtigte": "voters",
    "nachbeben": "aftershock", "häuser": "facility", "gebäude": "facility", "wohnungen": "facility", "wohnhäuser": "facility",
    "dörfer": "village", "dörfern": "village", "ortschaften": "village",
    "km": "km", "kilometer": "km", "kilometern": "km", "meter": "metre", "metern": "metre", "hektar": "hectare", "quadratkilometer": "km2", "liter": "litre",
    "dollar": "usd", "us-dollar": "usd", "$": "usd", "euro": "eur", "€": "eur",
    "prozent": "percent", "%": "percent", "fälle": "case", "infektionen": "case",
  },
  roles: {
    // Separable "schoss … ab", "fing … ab": the finite part stands for the verb.
    "abgeschossen": "destroyed", "schoss ab": "destroyed", "schossen ab": "destroyed", "schoss": "destroyed", "schossen": "destroyed", "fing": "intercepted", "fingen": "intercepted", "zerstört": "destroyed", "zerstörte": "destroyed", "zerstörten": "destroyed",
    "abgefangen": "intercepted", "fing ab": "intercepted", "fingen ab": "intercepted", "neutralisiert": "destroyed", "vernichtet": "destroyed",
    "gestartet": "launched", "abgefeuert": "launched", "feuerte": "launched", "feuerten": "launched", "startete": "launched", "starteten": "launched", "eingesetzt": "launched",
    "getroffen": "hit", "beschädigt": "damaged", "beschädigte": "damaged", "geliefert": "transferred", "entsandt": "deployed", "stationiert": "deployed", "verlegt": "deployed", "im einsatz": "deployed",
    "getötet": "killed", "ums leben": "killed", "ums leben gekommen": "killed", "kamen ums leben": "killed", "starben": "killed", "starb": "killed", "gestorben": "killed", "tot": "killed",
    "tote": "killed", "toten": "killed", "todesopfer": "killed", "leichen": "killed",
    "verletzt": "injured", "verletzte": "injured", "verletzten": "injured", "verwundet": "injured",
    "gerettet": "rescued", "rettete": "rescued", "retteten": "rescued", "in sicherheit": "rescued", "an bord": "rescued", "geborgen": "rescued",
    "evakuiert": "evacuated", "verlassen": "evacuated", "in sicherheit gebracht": "evacuated", "festgenommen": "arrested", "verhaftet": "arrested", "inhaftiert": "detained",
    "vermisst": "missing", "vermisste": "missing", "vermissten": "missing", "evakuierte": "evacuated", "vertriebene": "displaced", "obdachlose": "affected", "betroffene": "affected", "gerettete": "rescued", "geretteten": "rescued", "über bord": "missing", "vertrieben": "displaced", "obdachlos": "affected", "betroffen": "affected",
    "teilnehmer": "attended", "teilnehmende": "attended", "nahmen teil": "attended", "nahmen an": "attended", "teilgenommen": "attended", "versammelten sich": "attended", "demonstrierten": "attended", "gingen auf die straße": "attended",
  },
  kindCues: {
    "angriff": "strike", "angriffe": "strike", "luftangriff": "air_attack", "luftangriffe": "air_attack", "beschuss": "strike", "explosion": "strike",
    "hilfe": "aid", "militärhilfe": "aid", "hilfspaket": "aid", "hilfen": "aid",
    "truppen": "deployment", "entsandt": "deployment",
    "treffen": "meeting", "gipfel": "meeting",
    "tote": "casualties", "toten": "casualties", "verletzte": "casualties", "todesopfer": "casualties", "erdbeben": "casualties", "beben": "casualties",
  },
  attribution: {
    verbs: {
      ...Object.fromEntries([...forms(said), ...impersonal].map((v) => [v, {}])),
      ...Object.fromEntries(forms(denied).map((v) => [v, { stance: "deny" as const }])),
      ...Object.fromEntries(forms(forecast).map((v) => [v, { stance: "forecast" as const }])),
      // "nach eigenen Angaben": the subject of the clause is its own source ("schoss die Luftwaffe nach eigenen Angaben … ab").
      "nach eigenen angaben": {}, "nach eigener darstellung": {}, "nach eigener aussage": {}, "eigenen angaben zufolge": {},
      "wurde zitiert": {}, "wird zitiert": {}, "zitiert": {},
      "lehnte eine stellungnahme ab": { noStatement: true }, "wollte sich nicht äußern": { noStatement: true }, "äußerte sich nicht": { noStatement: true },
    },
    accordingBefore: [
      "laut", "nach angaben", "nach angaben von", "nach angaben des", "nach angaben der", "nach darstellung", "nach darstellung von", "nach darstellung des", "nach darstellung der",
      "nach auskunft", "nach auskunft von", "nach auskunft des", "nach auskunft der", "nach schilderung", "nach schilderung von", "nach schilderung des", "nach schilderung der",
      "nach aussage", "nach aussage von", "nach aussagen von", "nach informationen", "nach informationen von", "nach informationen des", "nach informationen der",
      "nach schätzungen", "nach schätzung", "nach einschätzung", "nach zählung", "nach berechnungen", "nach daten", "nach zahlen", "so",
      "unter berufung auf", "gemäß",
    ],
    // "Stein zufolge", "der Polizei zufolge": the source before the postposition.
    accordingAfter: ["zufolge"],
    reportVerbs: ["berichtete", "berichtet", "berichten", "berichteten", "meldete", "meldet", "meldeten", "schrieb", "schreibt"],
    complementizers: ["dass"],
    conjunctions: ["aber", "und", "doch", "jedoch", "während", "allerdings", "sondern"],
    andWords: ["und"],
    futureWords: ["will", "wollen", "plant", "planen"],
    futureSuffixes: [],
    conditionalWords: ["wenn", "falls", "sollte"],
    passiveMarkers: ["wurde", "wurden", "worden", "wird", "ist", "sind", "war"],
    continuationWords: ["weitere", "weiteren", "außerdem", "zudem", "ebenfalls", "auch"],
  },
  partitive: {
    partFirst: ["von", "der", "von den", "von insgesamt"],
    wholeFirst: [],
    anaphoric: ["von ihnen", "davon", "darunter"],
  },
  honorifics: [
    "herr", "frau", "dr.", "prof.", "präsident", "präsidentin", "ministerpräsident", "ministerpräsidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
    "minister", "ministerin", "außenminister", "außenministerin", "verteidigungsminister", "verteidigungsministerin", "innenminister", "innenministerin",
    "regierungschef", "regierungschefin", "sprecher", "sprecherin", "regierungssprecher", "regierungssprecherin", "polizeisprecher", "polizeisprecherin", "kremlsprecher",
    "general", "generalin", "oberst", "admiral", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "gouverneur", "gouverneurin",
    "landrat", "landrätin", "stellvertretende landrat", "botschafter", "botschafterin", "generalsekretär", "generalsekretärin", "senator", "senatorin",
    "abgeordnete", "abgeordneter", "chef", "chefin", "leiter", "leiterin", "direktor", "direktorin", "kommandeur", "könig", "königin", "papst", "skipper", "kapitän", "kapitänin",
    "rentner", "rentnerin", "anwohner", "anwohnerin",
  ],
  personAnaphora: ["der minister", "die ministerin", "der präsident", "die präsidentin", "der sprecher", "die sprecherin", "der bürgermeister", "die bürgermeisterin", "der landrat", "der general", "die rentnerin", "der rentner", "der skipper", "der polizeisprecher"],
  nameStopWords: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach",
    "von", "vom", "vor", "zu", "zum", "zur", "für", "über", "unter", "laut", "wie", "es", "er", "sie", "wir", "ich", "man", "dass", "noch", "auch", "nur", "so",
    "seit", "bis", "um", "gegen", "durch", "ohne", "allein", "mehr", "mindestens", "rund", "etwa", "fast", "knapp", "zehn", "zwei", "drei", "sich",
  ],
  originWords: ["aus", "von … aus", "aus richtung"],
  otherNouns: [
    "regionen", "region", "städte", "städten", "orte", "gemeinden", "provinzen", "bezirke", "länder", "ländern", "tage", "tagen", "stunden", "wochen", "monate", "monaten", "jahre", "jahren",
    "mal", "wellen", "punkte", "punkten", "stellen", "brandherde",
  ],
  countNouns: ["zahl der", "die zahl der", "anzahl der", "bilanz", "insgesamt", "zahl"],
  quotatives: [],
  anaphoricObjects: ["dies", "das", "diese zahl", "diese angaben", "diese zahlen"],
  locativeSources: [],
  speakerNouns: [
    "ministerium", "regierung", "polizei", "behörde", "behörden", "polizeidirektion", "polizeipräsidium", "staatsanwaltschaft", "feuerwehr", "küstenwache", "armee", "militär",
    "streitkräfte", "luftwaffe", "marine", "grenzschutz", "rettungsdienst", "rettungsdienste", "einsatzkräfte", "rettungskräfte", "retter", "helfer", "katastrophenschutz", "zivilschutz",
    "organisation", "hilfsorganisation", "organisatoren", "veranstalter", "gewerkschaft", "opposition", "wahlkommission", "wahlbehörde", "agentur", "nachrichtenagentur", "sender",
    "zeugen", "augenzeugen", "augenzeuge", "überlebende", "überlebenden", "anwohner", "quellen", "kreise", "sprecher", "sprecherin", "polizeisprecher", "polizeisprecherin", "medien", "stadtverwaltung",
    "verwaltung", "landrat", "landrätin", "bürgermeister", "bürgermeisterin", "gouverneur", "gouverneurin", "gefahrenabwehrbehörde", "krisenstab", "gesundheitsbehörde", "gesundheitsministerium", "innenministerium", "verteidigungsministerium", "außenministerium",
  ],
  speakerPersons: ["landrat", "landrätin", "bürgermeister", "bürgermeisterin", "gouverneur", "gouverneurin", "zeuge", "augenzeuge", "augenzeugin", "sprecher", "sprecherin", "polizeisprecher", "polizeisprecherin"],
  speakerComplements: true,
  determiners: ["der", "die", "das", "den", "dem", "des", "ihr", "ihre", "sein", "seine"],
  asideWords: ["hingegen", "dagegen", "jedoch", "allerdings", "ihrerseits", "seinerseits", "zudem", "außerdem", "demnach", "indes", "unterdessen", "inzwischen"],
  outletNouns: ["nachrichtenagentur", "agentur", "zeitung", "tageszeitung", "sender", "fernsehsender", "radiosender", "onlineportal", "portal", "magazin", "blatt"],
  proposalNouns: ["vorschlag", "plan", "aufruf", "initiative", "forderung"],
  attackNouns: ["angriffe", "attacken"],
  superlatives: { words: ["meisten", "größten", "schwersten", "schlimmsten", "tödlichsten", "stärksten", "heftigsten", "ersten", "letzten"], suffixes: ["sten", "ste"] },
  sourceNouns: ["video", "mitteilung", "erklärung", "bericht", "angaben", "bilanz", "zahlen", "daten", "schätzung", "schätzungen", "stellungnahme", "pressemitteilung", "darstellung", "auskunft"],
  prepositions: [
    "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "vor", "zu", "zum", "zur", "für", "über", "unter", "gegen", "durch", "ohne", "um",
    "zwischen", "seit", "bis", "nahe", "wegen", "trotz", "neben", "hinter", "während", "gegenüber", "innerhalb", "außerhalb", "entlang",
  ],
  postpositions: ["zufolge", "gegenüber"],
  ofWords: ["von", "der", "des"],
};
