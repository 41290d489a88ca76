// Vietnamese: isolating (no inflection), SVO, words of several syllables written with spaces
// ("máy bay không người lái"), modifiers after the head ("Bộ Quốc phòng Nga" = Russia's MoD),
// classifiers between number and noun ("14 chiếc", "10 triệu quả đạn pháo"), future marker "sẽ",
// passive "được"/"bị". Data only.
import type { LangMeta, LangPack } from "../types.js";

type Lexicon = Omit<LangPack, keyof LangMeta | "numbers" | "dates" | "compare">;

const speech = [
  "cho biết", "nói", "tuyên bố", "thông báo", "khẳng định", "nhấn mạnh", "tiết lộ", "cảnh báo", "cho rằng", "nhận định",
  "lưu ý", "bày tỏ", "xác nhận", "kêu gọi", "ủng hộ", "đề nghị", "phát biểu", "trả lời", "giải thích", "viết", "đưa tin",
  "công bố", "thừa nhận", "cáo buộc", "than phiền", "tố", "cam kết", "hứa", "báo cáo", "nêu rõ", "chia sẻ", "bình luận",
  "cho thấy", "tái khẳng định", "lên án", "chỉ trích", "hoan nghênh", "ước tính", "dự đoán", "tin rằng",
  // Report verbs of authorities giving a count ("Công an TP Hà Nội xác định …", "LHQ đã xác minh được 148 …").
  "xác định", "xác minh", "xác minh được", "thống kê", "ghi nhận", "cho hay", "thông tin", "nói với", "trao đổi với",
];
const deny = ["phủ nhận", "bác bỏ", "bác tin", "phản bác", "bác thông tin"];

