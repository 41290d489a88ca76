// Deeply nested HTML, made shallow before the DOM is built. Readability over a linkedom DOM costs
// far more than linear in the nesting depth (linkedom finds an element's children by walking its
// whole subtree, and Readability asks for children, text and ancestors of every element): 1,000
// nested <div>s took 10 s, 2,000 took two minutes, 50,000 overflowed the stack. Browsers cap the
// tree depth too (Chromium's parser attaches elements past 512 levels to the 512th ancestor).
// Here every element opened deeper than MAX_HTML_DEPTH is unwrapped: its tags are dropped and its
// text and children stay, in order, inside its ancestor at that depth; a block element's tags
// become line breaks, so its text stays a paragraph of its own. One pass of htmlparser2 (the
// tokenizer linkedom itself parses with, so the depth seen here is the depth linkedom builds),
// and pages no deeper than the limit are returned unchanged.
import { Parser } from "htmlparser2";

/** Deepest element kept as an element. News pages nest 15–40 levels; wrappers beyond this carry no structure Readability uses. */
export const MAX_HTML_DEPTH = 64;

// Never unwrapped: raw-text elements (unwrapping would turn script or style into text) and void
// elements (they hold nothing and close at once).
const KEEP = new Set([
  "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);

export interface Flattened {
  html: string;
  /** Elements in the page (implied ones included). */
  elements: number;
  /** Deepest nesting seen, and how many elements were unwrapped. */
  depth: number;
  unwrapped: number;
  /** Whether the markup has a <body> tag of its own (linkedom puts no text in a body it has to make up). */
  hasBody: boolean;
}

/** `isBlock(name)`: whether an element's tags separate paragraphs (they become <br>). */
export function flattenDeepHtml(html: string, isBlock: (name: string) => boolean, maxDepth = MAX_HTML_DEPTH): Flattened {
  // Source spans to replace, in order: [start, end, replacement].
  const edits: Array<[number, number, string]> = [];
  const unwrapped: boolean[] = [];
  let elements = 0, depth = 0, count = 0, hasBody = false;
  const parser: Parser = new Parser({
    onopentag(name, _attrs, implied) {
      elements++;
      if (name === "body" && !implied) hasBody = true;
      const drop = unwrapped.length >= maxDepth && !KEEP.has(name);
      unwrapped.push(drop);
      if (unwrapped.length > depth) depth = unwrapped.length;
      if (drop) {
        count++;
        if (!implied) edits.push([parser.startIndex, parser.endIndex + 1, isBlock(name) ? "<br>" : ""]);
      }
    },
    onclosetag(name, implied) {
      const drop = unwrapped.pop();
      if (drop && !implied) edits.push([parser.startIndex, parser.endIndex + 1, isBlock(name) ? "<br>" : ""]);
    },
  }, { lowerCaseAttributeNames: false, decodeEntities: true });
  parser.end(html);
  if (!edits.length) return { html, elements, depth, unwrapped: count, hasBody };
  const out: string[] = [];
  let at = 0;
  for (const [a, b, r] of edits) {
    if (a < at) continue; // an implied close sharing the span of an explicit tag already replaced
    out.push(html.slice(at, a), r);
    at = b;
  }
  out.push(html.slice(at));
  return { html: out.join(""), elements, depth, unwrapped: count, hasBody };
}
