// French: how news French marks attribution, items, roles and events. Data only.
// Attribution verbs come in the passé composé ("a affirmé"), in inverted incises ("a précisé le
// ministère", "a-t-il dit") and in the present ("affirme"); each form is listed as it appears.
import type { LangMeta, LangPack } from "../types.js";

type Lexicon = Omit<LangPack, keyof LangMeta | "numbers" | "dates" | "compare">;

/** Past participles of speech verbs; "a X", "ont X", "avait X" and the bare participle are derived. */
const participles = [
  "affirmé", "déclaré", "indiqué", "dit", "annoncé", "précisé", "ajouté", "souligné", "expliqué", "assuré", "estimé",
  "confirmé", "rapporté", "signalé", "fait savoir", "averti", "prévenu", "insisté", "rappelé", "écrit", "publié",
  "révélé", "reconnu", "admis", "accusé", "dénoncé", "condamné", "appelé", "exhorté", "salué", "jugé", "martelé",
  "répété", "relevé", "noté", "raconté", "témoigné", "communiqué", "fait état", "assuré", "détaillé", "avancé",
  // Figures put forward: "les organisateurs ont revendiqué 60 000 participants", "la préfecture a recensé 12 morts".
  "revendiqué", "recensé", "dénombré", "comptabilisé", "chiffré", "évalué", "évoqué", "constaté", "confié", "mis en garde",
  "fait part", "déploré", "signalé", "rapporté", "informé", "tenu à préciser", "fait le point",
];
const presents = [
  "affirme", "affirment", "déclare", "déclarent", "indique", "indiquent", "dit", "disent", "annonce", "annoncent",
  "précise", "précisent", "ajoute", "ajoutent", "souligne", "explique", "assure", "estime", "estiment", "confirme",
  "rapporte", "rapportent", "signale", "fait savoir", "avertit", "insiste", "rappelle", "écrit", "publie", "révèle",
  "reconnaît", "accuse", "dénonce", "condamne", "appelle", "fait état", "détaille", "avance", "selon lui", "selon elle",
  "revendique", "revendiquent", "recense", "recensent", "dénombre", "dénombrent", "comptabilise", "chiffre", "évalue", "évaluent",
  "évoque", "évoquent", "font état", "font savoir", "rapporte", "relate", "souligne", "soulignent", "expliquent", "assurent", "confirment",
  "selon eux", "selon elles",
];
const deniedParts = ["démenti", "nié", "rejeté", "réfuté", "contesté"];
const denyPresents = ["dément", "démentent", "nie", "nient", "rejette", "rejettent", "réfute", "conteste", "contestent"];
const forecastParts = ["prévu", "promis", "prédit", "menacé"];

// The compound past, the pluperfect, the inverted incise ("a-t-il précisé", "ont-elles ajouté", "a-t-on appris") and the bare participle.
const auxed = (parts: string[]) => parts.flatMap((p) => [`a ${p}`, `ont ${p}`, `avait ${p}`, `avaient ${p}`, `a-t-il ${p}`, `a-t-elle ${p}`, `ont-ils ${p}`, `ont-elles ${p}`, `avait-il ${p}`, `avait-elle ${p}`, p]);

