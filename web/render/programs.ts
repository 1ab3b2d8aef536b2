// A node program for large graphs: sigma's point sprites (one vertex a node, where its default
// circles are instanced triangles, which software WebGL draws several times slower), minus the
// picking pass while the stage is dragged. Picking is what hover detection reads; nothing can be
// hovered mid-drag, and sigma redraws everything, picking included, when the drag ends.
import { NodePointProgram } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";

export class PanningPointProgram extends NodePointProgram<NodeAttributes, EdgeAttributes> {
  override render(params: RenderParams): void {
    const captor = this.renderer.getMouseCaptor();
    if (!captor.isMoving && !captor.draggedEvents) return super.render(params);
    const pick = this.pickProgram;
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
  }
}
