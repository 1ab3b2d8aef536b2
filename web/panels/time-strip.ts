// The time strip over the graph: entities first seen per week across the store's dates, with the
// date range as a band. Dragging across it scrubs the range: the counts follow the pointer at
// once (a pass over the graph's columns), the graph when the pointer rests or lets go. A click
// without a drag clears the range. A correction (a new revision of the graph) counts the weeks
// again, over the dates the page opened with (a correction adds none).
import { dateOf, dayOf } from "../state/graph-index.ts";
import type { GraphIndex } from "../state/graph-index.ts";
import type { Store } from "../state/store.ts";
import { weekIndex } from "../state/timeline.ts";
import type { Filters } from "../state/types.ts";
import { computeVisibility, isOn } from "../state/visibility.ts";
import { el, replaceChildren, svg } from "./dom.ts";

const WIDTH = 1000; // viewBox units; the strip stretches to the graph's width
const HEIGHT = 40;
/** A pointer resting this long mid-drag applies the range to the graph. */
const REST_MS = 300;

const n = (x: number): string => x.toLocaleString("en");

/** `index`: the graph's columns as they are now (a correction gives new ones). */
export function mountTimeStrip(root: HTMLElement, index: () => GraphIndex, store: Store): void {
  root.setAttribute("data-testid", "time-strip");
  const span = index().span;
  if (!span) return void (root.hidden = true);
  const [first, last] = span;
  const days = last - first + 1;

  const x = (day: number): number => ((day - first) / days) * WIDTH;
  const bars = (): SVGElement[] => {
    const weeks = new Array<number>(weekIndex(last, first) + 1).fill(0);
    for (const day of index().nodeFirst) if (day >= first && day <= last) weeks[weekIndex(day, first)]!++;
    let most = 1;
    for (const count of weeks) most = Math.max(most, count);
    return weeks.map((count, i) => {
      const height = count ? Math.max(1, (count / most) * (HEIGHT - 2)) : 0;
      return svg("rect", { x: x(first + 7 * i), y: HEIGHT - height, width: Math.max(1, (7 / days) * WIDTH - 1), height, class: "bar" }, svg("title", {}, `week of ${dateOf(first + 7 * i)}: ${count} entities first seen`));
    });
  };
  const dayAt = (clientX: number): number => {
    const box = chart.getBoundingClientRect();
    const share = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return Math.min(last, first + Math.floor(share * days));
  };
  const band = svg("rect", { y: 0, height: HEIGHT, class: "band" });
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: "none", class: "strip", role: "slider", "aria-label": "Date range: drag to choose" }, bars(), band);
  const counts = el("span", { class: "strip-counts", attrs: { "data-testid": "strip-counts", "aria-live": "polite" } });
  const clear = el("button", { class: "strip-clear", attrs: { type: "button", title: "All dates" }, on: { click: () => apply(null, null) } }, "All dates");
  root.append(
    el("div", { class: "strip-head" }, el("span", { class: "strip-title" }, "New entities per week — drag to choose dates"), counts, clear),
    chart,
    el("div", { class: "axis" }, el("span", {}, dateOf(first)), el("span", {}, dateOf(last))),
  );

  const apply = (from: string | null, to: string | null): void => store.dispatch({ type: "setDateRange", from, to });
  const show = (filters: Filters): void => {
    const from = filters.dateFrom ? Math.max(first, dayOf(filters.dateFrom)) : first;
    const to = filters.dateTo ? Math.min(last, dayOf(filters.dateTo)) : last;
    const ranged = filters.dateFrom !== null || filters.dateTo !== null;
    band.setAttribute("x", String(x(from)));
    band.setAttribute("width", String(Math.max(2, x(to + 1) - x(from))));
    band.classList.toggle("off", !ranged);
    clear.hidden = !ranged;
    // No filter on: everything shows, and the counts are the graph's (no pass over it).
    const visible = isOn(filters) ? computeVisibility(index(), filters) : { nodeCount: index().nodes.length, edgeCount: index().edges.length };
    const mode = filters.dateMode === "first" ? "first seen" : "seen";
    const range = ranged ? `${mode} ${filters.dateFrom ?? dateOf(first)} – ${filters.dateTo ?? dateOf(last)}` : "all dates";
    counts.textContent = `${range}: ${n(visible.nodeCount)} entities · ${n(visible.edgeCount)} relations`;
  };

  // Scrubbing: the band and the counts follow the pointer; the graph follows when it rests.
  let drag: { start: number; moved: boolean; rest?: ReturnType<typeof setTimeout>; frame?: number } | null = null;
  const rangeTo = (clientX: number): [string, string] => {
    const [a, b] = [drag!.start, dayAt(clientX)].sort((p, q) => p - q) as [number, number];
    return [dateOf(a), dateOf(b)];
  };
  chart.addEventListener("pointerdown", (event) => {
    chart.setPointerCapture(event.pointerId);
    drag = { start: dayAt(event.clientX), moved: false };
  });
  chart.addEventListener("pointermove", (event) => {
    if (!drag) return;
    drag.moved ||= Math.abs(dayAt(event.clientX) - drag.start) > 0;
    if (!drag.moved) return;
    const [from, to] = rangeTo(event.clientX);
    if (drag.frame === undefined) {
      drag.frame = requestAnimationFrame(() => {
        if (drag) drag.frame = undefined;
        show({ ...store.get().filters, dateFrom: from, dateTo: to });
      });
    }
    clearTimeout(drag.rest);
    drag.rest = setTimeout(() => apply(from, to), REST_MS);
  });
  const end = (event: PointerEvent): void => {
    if (!drag) return;
    clearTimeout(drag.rest);
    if (drag.frame !== undefined) cancelAnimationFrame(drag.frame);
    const { moved } = drag;
    const [from, to] = rangeTo(event.clientX);
    drag = null;
    if (moved) apply(from, to);
    else apply(null, null);
  };
  chart.addEventListener("pointerup", end);
  chart.addEventListener("pointercancel", () => {
    if (drag) clearTimeout(drag.rest);
    drag = null;
    show(store.get().filters);
  });

  store.subscribe((state, previous) => {
    if (state.revision !== previous.revision) replaceChildren(chart, [...bars(), band]);
    if ((state.filters !== previous.filters || state.revision !== previous.revision) && !drag) show(state.filters);
  });
  show(store.get().filters);
}
