// Exports: the current view as PNG (@sigma/export-image) and the entities and relations on
// screen as GEXF (the same writer as `aikg export`), plus a copy of the shareable link.
import { downloadAsPNG } from "@sigma/export-image";
import { writeGexf } from "../../src/export/gexf.ts";
import { createGraph } from "../../src/graph/types.ts";
import type { Renderer } from "../render/renderer.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import { el } from "./dom.ts";

/** The part of the graph the filters let through, as a new graph to serialise. */
function visibleSubgraph(graph: KnowledgeGraph, renderer: Renderer): KnowledgeGraph {
  const { visible } = renderer.view();
  const out = createGraph();
  graph.forEachNode((node, a) => {
    if (visible.node(node)) out.addNode(node, a);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && visible.edge(edge)) out.addEdgeWithKey(edge, source, target, a);
  });
  return out;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountExport(root: HTMLElement, graph: KnowledgeGraph, renderer: Renderer): void {
  const button = (text: string, action: () => unknown): HTMLButtonElement =>
    el("button", { attrs: { type: "button" }, on: { click: () => void action() } }, text);
  const status = el("span", { class: "hint", attrs: { "aria-live": "polite" } });
  root.append(
    button("PNG", () => downloadAsPNG(renderer.sigma, { fileName: "aikg-view", backgroundColor: "#ffffff" })),
    button("GEXF", () => {
      const xml = writeGexf(visibleSubgraph(graph, renderer));
      download(new Blob([xml], { type: "application/xml" }), "aikg-view.gexf");
    }),
    button("Copy link", () =>
      navigator.clipboard.writeText(location.href).then(
        () => void (status.textContent = "link copied"),
        () => void (status.textContent = "copy the address bar to share this view"),
      ),
    ),
    status,
  );
}
