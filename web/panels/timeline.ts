// The entity panel's time line: digests mentioning the entity per week (bars) over the store's
// dates, and the weeks its typed relations first appeared (dots below). Clicking a week narrows
// the graph to it.
import { edgeKindLabel } from "../render/words.ts";
import { dateOf } from "../state/graph-index.ts";
import type { Week } from "../state/timeline.ts";
import { el, svg } from "./dom.ts";

const WIDTH = 370;
const BARS = 44;
const HEIGHT = BARS + 14;

export interface TimelineOptions {
  /** The name a neighbour is listed by. */
  nameOf: (node: string) => string;
  /** A week clicked: narrow the graph to these dates. */
  onWeek: (from: string, to: string) => void;
  /** The colour its bars are drawn in (the entity's). */
  color: string;
}

function describe(week: Week, nameOf: (node: string) => string): string {
  const lines = [`Week of ${dateOf(week.start)}: mentioned in ${week.digests} digest${week.digests === 1 ? "" : "s"}`];
  const shown = week.firsts.slice(0, 8).map((f) => `first ${edgeKindLabel(f.predicate)} ${nameOf(f.other)} (${f.date})`);
  if (week.firsts.length > shown.length) shown.push(`and ${week.firsts.length - shown.length} more new relations`);
  return [...lines, ...shown].join("\n");
}

export function timelineElement(weeks: Week[], options: TimelineOptions): HTMLElement {
  const root = el("figure", { class: "timeline", attrs: { "data-testid": "timeline" } });
  if (!weeks.length) return el("figure", { class: "timeline", attrs: { "data-testid": "timeline" } }, el("p", { class: "hint" }, "Undated."));
  return drawn(root, weeks, options);
}

function drawn(root: HTMLElement, weeks: Week[], options: TimelineOptions): HTMLElement {
  let most = 1;
  for (const week of weeks) most = Math.max(most, week.digests);
  const step = WIDTH / weeks.length;
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: "img", "aria-label": "Mentions per week and first relations" });
  weeks.forEach((week, i) => {
    const x = i * step;
    const height = week.digests ? Math.max(1.5, (week.digests / most) * BARS) : 0;
    // The whole column is the target: weeks are a few pixels wide.
    const column = svg("g", { class: "week", "data-week": dateOf(week.start), "data-digests": week.digests, "data-firsts": week.firsts.length }, svg("title", {}, describe(week, options.nameOf)));
    column.append(svg("rect", { x, y: 0, width: step, height: HEIGHT, class: "hit" }));
    if (height) column.append(svg("rect", { x: x + step * 0.1, y: BARS - height, width: Math.max(1, step * 0.8), height, fill: options.color, class: "bar" }));
    if (week.firsts.length) column.append(svg("circle", { cx: x + step / 2, cy: BARS + 7, r: Math.min(3.5, 1.5 + week.firsts.length / 2), class: "first" }));
    column.addEventListener("click", () => options.onWeek(dateOf(week.start), dateOf(week.start + 6)));
    chart.append(column);
  });
  const total = weeks.reduce((sum, w) => sum + w.digests, 0);
  const firsts = weeks.reduce((sum, w) => sum + w.firsts.length, 0);
  const busiest = weeks.reduce((best, w) => (w.digests > best.digests ? w : best), weeks[0]!);
  root.append(
    chart,
    el("div", { class: "axis" }, el("span", {}, dateOf(weeks[0]!.start)), el("span", {}, dateOf(weeks[weeks.length - 1]!.start + 6))),
    el(
      "figcaption",
      { class: "hint" },
      `${total} digests over ${weeks.length} weeks (busiest: week of ${dateOf(busiest.start)}, ${busiest.digests}); ● ${firsts} typed relations first seen. Click a week to show it.`,
    ),
  );
  return root;
}
