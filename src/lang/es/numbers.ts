// Spanish number and date vocabulary. Data only; see src/engine/numbers/lexicon.ts for each field.
// Spanish writes 0–29 as single words (veintiuno, veintidós), 31–99 as "tens y unit" (treinta y
// uno), and the hundreds as single words with a feminine form (doscientos/doscientas); these are
// generated here so no composition rule of Spanish lives in the engine. "." groups thousands
// ("1.200" = 1200) and "," is the decimal mark ("1,5"); a space or NBSP also groups ("1 200").
import type { DateLexicon, NumberLexicon } from "../../engine/numbers/lexicon.js";

const UNITS: Record<string, number> = {
  cero: 0, zero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diesiseis: 16, trés: 3, séis: 6, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20,
  veintiuno: 21, veintiún: 21, veintiun: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  // Older and regional spellings of the teens and twenties.
  "diez y seis": 16, "diez y siete": 17, "diez y ocho": 18, "diez y nueve": 19, "veinte y uno": 21,
};
const TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };
const HUNDREDS: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500,
  seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
};

/** Every word of 0–999 that is one entry: units to 29, tens with "y" + unit, hundreds in both genders. */
function words(): Record<string, number> {
  const out: Record<string, number> = { ...UNITS };
  for (const [t, v] of Object.entries(TENS)) {
    out[t] = v;
    for (const [u, uv] of Object.entries(UNITS)) if (uv >= 1 && uv <= 9 && !u.includes(" ")) out[`${t} y ${u}`] = v + uv;
  }
  for (const [h, v] of Object.entries(HUNDREDS)) {
    out[h] = v;
    if (h.endsWith("ientos")) out[h.replace(/ientos$/, "ientas")] = v;
  }
  return out;
}

/** "con un medio", "con tres cuartos", "con dos tercios", …: a fraction added after a whole number. */
function withFractions(): Record<string, number> {
  const out: Record<string, number> = {};
  const nums: Array<[string, number]> = [["un", 1], ["una", 1], ["dos", 2], ["tres", 3], ["cuatro", 4]];
  const dens: Array<[string, string, number]> = [["medio", "medios", 2], ["tercio", "tercios", 3], ["cuarto", "cuartos", 4], ["quinto", "quintos", 5]];
  for (const [n, nv] of nums) for (const [one, many, d] of dens) if (nv < d) out[`con ${n} ${nv === 1 ? one : many}`] = nv / d;
  return out;
}

