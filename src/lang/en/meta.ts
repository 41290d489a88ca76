// English as the registry knows it before the pack loads (src/lang/index.ts): identity, what detection
// reads (scripts, neighbours, headline words) and scraped-site boilerplate, which ingest reads for every
// language. Kept apart from ./lexicon.ts so that start-up reads only this for the languages it does not use.
import type { LangMeta } from "../types.js";

export const meta: LangMeta = {
  code: "en",
  name: "English",
  iso3: "eng",
  locale: "en",
  scripts: ["Latin"],
  neighbours: ["fra", "deu", "spa", "por", "ita", "nld", "pol", "ces", "ron", "tur", "ind", "swe", "dan", "hun", "fin"],
  // A headline with none of these is not Dutch or Italian, however its trigrams look ("Hospitals in Afghanistan overwhelmed after quake").
  neighbourWords: {
    nld: ["de", "het", "een", "van", "en", "niet", "zijn", "voor", "met", "bij", "naar", "ook", "op", "na", "uit", "aan", "door", "over"],
    ita: ["il", "lo", "gli", "di", "della", "delle", "degli", "del", "dei", "che", "per", "non", "sono", "nel", "nella", "con", "una", "alla", "al", "è", "e", "da", "dopo"],
  },
  // Detection of short text (a headline) among the registered languages of the script: frequent short words.
  headlineWords: ["the", "of", "to", "in", "on", "at", "for", "with", "after", "from", "as", "over", "and", "by", "is", "are", "its", "off", "into", "against", "amid", "near", "than", "says", "say", "said", "least", "more"],
  boilerplate: {
    adWords: ["ad", "ads", "advertisement", "advert", "sponsored"],
    sourceLabels: ["source", "sources", "read more", "originally published at"],
    commentWords: ["comment", "comments", "reply", "replies"],
    photoCues: ["photo", "photo:", "pictured", "image", "credit", "file photo", "reuters/", "ap photo"],
    bylineWords: ["by", "reporting by", "written by", "words by"],
    notTitles: [
      "what we know", "what we know so far", "key points", "key facts", "at a glance", "in brief", "in short", "live", "live updates",
      "live blog", "breaking", "breaking news", "analysis", "opinion", "explainer", "fact check", "watch", "video", "listen",
      "listen to this article", "this audio is created with ai assistance", "this article was translated", "audio version",
      "share", "share this article", "advertisement", "read more", "related", "related articles", "most read", "top stories",
      "more on this story", "latest", "newsletter", "sign up", "subscribe",
    ],
  },
};
