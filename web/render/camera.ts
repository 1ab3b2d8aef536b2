// Camera moves: frame a node with its strongest neighbours, a set of nodes (a path), or what the
// filters keep; zoom in and out. Positions are sigma's framed coordinates, where the whole graph
// spans about 1 and a camera ratio of 1 shows it all.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";

export interface CameraMoves {
  /** Centres a node, zoomed to show its strongest neighbours around it. */
  focusOn(node: string): void;
  /** Frames a set of nodes (a path). */
  fit(nodes: Iterable<string>): void;
  /** Frames what the filters keep (the whole graph when nothing is filtered). */
  fitVisible(): void;
  zoomIn(): void;
  zoomOut(): void;
}

const DURATION_MS = 450;
/** The strongest neighbours a selection is framed with. */
const FRAMED_NEIGHBOURS = 12;
const [MIN_RATIO, MAX_RATIO] = [0.02, 1.2];

const clampRatio = (ratio: number): number => Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio));

export function createCamera(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: KnowledgeGraph, view: () => View): CameraMoves {
  const camera = sigma.getCamera();
  const at = (node: string): { x: number; y: number } | null => {
    const data = sigma.getNodeDisplayData(node);
    return data && !data.hidden ? data : null;
  };

  const frame = (nodes: Iterable<string>, margin: number): void => {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const node of nodes) {
      const p = at(node);
      if (!p) continue;
      [minX, maxX, minY, maxY] = [Math.min(minX, p.x), Math.max(maxX, p.x), Math.min(minY, p.y), Math.max(maxY, p.y)];
    }
    if (minX === Infinity) return;
    const ratio = clampRatio(Math.max(maxX - minX, maxY - minY) * margin);
    void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: DURATION_MS });
  };

  return {
    focusOn(node) {
      const centre = at(node);
      if (!centre) return;
      const focus = view().focus;
      const strongest = focus?.node === node ? focus.ranked.slice(0, FRAMED_NEIGHBOURS) : [];
      let reach = 0;
      for (const other of strongest) {
        const p = at(other);
        if (p) reach = Math.max(reach, Math.abs(p.x - centre.x), Math.abs(p.y - centre.y));
      }
      // Centred on the node, wide enough for its strongest neighbours; close in when it has none.
      const ratio = reach > 0 ? clampRatio(reach * 2.4) : Math.min(camera.ratio, 0.3);
      void camera.animate({ x: centre.x, y: centre.y, ratio }, { duration: DURATION_MS });
    },
    fit: (nodes) => frame(nodes, 1.5),
    fitVisible() {
      const { visible } = view();
      if (visible.everything) return void camera.animatedReset({ duration: DURATION_MS });
      frame(graph.filterNodes((node) => visible.node(node)), 1.15);
    },
    zoomIn: () => void camera.animatedZoom({ duration: 250 }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
  };
}