export const numbers: NumberLexicon = {
  decimal: ",",
  group: [".", " ", "\u00a0", "\u202f"],
  indianGrouping: false,
  words: words(),
  // "un centenar de heridos", "una docena": a round figure given as approximate.
  vague: {
    "unos cuantos": 3, "unas cuantas": 3, "una decena": 10, "una docena": 12, "una quincena": 15, "una veintena": 20, "una treintena": 30,
    "una cuarentena": 40, "una cincuentena": 50, "un centenar": 100, "un millar": 1000,
  },
  multipliers: {
    mil: 1e3, miles: 1e3, docena: 12, docenas: 12, millar: 1e3, millares: 1e3, centenares: 100, cientos: 100, decenas: 10,
    millón: 1e6, millon: 1e6, millones: 1e6, mill: 1e6, "mill.": 1e6, mln: 1e6,
    // "mil millones" is 10^9 by composition (mil × millones); "millardo" is the same.
    millardo: 1e9, millardos: 1e9, billón: 1e12, billon: 1e12, billones: 1e12,
  },
  // "mil muertos", "cien heridos": a number on their own; "millón" needs "un" before it.
  bareMultipliers: ["mil"],
  gluedMultipliers: { k: 1e3, K: 1e3, M: 1e6 },
  articles: ["un", "una"],
  connectors: ["y"],
  // "uno con cinco" is how a decimal is read aloud in much of Latin America; it needs numbers on both sides.
  pointWords: ["coma", "punto", "con"],
  // …but "con" is also "with": "tres con dos heridos" is 3 and 2, so it is a decimal only at the end of the number.
  weakPointWords: ["con"],
  // Sign word "negativo" only: "menos" is "al menos" / "menos de" in news, never a negative count.
  negativeWords: ["negativo"],
  blockers: ["uno de los", "una de las", "uno a uno", "uno por uno", "el uno", "la una", "un poco", "una vez", "un día", "ni un solo", "ni una sola", "un máximo de", "un mínimo de", "un total de"],
  fractions: {
    denominators: {
      medio: 2, media: 2, medios: 2, tercio: 3, tercios: 3, cuarto: 4, cuartos: 4, quinto: 5, quintos: 5, quintas: 5, sexto: 6, sextos: 6,
      séptimo: 7, séptimos: 7, octavo: 8, octavos: 8, noveno: 9, novenos: 9, décimo: 10, décimos: 10,
      centésimo: 100, centésimos: 100, centesimo: 100, milésimo: 1000, milésimos: 1000,
      "tercera parte": 3, "cuarta parte": 4, "quinta parte": 5,
    },
    standalone: { mitad: 0.5, "la mitad": 0.5 },
    infix: [],
    // "once con tres cuartos" = 11.75: "con" joins a whole and a fraction (and "1 con 5" is read aloud as 1.5).
    after: { "y medio": 0.5, "y media": 0.5, ...withFractions() },
  },
  numeralSuffixes: { classifier: [], ordinal: ["º", "ª", "o", "a", "er", "era", "°"] },
  ordinalWords: ["primero", "primera", "primer", "segundo", "segunda", "tercero", "tercera", "tercer", "cuarto", "cuarta", "quinto", "quinta", "sexto", "séptimo", "octavo", "noveno", "décimo", "centésimo", "milésimo"],
  classifiers: [],
  // "un", "una" are the article as much as the numeral: a count only when qualified or partitive.
  indefinite: ["un", "una", "uno"],
  qualifiers: {
    before: {
      unos: "approx", unas: "approx", "alrededor de": "approx", "cerca de": "approx", casi: "approx", aproximadamente: "approx",
      "en torno a": "approx", "en torno de": "approx", "aproximadamente unos": "approx", "aproximadamente unas": "approx", "unos aproximadamente": "approx",
      "poco más de": "approx", "poco menos de": "approx", "del orden de": "approx", "rondan los": "approx", "ronda los": "approx", "rozan los": "approx",
      "más de": "more_than", "mas de": "more_than", "por encima de": "more_than", "superior a": "more_than", "superan los": "more_than", "supera los": "more_than",
      "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least", "como minimo": "at_least", "no menos de": "at_least", "mínimo": "at_least",
      hasta: "up_to", "hasta unos": "up_to", "hasta unas": "up_to",
      "como máximo": "at_most", "un mínimo de": "at_least", "a lo sumo": "at_most", "no más de": "at_most", "un máximo de": "at_most",
      "menos de": "less_than", "por debajo de": "less_than",
      // A verb of change before "a" gives the new value: "eleva a 24", "asciende a 30" is 24, 30.
      "eleva a": "exact", "elevó a": "exact", "asciende a": "exact", "ascendió a": "exact", "aumentó a": "exact", "sube a": "exact", "subió a": "exact",
      "llega a": "exact", "llegó a": "exact", "alcanza": "exact", "alcanzó": "exact", "alcanzan": "exact", "cifra en": "exact", "cifró en": "exact", "cifran en": "exact",
    },
    after: { "aproximadamente": "approx", "al menos": "at_least", "o más": "at_least", "como mínimo": "at_least" },
  },
  partitive: {
    partFirst: ["de", "de los", "de las", "entre"],
    wholeFirst: [],
    relative: ["de los cuales", "de las cuales", "entre ellos", "entre ellas", "incluidos", "incluidas"],
    anaphoric: ["de ellos", "de ellas"],
  },
  zero: {
    pronouns: ["nadie", "ninguno", "ninguna"],
    determiners: ["ningún", "ninguna", "sin", "ni un solo", "ni una sola", "cero"],
    items: {
      herido: { item: "people_injured", role: "injured" },
      heridos: { item: "people_injured", role: "injured" },
      muerto: { item: "people_killed", role: "killed" },
      muertos: { item: "people_killed", role: "killed" },
      fallecido: { item: "people_killed", role: "killed" },
      fallecidos: { item: "people_killed", role: "killed" },
      víctima: { item: "casualties", role: "total" },
      víctimas: { item: "casualties", role: "total" },
      desaparecidos: { item: "people_missing", role: "missing" },
    },
  },
};

export const dates: DateLexicon = {
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, junio: 6, jun: 6, julio: 7, jul: 7,
    agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9, sept: 9, octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  },
  dayWords: [],
  dateJoiners: ["de", "del"],
  yearWords: ["año"],
  yearBefore: ["en", "desde", "hasta", "de", "del", "antes de", "después de", "a finales de", "a principios de"],
  numericOrder: "dm",
  relative: {
    ayer: -1, hoy: 0, anoche: -1, "esta mañana": 0, "esta madrugada": 0, "en la madrugada": 0, "la víspera": -1, anteayer: -2, antier: -2,
    "el día anterior": -1, "la noche anterior": -1,
  },
  weekdays: {
    domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6,
  },
  publishedLabels: ["publicado", "actualizado", "publicado el", "actualizado el"],
  timeUnits: ["h", "horas", "hora", "gmt", "utc", "hs", "hrs", "minutos", "segundos"],
};