export const lexicon: Lexicon = {
  inflection: { suffixes: [], minStem: 1 },
  abbreviations: ["tp.", "tt.", "gs.", "ts.", "th.s.", "mr.", "ms.", "dr."],
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
    "người": "people", "dân thường": "civilians", "thường dân": "civilians", "người dân": "people", "cư dân": "people",
    "trẻ em": "children", "em nhỏ": "children", "phụ nữ": "women", "học sinh": "students", "sinh viên": "students", "công nhân": "workers",
    "hành khách": "people", "du khách": "people", "ngư dân": "fishermen", "hộ dân": "households", "hộ": "households", "gia đình": "families",
    // People on the move (refugees, migrants, asylum seekers) count as migrants.
    "người di cư": "migrants", "người nhập cư": "migrants", "người tị nạn": "migrants", "người tỵ nạn": "migrants", "người xin tị nạn": "migrants",
    "người biểu tình": "protesters", "người tuần hành": "protesters", "cử tri": "voters", "phiếu": "votes", "lá phiếu": "votes",
    "nhân viên cứu trợ": "aid_workers", "nhân viên nhân đạo": "aid_workers", "tình nguyện viên": "volunteers",
    "trường hợp tử vong": "people_killed", "ca tử vong": "people_killed", "thi thể": "people_killed", "người tử vong": "people_killed",
    "người mất tích": "people", "ca nhiễm": "cases", "ca mắc": "cases",
    "thuyền": "boat", "tàu cá": "boat", "ghe": "boat", "bom": "bomb", "quả bom": "bomb", "container": "container", "công-te-nơ": "container",
    "căn nhà": "house", "ngôi nhà": "house", "nhà dân": "house", "nhà cửa": "house", "trường học": "school", "ô tô": "vehicle", "xe": "vehicle",
    "đồng": "vnd", "vnd": "vnd", "m2": "square_metre", "mét vuông": "square_metre", "ha": "hectare", "héc ta": "hectare", "hécta": "hectare", "tấn": "tonne",
    "người chết": "people_killed", "người thiệt mạng": "people_killed", "người bị thương": "people_injured",
    "thương vong": "casualties", "tù binh": "prisoners",
    "bồn nhiên liệu": "fuel_tank", "bồn chứa nhiên liệu": "fuel_tank", "bồn chứa": "fuel_tank", "bể chứa nhiên liệu": "fuel_tank",
    "cơ sở": "facility", "tòa nhà": "facility", "nhà": "facility",
    "km": "km", "cây số": "km", "ki lô mét": "km", "kilomet": "km",
    "usd": "usd", "đô la": "usd", "đôla": "usd", "đô la mỹ": "usd", "$": "usd", "euro": "eur", "%": "percent", "phần trăm": "percent",
  },
  roles: {
    "phóng": "launched", "thả": "launched", "bắn": "launched", "tấn công": "launched", "sử dụng": "launched", "khai hỏa": "launched",
    "tiêu diệt": "destroyed", "bắn hạ": "destroyed", "bắn rơi": "destroyed", "phá hủy": "destroyed", "vô hiệu hóa": "destroyed",
    "đánh chặn": "intercepted", "chặn": "intercepted", "đẩy lùi": "intercepted",
    "mất dấu": "lost", "bị mất dấu": "lost", "không đến được mục tiêu": "lost",
    "rơi xuống": "hit", "rơi": "hit", "trúng": "hit", "đâm vào": "hit", "đâm": "hit", "đánh trúng": "hit",
    "bốc cháy": "damaged", "hư hại": "damaged", "hư hỏng": "damaged", "cháy": "damaged",
    "chuyển": "transferred", "chuyển giao": "transferred", "chuyển cho": "transferred", "cung cấp": "transferred",
    "bàn giao": "transferred", "gửi": "transferred", "viện trợ": "transferred",
    "triển khai": "deployed", "điều động": "deployed", "đồn trú": "deployed", "có mặt": "deployed",
    "thiệt mạng": "killed", "chết": "killed", "tử vong": "killed", "bị giết": "killed", "sát hại": "killed", "tử nạn": "killed",
    "mất tích": "missing", "giải cứu": "rescued", "cứu sống": "rescued", "cứu": "rescued", "cứu hộ": "rescued",
    "sơ tán": "evacuated", "di dời": "evacuated", "rời bỏ nhà cửa": "displaced", "mất nhà cửa": "displaced", "phải rời bỏ": "displaced", "mất chỗ ở": "displaced",
    "bắt giữ": "arrested", "bắt": "arrested", "tạm giữ": "detained", "tạm giam": "detained",
    "tiếp nhận": "received", "nhận được": "received", "quyên góp": "received", "ủng hộ": "received",
    "cam kết": "pledged", "hỗ trợ": "pledged", "tham gia": "attended", "tập trung": "attended", "xuống đường": "attended",
    "bị ảnh hưởng": "affected", "ngập": "affected", "bị ngập": "affected", "sập": "damaged", "đổ sập": "damaged", "bị phá hủy": "destroyed",
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
      // "khởi tố" (to prosecute) and "tố cáo" in legal sense contain "tố" but are no speech here.
      ...Object.fromEntries(["khởi tố", "truy tố", "tố tụng"].map((v) => [v, { ignore: true }])),
      // Declining to comment is no statement.
      ...Object.fromEntries(["chưa bình luận", "không bình luận", "từ chối bình luận", "chưa lên tiếng", "từ chối trả lời", "không xác nhận", "chưa xác nhận"].map((v) => [v, { ignore: true, noStatement: true }])),
    },
    accordingBefore: ["theo thống kê của", "theo số liệu của", "theo báo cáo của", "theo ước tính của", "theo thông báo của", "theo thông tin từ", "theo tin từ", "theo", "dẫn lời", "trích lời", "dẫn nguồn", "theo tin từ", "theo thông tin từ", "theo hãng tin", "theo báo"],
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
  originWords: ["từ"],
  // "45 tuổi" is an age, not a count of anything.
  otherNouns: ["tuổi", "tỉnh", "vùng", "khu vực", "thành phố", "làng", "quận", "huyện", "nước", "quốc gia", "ngày", "giờ", "tuần", "tháng", "năm", "lần", "đợt", "hướng"],
  countNouns: ["số", "số lượng", "tổng số", "con số"],
  quotatives: [],
  anaphoricObjects: ["thông tin trên", "thông tin này", "điều này", "điều đó", "con số này", "con số trên"],
  locativeSources: [],
  sourceNouns: ["video", "đoạn video", "thông báo", "báo cáo", "hình ảnh", "dữ liệu", "bài đăng", "tuyên bố", "số liệu", "ước tính"],
  prepositions: ["ở", "tại", "với", "cho", "của", "từ", "về", "đến", "tới", "vào", "trong", "giữa", "sang", "chống", "chống lại", "nhằm vào", "trên", "dưới", "thuộc", "bởi"],
  postpositions: [],
  ofWords: ["của"],
  // Speakers named by what they are ("quân đội nước này", "UBND phường Khương Đình"): complements after the head.
  speakerNouns: [
    "công an", "cảnh sát", "quân đội", "chính quyền", "nhà chức trách", "giới chức", "ubnd", "ủy ban nhân dân", "lực lượng chức năng",
    "cơ quan chức năng", "bộ chỉ huy", "ban tổ chức", "bệnh viện", "sở y tế", "truyền thông", "báo chí", "đài truyền hình", "nguồn tin",
    "giới quan sát", "cơ quan", "nhân chứng", "người chứng kiến", "quan chức", "người phát ngôn", "bác sĩ", "nhân viên",
  ],
  speakerPersons: ["nhân chứng", "người chứng kiến", "quan chức", "người phát ngôn", "bác sĩ"],
  speakerComplements: true,
  // Modifiers follow the head: only a determiner comes before it ("các nhân chứng").
  speakerModifiersBefore: false,
  determiners: ["các", "những"],
  speakerClosers: ["này", "đó", "ấy"],
};
