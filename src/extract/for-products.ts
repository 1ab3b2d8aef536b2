// "Gemini for Home", "Grok for Government", "Claude for Financial Services": a model or product,
// then "for", then a name the lexicon does not know is one product, the first made for a domain;
// read apart, the domain reads as a thing the maker released ("Google推出Gemini for Home" is not
// Google develops Home). Before a known name, "for" says what it runs on or works with ("vLLM for
// CUDA", "MLX for Apple Silicon"): two things. Known products of the shape ("Claude for Chrome")
// are the lexicon's.
import type { Mention } from "../types.ts";

export const FOR_PRODUCT_DEFAULTS = {
  /** Types of the name before "for". */
  firstTypes: new Set(["model", "product"]),
  /** Types of the name after it. */
  secondTypes: new Set(["product", "hardware", "organization"]),
  confidence: 0.8,
};

const FOR = " for ";

/**
 * The settled mentions (sorted by position) with each "<model or product> for <Name>" made one
 * product mention (the names nested in either stay, nested in it). `text` is the entity text of `docText`.
 */
export function withForProducts(docText: string, text: string, settled: Mention[], options = FOR_PRODUCT_DEFAULTS): Mention[] {
  if (!text.includes(FOR)) return settled;
  const out: Mention[] = [];
  let changed = false;
  for (let k = 0; k < settled.length; k++) {
    const a = settled[k]!;
    let j = k + 1;
    while (j < settled.length && settled[j]!.nested) j++;
    const b = settled[j];
    if (!b || a.nested || !isForPair(a, b, text, options)) {
      out.push(a);
      continue;
    }
    const maker = settled.slice(k + 1, j).find((n) => n.type === "organization" && n.span.start === a.span.start && n.span.end < a.span.end);
    out.push({
      span: { start: a.span.start, end: b.span.end },
      text: docText.slice(a.span.start, b.span.end),
      // Named without the maker that opens it: "Google Gemini for Home" is Gemini for Home (Google stays nested, its maker).
      ...(maker ? { canonical: docText.slice(maker.span.end, b.span.end).trim() } : {}),
      type: "product",
      extractor: "for-product",
      reason: `a ${a.type} for ${b.text}: one product`,
      confidence: options.confidence,
    });
    for (let n = k + 1; n < j; n++) out.push(settled[n]!); // a's nested names
    k = j;
    changed = true;
  }
  return changed ? out : settled;
}

function isForPair(a: Mention, b: Mention, text: string, options: typeof FOR_PRODUCT_DEFAULTS): boolean {
  return (
    options.firstTypes.has(a.type) &&
    options.secondTypes.has(b.type) &&
    b.span.start - a.span.end === FOR.length &&
    text.startsWith(FOR, a.span.end) &&
    /^[A-Z]/.test(b.text) &&
    b.canonical === undefined
  );
}
