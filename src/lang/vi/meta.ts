// Vietnamese as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "vi",
  name: "Vietnamese",
  iso3: "vie",
  locale: "vi",
  scripts: ["Latin"],
  neighbours: [],
  // Detection of short text (a headline) among the registered languages of the script: frequent short words.
  headlineWords: ["của", "và", "ở", "tại", "trong", "với", "cho", "sau", "không", "người", "vào", "các", "những", "đã", "bị", "được", "từ", "về", "hơn", "sang", "lên"],
  letters: { chars: "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", share: 0.03 },
  boilerplate: {
    adWords: ["quảng cáo", "ad"],
    sourceLabels: ["nguồn", "theo nguồn"],
    commentWords: ["bình luận", "ý kiến"],
    photoCues: ["ảnh", "ảnh:", "ảnh minh họa", "đồ họa"],
    bylineWords: ["bởi", "tác giả"],
    notTitles: [
      "những điều cần biết", "điểm tin", "tóm tắt", "trực tiếp", "phân tích", "bình luận", "video", "nghe", "nghe bài viết",
      "nghe bài báo", "chia sẻ", "quảng cáo", "đọc thêm", "tin liên quan", "xem thêm", "đọc nhiều", "tin mới nhất",
    ],
  },
};