export const lexicon: Lexicon = {
  // "l'armée de l'air", "d'Ukraine": the elided article or "de" is glued to the name.
  inflection: { suffixes: [], nominativeSuffixes: [], minStem: 2, elisions: { subject: ["l'", "l’"], oblique: ["d'", "d’"] } },
  abbreviations: [
    "m.", "mme", "mme.", "mlle", "dr", "dr.", "pr", "pr.", "gén.", "col.", "st", "ste", "etc.", "av.", "apr.", "env.", "n°",
    "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "mds", "mln", "éd.", "p.",
  ],
  items: {
    "drone": "uav", "drones": "uav", "drones d'attaque": "uav", "drones kamikazes": "uav", "shahed": "uav",
    "missile": "missile", "missiles": "missile", "roquette": "missile", "roquettes": "missile",
    "missile de croisière": "cruise_missile", "missiles de croisière": "cruise_missile",
    "missile balistique": "ballistic_missile", "missiles balistiques": "ballistic_missile",
    "bombe guidée": "guided_bomb", "bombes guidées": "guided_bomb", "bombes planantes": "guided_bomb",
    "avion": "aircraft", "avions": "aircraft", "avions de combat": "aircraft", "chasseurs": "aircraft", "bombardiers": "aircraft",
    "hélicoptère": "helicopter", "hélicoptères": "helicopter",
    "obus": "artillery_shell", "munitions": "artillery_shell", "obus d'artillerie": "artillery_shell",
    "char": "tank", "chars": "tank", "blindés": "armoured_vehicle", "véhicules blindés": "armoured_vehicle",
    "navire": "ship", "navires": "ship", "bateau": "boat", "bateaux": "boat", "embarcation": "boat", "embarcations": "boat", "canots": "boat", "canot": "boat",
    "naufragés": "people", "rescapés": "people", "survivants": "people", "passagers": "passengers",
    "cas": "case", "cas confirmés": "case", "litres": "litre", "litre": "litre", "hectares": "hectare", "mètres": "metre",
    "soldats": "troops", "soldat": "troops", "militaires": "troops", "troupes": "troops", "combattants": "troops", "hommes": "people",
    "personnes": "people", "personne": "people", "habitants": "population", "civils": "civilians",
    "enfants": "children", "enfant": "children", "mineurs": "children", "femmes": "women", "femme": "women", "familles": "families",
    "participants": "people", "homme": "people", "pêcheurs": "people", "marins": "crew", "policiers": "police", "gendarmes": "police", "agents": "police", "personnes âgées": "people", "corps": "people_killed", "cadavres": "people_killed", "dépouilles": "people_killed",
    "morts": "people_killed", "mort": "people_killed", "décès": "people_killed", "tués": "people_killed", "victimes": "casualties",
    "blessés": "people_injured", "blessé": "people_injured", "blessées": "people_injured", "blessés graves": "people_injured",
    "disparus": "people_missing", "disparues": "people_missing", "morts et disparus": "casualties",
    "sinistrés": "people_affected", "évacués": "people_evacuated", "déplacés": "people_displaced", "sans-abri": "people_displaced",
    "manifestants": "protesters", "personnes arrêtées": "people_arrested", "interpellations": "people_arrested", "arrestations": "people_arrested",
    "migrants": "migrants", "exilés": "migrants", "réfugiés": "refugees", "demandeurs d'asile": "migrants",
    "électeurs": "voters", "voix": "votes", "suffrages": "votes", "sièges": "seats", "répliques": "aftershock", "réplique": "aftershock",
    "bombes aériennes guidées": "guided_bomb", "bombes aériennes": "guided_bomb", "drones shahed": "uav", "drones de combat": "uav",
    "prisonniers": "prisoners", "prisonniers de guerre": "prisoners", "otages": "hostages",
    "bâtiments": "facility", "maisons": "facility", "logements": "facility", "habitations": "facility", "immeubles": "facility",
    "km": "km", "kilomètres": "km", "kilomètre": "km",
    "dollars": "usd", "$": "usd", "euros": "eur", "€": "eur", "eur": "eur",
    "pour cent": "percent", "%": "percent",
  },
  roles: {
    "lancé": "launched", "lancés": "launched", "lancées": "launched", "tiré": "launched", "tirés": "launched", "tirées": "launched",
    "détruit": "destroyed", "détruits": "destroyed", "détruites": "destroyed", "abattu": "destroyed", "abattus": "destroyed", "neutralisés": "destroyed",
    "intercepté": "intercepted", "interceptés": "intercepted", "interceptées": "intercepted",
    "touché": "hit", "touchés": "hit", "frappé": "hit",
    "endommagé": "damaged", "endommagés": "damaged", "endommagées": "damaged",
    "livré": "transferred", "livrés": "transferred", "fourni": "transferred", "fournis": "transferred",
    "déployés": "deployed", "déployé": "deployed", "envoyés": "deployed", "engagé": "deployed", "engagés": "deployed", "mobilisés": "deployed",
    "mortels": "killed",
    "tués": "killed", "tuées": "killed", "morts": "killed", "mortes": "killed", "décédés": "killed", "mort": "killed", "ont péri": "killed", "péri": "killed",
    // "a coûté la vie à une personne", "ont perdu la vie", "ont trouvé la mort", "a causé la mort de", "se sont noyés".
    "tué": "killed", "tuée": "killed", "morte": "killed", "décédé": "killed", "décédée": "killed", "décédées": "killed", "noyés": "killed", "noyées": "killed",
    "coûté la vie": "killed", "coûte la vie": "killed", "perdu la vie": "killed", "trouvé la mort": "killed", "causé la mort": "killed", "la mort de": "killed",
    "mortelles": "killed", "sans vie": "killed", "retrouvés morts": "killed",
    "blessés": "injured", "blessées": "injured", "blessé": "injured", "blessée": "injured", "grièvement blessés": "injured", "légèrement blessés": "injured",
    "rescapés": "rescued", "sauvés": "rescued", "sauvées": "rescued", "secouru": "rescued", "secourus": "rescued", "secourues": "rescued", "évacués": "evacuated", "évacuées": "evacuated",
    "arrêtés": "arrested", "interpellés": "arrested", "interpellées": "arrested", "disparus": "missing", "portés disparus": "missing",
    "arrêtées": "arrested", "placés en garde à vue": "arrested", "portées disparues": "missing", "disparues": "missing", "toujours recherchées": "missing",
    "secourue": "rescued", "sauvé": "rescued", "repêchés": "rescued", "récupérés": "rescued", "hélitreuillés": "evacuated", "héliportés": "evacuated", "évacué": "evacuated",
    "déplacés": "displaced", "sinistrés": "affected", "abattues": "destroyed", "détruite": "destroyed", "neutralisé": "destroyed", "neutralisées": "destroyed",
    "envoyé": "deployed", "envoyées": "deployed",
  },
  kindCues: {
    "attaque": "strike", "attaques": "strike", "frappe": "strike", "frappes": "strike", "bombardement": "strike", "explosion": "strike",
    "aide": "aid", "aide militaire": "aid", "enveloppe": "aid",
    "troupes": "deployment", "soldats": "deployment", "déployés": "deployment",
    "livré": "arms_transfer", "livrés": "arms_transfer",
    "entretien": "meeting", "rencontre": "meeting", "sommet": "meeting", "réunion": "meeting",
    "tués": "casualties", "morts": "casualties", "blessés": "casualties",
  },
  attribution: {
    verbs: {
      ...Object.fromEntries([...auxed(participles), ...presents].map((v) => [v, {}])),
      ...Object.fromEntries([...auxed(deniedParts), ...denyPresents].map((v) => [v, { stance: "deny" as const }])),
      ...Object.fromEntries(auxed(forecastParts).map((v) => [v, { stance: "forecast" as const }])),
    },
    // "a-t-on appris auprès de la préfecture", "de source policière", "selon un bilan de la sécurité civile" (the source noun is read past).
    accordingBefore: [
      "selon", "d'après", "d’après", "de source", "de sources", "citant", "cité par", "citée par", "cités par", "à en croire", "selon des sources",
      "a-t-on appris auprès de", "a-t-on appris auprès du", "a-t-on appris auprès des", "apprend-on auprès de", "apprend-on auprès du",
      "a-t-on appris de", "a-t-on appris d'", "a-t-on appris d’",
    ],
    // "…, rapporte Reuters." / "l'AFP rapporte que …": the outlet with its report verb.
    accordingAfter: ["rapporte", "rapportent", "a rapporté", "indique", "écrit"],
    reportVerbs: ["rapporte", "a rapporté", "écrit", "a écrit", "publie", "a publié", "relaie"],
    complementizers: ["que", "qu'", "qu’"],
    conjunctions: ["mais", "et", "tandis que", "alors que", "cependant", "toutefois", "pourtant"],
    andWords: ["et", "&"],
    futureWords: ["va", "vont", "devrait", "devraient"],
    futureSuffixes: ["era", "eront", "rait", "raient"],
    conditionalWords: ["si", "au cas où"],
    passiveMarkers: ["a été", "ont été", "est", "sont", "été", "être"],
    continuationWords: ["autres", "encore", "aussi", "également", "d'entre eux", "ils", "elles"],
  },
  partitive: {
    partFirst: ["des", "d'entre", "d’entre", "sur", "parmi"],
    wholeFirst: [],
    anaphoric: ["d'entre eux", "d’entre eux", "d'entre elles", "d’entre elles", "dont"],
  },
  honorifics: [
    "m.", "mme", "monsieur", "madame", "président", "présidente", "premier ministre", "première ministre", "ministre",
    "général", "colonel", "amiral", "maire", "préfet", "préfète", "gouverneur", "porte-parole", "chef", "directeur", "directrice",
    "secrétaire", "ambassadeur", "commandant", "procureur", "procureure", "sénateur", "député", "députée", "roi", "reine",
  ],
  personAnaphora: ["le ministre", "la ministre", "le président", "la présidente", "le porte-parole", "le préfet", "le maire", "le général", "le responsable",
    "la responsable", "la porte-parole", "la ministre", "la directrice", "le directeur", "le chef", "la cheffe", "le gouverneur", "la préfète", "la maire", "il", "elle"],
  nameStopWords: ["le", "la", "les", "l'", "un", "une", "de", "du", "des", "et", "en", "à", "au", "aux", "a", "selon", "pour", "avec", "sur", "par"],
  originWords: ["depuis", "en provenance de"],
  otherNouns: ["régions", "région", "villes", "villages", "localités", "départements", "provinces", "pays", "jours", "heures", "semaines", "mois", "ans", "années", "fois", "vagues", "sites"],
  countNouns: ["nombre de", "le nombre de", "bilan de", "total de", "au total"],
  quotatives: [],
  anaphoricObjects: ["cela", "ces chiffres", "ce chiffre", "ce bilan", "cette information"],
  locativeSources: [],
  adjectiveInsideNames: true,
  // "la préfecture maritime a indiqué", "selon les garde-côtes", "les secouristes ont retrouvé": descriptive speakers.
  speakerNouns: [
    "ministère", "gouvernement", "police", "gendarmerie", "autorités", "sources", "source", "porte-parole", "agence", "armée", "pompiers",
    "sapeurs-pompiers", "secours", "secouristes", "sauveteurs", "préfecture", "préfecture maritime", "garde-côtes", "gardes-côtes",
    "protection civile", "sécurité civile", "défense civile", "organisateurs", "syndicats", "témoins", "médias", "presse locale",
    "parquet", "procureur", "mairie", "ong", "hôpital", "responsables", "habitants", "rescapés", "survivants", "enquêteurs", "militaires",
    "services de secours", "services d'urgence", "croissant-rouge", "croix-rouge", "ambassade", "état-major", "commandement",
  ],
  speakerPersons: ["témoin", "témoins", "porte-parole", "responsable", "procureur", "procureure"],
  speakerComplements: true,
  // Modifiers follow the head ("la préfecture maritime"): only a determiner stands before it, never a day ("jeudi la préfecture").
  speakerModifiersBefore: false,
  determiners: ["le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces"],
  asideWords: ["de son côté", "de leur côté", "pour sa part", "pour leur part", "quant à lui", "quant à elle", "en revanche", "toutefois", "cependant", "par ailleurs", "en outre", "de plus", "néanmoins", "elle", "lui", "eux"],
  outletNouns: ["agence", "agence de presse", "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "télévision", "média", "site"],
  proposalNouns: ["proposition", "plan", "appel", "initiative"],
  attackNouns: ["attaques", "frappes"],
  superlatives: { words: ["plus", "pires", "principaux", "principales"], suffixes: [] },
  sourceNouns: ["vidéo", "vidéos", "images", "communiqué", "un communiqué", "rapport", "un rapport", "bilan", "chiffres", "données", "message", "publication", "estimation"],
  prepositions: ["à", "au", "aux", "en", "dans", "de", "du", "des", "d'", "d’", "sur", "par", "pour", "avec", "contre", "vers", "chez", "entre", "parmi", "depuis", "après", "avant", "sans", "sous", "près", "via", "que"],
  postpositions: [],
  ofWords: ["de", "du", "de la", "des", "d'", "d’"],
};
