// Aligned text tables: columns padded to their widest cell, numbers right-aligned.
import { displayWidth, padDisplay } from "./width.ts";

export type Align = "left" | "right";

export function table(rows: readonly (readonly string[])[], align: readonly Align[] = [], gap = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const last = i === row.length - 1;
        if (align[i] === "right") return " ".repeat(widths[i]! - displayWidth(cell)) + cell;
        return last ? cell : padDisplay(cell, widths[i]!);
      })
      .join(gap)
      .trimEnd(),
  );
}

/** A number for people: integers as they are, small fractions with 4 significant digits. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(1) : value.toPrecision(4).replace(/\.?0+$/, "");
}
