// One relation's evidence in the entity panel: each sentence with both names marked, the digest
// it comes from (title and date) and a link to the source; "2 of 357" and a button that shows
// more, from what the entity's answer brought, then page by page from /api/evidence.
import { fetchEvidencePage } from "../api.ts";
import type { Digests, EvidenceItem, RelationEvidence } from "../api.ts";
import { readable } from "../render/words.ts";
import { markNames } from "../state/marks.ts";
import { el, externalLink } from "./dom.ts";

/** Shown at first per relation; then pages of EVIDENCE_PAGE. */
export const EVIDENCE_SHOWN = 2;
export const EVIDENCE_PAGE = 20;

export interface EvidenceContext {
  /** The store's digests (titles, dates); empty until the manifest has arrived. */
  digests: () => Digests;
  /** Both entities' surface forms (see marks.ts). */
  names: RegExp | null;
}

export function evidenceItem(e: EvidenceItem, ctx: EvidenceContext): HTMLLIElement {
  const quote = el("blockquote", {});
  for (const piece of markNames(readable(e.text), ctx.names)) quote.append(piece.marked ? el("mark", {}, piece.text) : piece.text);
  const digest = ctx.digests().get(e.doc);
  const link = e.url ? externalLink(e.url, "source") : null;
  const date = e.date ?? digest?.date ?? null;
  return el(
    "li",
    { class: "evidence" },
    quote,
    el(
      "div",
      { class: "meta" },
      el("span", { class: "digest", attrs: { title: e.doc } }, digest?.title || e.doc),
      date ? ` · ${date}` : null,
      link ? " · " : null,
      link,
    ),
  );
}

/** The evidence list of one relation, counting what it shows against every piece seen (`weight`). */
export function evidenceBlock(edge: string, weight: number, first: RelationEvidence, ctx: EvidenceContext): HTMLElement {
  const list = el("ul", { class: "evidence-list" });
  const count = el("span", { class: "evidence-count" });
  const more = el("button", { class: "more", attrs: { type: "button" } }, "More evidence");
  const footer = el("div", { class: "evidence-footer" }, count, " ", more);
  const known = first.evidence.slice(); // what has arrived, newest first
  let shown = 0;

  const show = (upTo: number): void => {
    for (; shown < Math.min(upTo, known.length); shown++) list.append(evidenceItem(known[shown]!, ctx));
    const total = Math.max(weight, first.kept);
    count.textContent =
      shown < first.kept
        ? `${shown} of ${total}`
        : first.kept < total
          ? `all ${first.kept} kept of ${total} (the store keeps the newest)`
          : `${shown} of ${total}`;
    more.hidden = shown >= first.kept;
  };
  more.addEventListener("click", () => {
    const wanted = shown + EVIDENCE_PAGE;
    if (known.length >= Math.min(wanted, first.kept)) return show(wanted);
    more.disabled = true;
    fetchEvidencePage(edge, known.length, wanted - known.length).then(
      (page) => {
        for (const e of page.evidence) known.push(e);
        more.disabled = false;
        show(wanted);
      },
      (err: unknown) => {
        more.disabled = false;
        count.textContent = `${shown} of ${weight}; could not load more: ${(err as Error).message}`;
      },
    );
  });
  show(EVIDENCE_SHOWN);
  return el("div", { class: "evidence-block", attrs: { "data-edge": edge } }, list, footer);
}
