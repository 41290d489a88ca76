// Vietnamese number and date vocabulary. Data only; see src/engine/numbers/lexicon.ts for each field.
// Vietnamese composes numbers from words: "hai mươi mốt" = 21, "mười lăm" = 15, "một trăm linh năm"
// = 105; "mốt", "tư", "lăm" only follow a ten. "năm" (five / year) and "không" (zero / not) count
// only before a multiplier or a classifier ("năm nghìn", "không trăm").
import type { DateLexicon, NumberLexicon } from "../../engine/numbers/lexicon.js";

export const numbers: NumberLexicon = {
  decimal: ",",
  group: [".", " ", "\u00a0", "\u202f"],
  words: {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
  },
  weakWords: { "không": 0, "năm": 5 },
  tailWords: { "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5 },
  multipliers: {
    "mươi": 10, "chục": 10, "trăm": 100, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4,
    "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12,
  },
  bareMultipliers: ["trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"],
  gluedMultipliers: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, tr: 1e6 },
  connectors: ["linh", "lẻ"],
  pointWords: ["phẩy", "chấm"],
  negativeWords: ["âm", "trừ"],
  // "hàng trăm" = hundreds of: no number (as "hundreds of" in English).
  blockers: [
    "một số", "một vài", "một cách", "một chút", "một khi", "một mình", "ba lan", "nửa đêm", "hai bên bờ",
    "hàng chục", "hàng trăm", "hàng nghìn", "hàng ngàn", "hàng vạn", "hàng triệu", "hàng tỷ", "hàng chục nghìn", "hàng chục ngàn",
    "hàng trăm nghìn", "hàng trăm ngàn", "hàng chục triệu", "hàng trăm triệu", "vài chục", "vài trăm", "vài nghìn", "vài ngàn", "vài triệu",
  ],
  fractions: {
    denominators: {},
    standalone: { "nửa": 0.5 },
    infix: ["phần"],
    after: { "rưỡi": 0.5 },
  },
  numeralSuffixes: { classifier: [], ordinal: [] },
  classifiers: ["chiếc", "quả", "con", "cái", "khẩu", "viên", "trái", "tấm", "quả đạn"],
  ordinalPrefixes: ["thứ"],
  indefinite: ["một"],
  qualifiers: {
    before: {
      "khoảng": "approx", "chừng": "approx", "khoảng chừng": "approx", "xấp xỉ": "approx", "ước tính": "approx",
      "gần": "approx", "hàng": "approx", "trên dưới": "approx", "độ": "approx",
      "hơn": "more_than", "trên": "more_than", "hơn cả": "more_than", "vượt quá": "more_than", "vượt": "more_than", "vượt mốc": "more_than",
      // "tăng lên 35" / "tăng lên tới 35" (rose to 35) gives the new value, not a ceiling.
      "tăng lên": "exact", "tăng lên tới": "exact", "tăng lên đến": "exact",
      "ít nhất": "at_least", "tối thiểu": "at_least", "không dưới": "at_least", "không ít hơn": "at_least",
      "tới": "up_to", "lên tới": "up_to", "lên đến": "up_to", "có tới": "up_to", "có đến": "up_to", "đến": "up_to",
      "tối đa": "at_most", "không quá": "at_most", "nhiều nhất": "at_most",
      "dưới": "less_than", "chưa đến": "less_than", "chưa tới": "less_than", "ít hơn": "less_than",
    },
    after: { "trở lên": "at_least", "có lẻ": "more_than", "hơn": "more_than" },
  },
  partitive: {
    partFirst: ["trong số", "trong tổng số", "trên tổng số", "trên"],
    wholeFirst: [],
    relative: ["trong đó", "trong đó có", "trong số đó có"],
    anaphoric: ["trong số đó", "trong số này", "trong số họ"],
  },
  zero: {
    pronouns: ["không ai", "chẳng ai", "không một ai", "chưa ai"],
    determiners: ["không có", "không gây", "không gây ra", "chưa có", "không hề có", "không có bất kỳ"],
    items: {
      "bị thương": { item: "people_injured", role: "injured" },
      "thương vong": { item: "casualties", role: "total" },
      "thiệt mạng": { item: "people_killed", role: "killed" },
      "tử vong": { item: "people_killed", role: "killed" },
      "chết": { item: "people_killed", role: "killed" },
      "thiệt hại về người": { item: "casualties", role: "total" },
      "người chết": { item: "people_killed", role: "killed" },
      "người bị thương": { item: "people_injured", role: "injured" },
    },
  },
};

export const dates: DateLexicon = {
  months: {
    "tháng giêng": 1, "tháng một": 1, "tháng hai": 2, "tháng ba": 3, "tháng tư": 4, "tháng năm": 5,
    "tháng sáu": 6, "tháng bảy": 7, "tháng tám": 8, "tháng chín": 9, "tháng mười": 10,
    "tháng mười một": 11, "tháng mười hai": 12, "tháng chạp": 12,
  },
  monthWords: ["tháng"],
  dayWords: ["ngày", "hôm", "mùng", "mồng"],
  yearWords: ["năm"],
  yearBefore: [],
  numericOrder: "dm",
  // "thứ Bảy", "Chủ nhật": capitalised in news; a lower-case "thứ hai" is the ordinal "second".
  weekdays: { "chủ nhật": 0, "thứ hai": 1, "thứ ba": 2, "thứ tư": 3, "thứ năm": 4, "thứ sáu": 5, "thứ bảy": 6 },
  weekdaysCased: true,
  publishedLabels: ["đăng", "đăng lúc", "đăng ngày", "cập nhật", "cập nhật lúc", "ngày đăng", "xuất bản"],
  relative: {
    "hôm qua": -1, "hôm nay": 0, "trong đêm": 0, "đêm qua": 0, "trong đêm qua": 0, "đêm nay": 0,
    "sáng nay": 0, "rạng sáng nay": 0, "tối qua": -1, "sáng qua": -1, "hôm kia": -2,
    "một ngày trước đó": -1, "một ngày trước": -1, "ngày hôm trước": -1, "hôm trước": -1, "ngày hôm qua": -1,
  },
  timeUnits: ["giờ", "h", "phút"],
};
