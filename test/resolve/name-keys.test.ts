// The latin-names extractor looks names up by their tokens' keys joined (segmentRun), which must
// be the key nameKey gives the stretch's text: a property over tokens of the shapes names have.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { joinedKey, nameKey } from "../../src/resolve/normalize.ts";
import { tokenKey } from "../../extractors/entities/latin-names/segment.ts";

const token = fc.constantFrom("Qwen", "2", "35B", "3", "27b", "Gemma-3-27B", "v2", "V3", "R1", "0528", "1.5", "8B", "A3B", "gpt-4o", "llama.cpp", "top_p", "1-5", "x", "7", "270M", "2-35B", "@qwen", "K2", "0905", "2.0", "4.0", "2.7.0");
const LEADING_VERSION_V = /^[vV]\d/;

describe("name keys of token stretches", () => {
  it("the tokens' keys joined are the key of their text", () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), (tokens) => {
        if (tokens.slice(1).some((t) => t.startsWith("@"))) return; // a handle only starts a run
        const keys = tokens.map((t, j) => (j > 0 && LEADING_VERSION_V.test(t) ? tokenKey(t).slice(1) : tokenKey(t)));
        const joined = keys.slice(1).reduce(joinedKey, keys[0]!);
        expect(joined).toBe(nameKey(tokens.join(" ").replace(/^@/, "")));
      }),
      { numRuns: 3000 },
    );
  });
});
