// Building DOM without HTML strings: text from digests is untrusted, so it only ever becomes
// text nodes and attribute values, never markup.
/** A child, or a list of them: lists are appended one by one, never spread into a call. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  class?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const [type, handler] of Object.entries(props.on ?? {})) node.addEventListener(type, handler as EventListener);
  appendAll(node, children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  appendAll(parent, children);
}

function appendAll(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (isList(child)) appendAll(parent, child);
    else parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

const isList = (child: Child): child is readonly Child[] => Array.isArray(child);

/** Replaces a node's children with a list of any length (replaceChildren(...list) would spread it into a call). */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  appendAll(parent, children);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and (SVG) children; text only ever as text. */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  appendAll(node, children);
  return node;
}

/** Puts a list of nodes of any length where `old` was. */
export function replaceWithAll(old: Element | null, nodes: readonly Node[]): void {
  if (!old?.parentNode) return;
  const fragment = document.createDocumentFragment();
  appendAll(fragment, nodes);
  old.replaceWith(fragment);
}

/** Only web links become hrefs; anything else (javascript:, data:) stays text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function externalLink(url: string, text: string): HTMLAnchorElement | null {
  const href = safeHref(url);
  if (!href) return null;
  return el("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer nofollow" } }, text);
}

export function swatch(color: string): HTMLSpanElement {
  const s = el("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
  s.style.background = color;
  return s;
}
