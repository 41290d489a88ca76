// Vietnamese: isolating (no inflection), SVO, words of several syllables written with spaces
// ("máy bay không người lái"), modifiers after the head ("Bộ Quốc phòng Nga" = Russia's MoD),
// classifiers between number and noun ("14 chiếc", "10 triệu quả đạn pháo"), future marker "sẽ",
// passive "được"/"bị". Data only.
import type { LangPack } from "../types.js";

type Lexicon = Omit<LangPack, "numbers" | "dates">;

const speech = [
  "cho biết", "nói", "tuyên bố", "thông báo", "khẳng định", "nhấn mạnh", "tiết lộ", "cảnh báo", "cho rằng", "nhận định",
  "lưu ý", "bày tỏ", "xác nhận", "kêu gọi", "ủng hộ", "đề nghị", "phát biểu", "trả lời", "giải thích", "viết", "đưa tin",
  "công bố", "thừa nhận", "cáo buộc", "than phiền", "tố", "cam kết", "hứa", "báo cáo", "nêu rõ", "chia sẻ", "bình luận",
  "cho thấy", "tái khẳng định", "lên án", "chỉ trích", "hoan nghênh", "ước tính", "dự đoán", "tin rằng",
];
const deny = ["phủ nhận", "bác bỏ", "bác tin", "phản bác"];

