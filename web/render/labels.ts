// Labels: node labels drawn with a white halo so they stay readable over edges, in a font stack
// that covers Chinese (Noto CJK on Linux, PingFang / YaHei elsewhere) as well as Latin names.
// A label that would overlap one already drawn in the same frame is skipped: sigma's label grid
// spaces ordinary labels, but forced ones (a focused node's neighbours, its edges) pile up.
import { drawStraightEdgeLabel } from "sigma/rendering";
import type { EdgeLabelDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";

export const LABEL_FONT =
  'system-ui, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export interface LabelDrawer {
  node: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  edge: EdgeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  /** Call before each frame (sigma's beforeRender). */
  reset(): void;
}

export function createLabelDrawer(): LabelDrawer {
  let nodeBoxes: Box[] = [];
  let edgeBoxes: Box[] = [];
  const claim = (drawn: Box[], box: Box): boolean => {
    if (drawn.some((other) => overlaps(box, other))) return false;
    drawn.push(box);
    return true;
  };

  const node: LabelDrawer["node"] = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    const box = { left: x - 2, top: y - size, right: x + context.measureText(data.label).width + 2, bottom: y + 4 };
    if (!claim(nodeBoxes, box)) return;
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255, 255, 255, 0.92)";
    context.strokeText(data.label, x, y);
    context.fillStyle = "#1d2530";
    context.fillText(data.label, x, y);
  };

  // Edge labels follow their edge at any angle; the box is the square around the label's middle.
  const edge: LabelDrawer["edge"] = (context, data, source, target, settings) => {
    if (!data.label) return;
    context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
    const half = context.measureText(data.label).width / 2 + 2;
    const x = (source.x + target.x) / 2;
    const y = (source.y + target.y) / 2;
    if (!claim(edgeBoxes, { left: x - half, top: y - half, right: x + half, bottom: y + half })) return;
    drawStraightEdgeLabel(context, data, source, target, settings);
  };

  return {
    node,
    edge,
    reset: () => {
      nodeBoxes = [];
      edgeBoxes = [];
    },
  };
}
