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
import { Parser, type Handler, type ParserOptions } from "htmlparser2";

/** Deepest element kept as an element. News pages nest 15–40 levels; wrappers beyond this carry no structure Readability uses. */
export const MAX_HTML_DEPTH = 64;

// Never unwrapped: raw-text elements (unwrapping would turn script or style into text) and void
// elements (they hold nothing and close at once).
const KEEP = new Set([
  "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);

/**
 * htmlparser2's Parser keeps its open elements with the newest first (`unshift`, `shift`,
 * `indexOf`, `[0]`): each push moves the whole stack, so 50,000 nested tags cost seconds and a
 * 20 MB page of them hours. This stack keeps the newest last (push and pop are O(1)) behind the
 * same interface, and counts names so that a close tag for an element that is not open (the
 * search that pops nothing) is answered at once; a search that finds its element pops everything
 * it passed, so it is paid for by the pushes. Only what the Parser uses is implemented.
 */
class NewestFirstStack<T> {
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();
  constructor(first?: T) {
    if (first !== undefined) this.unshift(first);
    // The Parser reads the newest element as stack[0].
    Object.defineProperty(this, 0, { get: () => this.items[this.items.length - 1], enumerable: false });
  }
  get length(): number {
    return this.items.length;
  }
  set length(n: number) {
    while (this.items.length > n) this.shift();
  }
  unshift(x: T): number {
    this.items.push(x);
    this.counts.set(x, (this.counts.get(x) ?? 0) + 1);
    return this.items.length;
  }
  shift(): T | undefined {
    const x = this.items.pop();
    if (x !== undefined) this.counts.set(x, this.counts.get(x)! - 1);
    return x;
  }
  indexOf(x: T): number {
    if (!this.counts.get(x)) return -1;
    for (let k = this.items.length - 1; k >= 0; k--) if (this.items[k] === x) return this.items.length - 1 - k;
    return -1;
  }
}

/** htmlparser2's Parser with O(1) stack operations (its stacks are private fields, replaced after construction). */
export class LinearParser extends Parser {
  constructor(cbs: Partial<Handler>, opts: ParserOptions) {
    super(cbs, opts);
    const self = this as unknown as { stack: unknown; foreignContext: unknown };
    self.stack = new NewestFirstStack<string>();
    self.foreignContext = new NewestFirstStack<boolean>(false);
  }
}

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
  // A run of adjacent block tags (nothing between them) is one line break, not thousands.
  const edit = (start: number, end: number, block: boolean) => {
    const last = edits[edits.length - 1];
    const br = block && !(last && last[1] === start && last[2] === "<br>");
    edits.push([start, end, br ? "<br>" : ""]);
  };
  const parser: Parser = new LinearParser({
    onopentag(name, _attrs, implied) {
      elements++;
      if (name === "body" && !implied) hasBody = true;
      const drop = unwrapped.length >= maxDepth && !KEEP.has(name);
      unwrapped.push(drop);
      if (unwrapped.length > depth) depth = unwrapped.length;
      if (drop) {
        count++;
        if (!implied) edit(parser.startIndex, parser.endIndex + 1, isBlock(name));
      }
    },
    onclosetag(name, implied) {
      const drop = unwrapped.pop();
      if (drop && !implied) edit(parser.startIndex, parser.endIndex + 1, isBlock(name));
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