export const lexicon: Lexicon = {
  code: "vi",
  name: "Vietnamese",
  iso3: "vie",
  locale: "vi",
  scripts: ["Latin"],
  inflection: { suffixes: [], minStem: 1 },
  abbreviations: ["tp.", "tt.", "gs.", "ts.", "th.s.", "mr.", "ms.", "dr."],
  boilerplate: {
    adWords: ["quảng cáo", "ad"],
    sourceLabels: ["nguồn", "theo nguồn"],
    commentWords: ["bình luận", "ý kiến"],
    photoCues: ["ảnh", "ảnh:", "ảnh minh họa", "đồ họa"],
  },
  items: {
    "uav": "uav", "máy bay không người lái": "uav", "drone": "uav", "thiết bị bay không người lái": "uav", "shahed": "uav",
    "tên lửa": "missile", "rocket": "missile", "hỏa tiễn": "missile",
    "tên lửa hành trình": "cruise_missile", "tên lửa đạn đạo": "ballistic_missile",
    "bom dẫn đường": "guided_bomb", "bom lượn": "guided_bomb",
    "máy bay": "aircraft", "máy bay chiến đấu": "aircraft", "chiến đấu cơ": "aircraft", "trực thăng": "helicopter",
    "đạn pháo": "artillery_shell", "quả đạn pháo": "artillery_shell", "quả đạn": "artillery_shell", "viên đạn pháo": "artillery_shell",
    "xe tăng": "tank", "xe bọc thép": "armoured_vehicle", "tàu": "ship", "tàu chiến": "ship",
    "binh sĩ": "troops", "binh lính": "troops", "lính": "troops", "quân": "troops", "quân nhân": "troops", "binh sỹ": "troops",
    "tay súng": "troops", "chiến binh": "troops",
    "tướng": "generals", "tướng lĩnh": "generals", "vị tướng": "generals",
    "người": "people", "dân thường": "civilians", "thường dân": "civilians", "trẻ em": "civilians",
    "người chết": "people_killed", "người thiệt mạng": "people_killed", "người bị thương": "people_injured",
    "thương vong": "casualties", "tù binh": "prisoners",
    "bồn nhiên liệu": "fuel_tank", "bồn chứa nhiên liệu": "fuel_tank", "bồn chứa": "fuel_tank", "bể chứa nhiên liệu": "fuel_tank",
    "cơ sở": "facility", "tòa nhà": "facility", "ngôi nhà": "facility", "nhà": "facility",
    "km": "km", "cây số": "km", "ki lô mét": "km", "kilomet": "km",
    "usd": "usd", "đô la": "usd", "đôla": "usd", "đô la mỹ": "usd", "$": "usd", "euro": "eur", "%": "percent", "phần trăm": "percent",
  },
  roles: {
    "phóng": "launched", "bắn": "launched", "tấn công": "launched", "sử dụng": "launched", "khai hỏa": "launched",
    "tiêu diệt": "destroyed", "bắn hạ": "destroyed", "bắn rơi": "destroyed", "phá hủy": "destroyed", "vô hiệu hóa": "destroyed",
    "đánh chặn": "intercepted", "chặn": "intercepted", "đẩy lùi": "intercepted",
    "mất dấu": "lost", "bị mất dấu": "lost", "mất tích": "lost", "không đến được mục tiêu": "lost",
    "rơi xuống": "hit", "rơi": "hit", "trúng": "hit", "đâm vào": "hit", "đâm": "hit", "đánh trúng": "hit",
    "bốc cháy": "damaged", "hư hại": "damaged", "hư hỏng": "damaged", "cháy": "damaged",
    "chuyển": "transferred", "chuyển giao": "transferred", "chuyển cho": "transferred", "cung cấp": "transferred",
    "bàn giao": "transferred", "gửi": "transferred", "viện trợ": "transferred",
    "triển khai": "deployed", "điều động": "deployed", "đồn trú": "deployed", "có mặt": "deployed",
    "thiệt mạng": "killed", "chết": "killed", "tử vong": "killed",
    "bị thương": "injured",
  },
  kindCues: {
    "tấn công": "strike", "cuộc tấn công": "strike", "không kích": "strike", "rơi xuống": "strike", "nổ": "strike", "pháo kích": "strike",
    "gói viện trợ": "aid", "viện trợ": "aid", "viện trợ quân sự": "aid",
    "binh sĩ": "deployment", "quân": "deployment", "triển khai": "deployment",
    "chuyển": "arms_transfer", "chuyển giao": "arms_transfer", "cung cấp": "arms_transfer",
    "hội đàm": "meeting", "cuộc gặp": "meeting", "hội nghị thượng đỉnh": "meeting",
    "thiệt mạng": "casualties", "bị thương": "casualties",
  },
  attribution: {
    verbs: {
      ...Object.fromEntries(speech.map((v) => [v, {}])),
      ...Object.fromEntries(deny.map((v) => [v, { stance: "deny" as const }])),
    },
    accordingBefore: ["theo", "dẫn lời", "trích lời", "dẫn nguồn", "theo tin từ", "theo thông tin từ", "theo hãng tin", "theo báo"],
    accordingAfter: ["đưa tin", "cho hay"],
    reportVerbs: ["đưa tin", "cho hay", "viết", "báo cáo"],
    complementizers: ["rằng"],
    conjunctions: ["nhưng", "và", "còn", "song", "tuy nhiên", "trong khi"],
    andWords: ["và", "cùng"],
    futureWords: ["sẽ", "sắp"],
    futureSuffixes: [],
    conditionalWords: ["nếu", "giả sử", "trong trường hợp"],
    passiveMarkers: ["được", "bị"],
    continuationWords: ["khác", "thêm", "nữa", "còn lại"],
  },
  partitive: {
    partFirst: ["trong số", "trong tổng số", "trên tổng số", "trong"],
    wholeFirst: [],
    anaphoric: ["trong số đó", "trong đó", "trong số này"],
  },
  honorifics: [
    "ông", "bà", "ngài", "tổng thống", "thủ tướng", "thống đốc", "tướng", "đại tướng", "thượng tướng", "trung tướng",
    "thị trưởng", "lãnh đạo", "nhà lãnh đạo", "chủ tịch", "ngoại trưởng", "bộ trưởng", "đại sứ", "người phát ngôn",
  ],
  personAnaphora: ["nhà ngoại giao", "vị ngoại trưởng", "quan chức này", "vị bộ trưởng", "nhà lãnh đạo này", "ông", "bà"],
  nameStopWords: ["và", "cho", "biết", "nói", "là", "của", "ở", "tại", "đã", "sẽ", "đang", "cũng", "này", "đó"],
  sourceNouns: ["video", "đoạn video", "thông báo", "báo cáo", "hình ảnh", "dữ liệu", "bài đăng", "tuyên bố", "số liệu", "ước tính"],
  prepositions: ["ở", "tại", "với", "cho", "của", "từ", "về", "đến", "tới", "vào", "trong", "giữa", "sang", "chống", "chống lại", "nhằm vào", "trên", "dưới", "thuộc", "bởi"],
  postpositions: [],
  ofWords: ["của"],
};
