// Vietnamese cues for the compare stage (src/compare/cues.ts): what kind of figure a number is.
import type { CompareCues } from "../types.js";

export const compare: CompareCues = {
  runningTotal: ["kể từ", "từ đầu", "từ đầu năm", "từ đầu cuộc chiến", "tính đến nay", "đến nay", "từ trước đến nay", "lũy kế", "trong năm nay", "tính từ"],
  rising: ["tăng lên", "đã tăng lên", "nâng lên", "tăng thành", "nâng tổng số"],
  night: ["đêm", "qua đêm", "trong đêm", "đêm qua", "rạng sáng", "tối muộn", "khuya", "nửa đêm"],
  background: ["dân số", "sinh sống", "cư dân của thành phố"],
  rank: ["một trong những", "một trong các"],
};
