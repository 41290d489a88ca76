// Russian as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "ru",
  name: "Russian",
  iso3: "rus",
  locale: "ru",
  scripts: ["Cyrillic"],
  neighbours: ["ukr", "bel", "bul", "mkd", "srp", "kaz"],
  // Detection of short text (a headline) among the registered languages of the script: frequent short words.
  headlineWords: ["и", "о", "об", "с", "из", "что", "от", "для", "при", "после", "над", "под", "не", "это", "его", "их", "как", "был", "была", "были", "выросло", "стали"],
  neighbourLetters: { ukr: "іїєґ", bel: "іў", bul: "ъ", mkd: "ѓќѕјљњџ", srp: "ђјљњћџ", kaz: "әғқңөұүһі" },
  boilerplate: {
    adWords: ["реклама", "рекламa"],
    sourceLabels: ["источник", "читайте также", "подробнее", "по теме", "смотрите также"],
    commentWords: ["комментарии", "комментарий", "комментариев"],
    photoCues: ["фото", "фото:", "фотография", "иллюстрация", "кадр из видео", "скриншот", "фото из открытых источников"],
    bylineWords: ["автор", "авторы", "текст"],
    notTitles: [
      "что известно", "что известно к этому часу", "главное", "коротко", "кратко", "онлайн", "прямая трансляция", "хроника",
      "мнение", "анализ", "видео", "слушать", "прослушать статью", "аудиоверсия", "поделиться", "реклама", "читайте также",
      "по теме", "самое читаемое", "новости партнеров", "подписаться",
    ],
  },
};
