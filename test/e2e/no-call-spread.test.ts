// The page must work on any graph size: spreading an array into a call (push(...edges),
// Math.max(...xs), replaceWith(...rows)) puts every element on the stack, and at ~120,000
// elements Chromium throws "Maximum call stack size exceeded" (unchecking co-mention on the bulk
// store did, with 142,168 edges). No call in web/ takes spread arguments, however short the list
// looks today: lists go through loops (dom.ts's el() and replaceChildren() take arrays).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const WEB = fileURLToPath(new URL("../../web/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "dist" || entry.name === "node_modules" ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** "file:line: text" for every spread argument of a call or `new` in the file. */
export function callSpreads(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${relative(WEB, file)}:${line}: ${node.getText().split("\n")[0]}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("web/ never spreads an array into a call", () => {
  test("the check finds the shapes that overflowed", () => {
    const text = "edges.push(...more); Math.max(...xs); new Set(...a); el('ul', {}, ...rows); f([...a, ...b]); g({ ...o });";
    expect(callSpreads(join(WEB, "x.ts"), text)).toHaveLength(4);
  });

  test("no file in web/ does it", () => {
    const files = sources(WEB);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => callSpreads(file, readFileSync(file, "utf8")))).toEqual([]);
  });
});
