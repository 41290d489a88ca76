// Generated news articles for the crash test and the ingest benchmark: unique texts in the four
// languages, each with attributed numbers the engine turns into claims (so "every article has its
// claims" is checked on articles that have some).
const REGIONS = ["Kursk", "Bryansk", "Belgorod", "Kharkiv", "Odesa", "Sumy", "Zaporizhzhia", "Dnipro", "Poltava", "Mykolaiv"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const BN_DIGITS = "০১২৩৪৫৬৭৮৯";
const bn = (n: number) => String(n).replace(/\d/g, (d) => BN_DIGITS[+d]);

/** Article i (deterministic): language cycles en, ru, vi, bn; numbers and places vary with i. */
export function generateArticle(i: number): { lang: "en" | "ru" | "vi" | "bn"; text: string; published: string } {
  const launched = 20 + (i % 97);
  const downed = Math.max(1, launched - 3 - (i % 11));
  const region = REGIONS[i % REGIONS.length];
  const day = 1 + (i % 28), month = i % 12;
  const published = `2024-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const serial = `Report ${i}`;
  switch (i % 4) {
    case 0:
      return {
        lang: "en",
        published,
        text:
          `${serial}: air defences active over ${region}\n\n` +
          `The Ukrainian Air Force said that Russia launched ${launched} drones overnight, and that ${downed} of them were shot down over the ${region} region. ` +
          `Russia's Ministry of Defence said it destroyed ${10 + (i % 50)} Ukrainian drones. ` +
          `Local officials said ${i % 5} people were injured on ${day} ${MONTHS[month]}. Bulletin number ${i} was issued at dawn.`,
      };
    case 1:
      return {
        lang: "ru",
        published,
        text:
          `Сводка ${i}: работа ПВО\n\n` +
          `Министерство обороны России сообщило, что за ночь были уничтожены ${launched} украинских беспилотников над Курской областью. ` +
          `По словам губернатора, ${i % 7} человек получили ранения. Это сообщение номер ${i} за сутки, добавили в ведомстве.`,
      };
    case 2:
      return {
        lang: "vi",
        published,
        text:
          `Bản tin ${i}: phòng không Ukraine\n\n` +
          `Không quân Ukraine cho biết Nga đã phóng ${launched} UAV trong đêm, trong đó ${downed} chiếc bị bắn hạ. ` +
          `Bộ Quốc phòng Nga cho biết đã bắn hạ ${10 + (i % 50)} UAV của Ukraine. Đây là bản tin số ${i} trong ngày.`,
      };
    default:
      return {
        lang: "bn",
        published,
        text:
          `প্রতিবেদন ${bn(i)}: আকাশ প্রতিরক্ষা\n\n` +
          `ইউক্রেনের বিমান বাহিনী ঘোষণা করেছে যে রাশিয়া রাতভর ${bn(launched)}টি ড্রোন ছুড়েছে, যার মধ্যে ${bn(downed)}টি ভূপাতিত করা হয়েছে। ` +
          `রাশিয়ার প্রতিরক্ষা মন্ত্রণালয় জানিয়েছে, তারা ${bn(10 + (i % 50))}টি ইউক্রেনীয় ড্রোন ধ্বংস করেছে। এটি দিনের ${bn(i)} নম্বর প্রতিবেদন।`,
      };
  }
}
