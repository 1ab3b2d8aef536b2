// Title Case headlines (src/segment/headlines.ts): a name in one is read as a headline's words.
// The verdict is kept per span; a bold run and the bold lead of its line can start at one place
// and end at two, so the answer for a place must not depend on which place was asked first.
// Read on real digests, where that happens (../shared; skipped without it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/read/decode.ts";
import { parseDoc } from "../../src/read/parse.ts";
import { entityText } from "../../src/segment/entity-text.ts";
import { inTitleCaseHeadline } from "../../src/segment/headlines.ts";
import { hasShared, sharedPath, sharedSkipReason } from "../shared.ts";

const DIGESTS = ["ainews-en_2025-05-13.md", "ainews-en_2025-07-28.md", "ainews-en_2025-08-05.md"];

/** The verdict of every place of the digest that lies in a headline, asked of a fresh parse in the given direction. */
function verdicts(file: string, backward: boolean): boolean[] {
  const doc = parseDoc(decode(readFileSync(sharedPath("corpus", "bulk", file)), file), file, "");
  const text = entityText(doc);
  const out = new Array<boolean>(text.length);
  for (let k = 0; k < text.length; k++) {
    const at = backward ? text.length - 1 - k : k;
    out[at] = inTitleCaseHeadline(doc, text, at);
  }
  return out;
}

describe.skipIf(!hasShared)(`Title Case headlines${sharedSkipReason}`, () => {
  it.each(DIGESTS)("%s: each place's answer is the same whatever was asked before it", (file) => {
    const forward = verdicts(file, false);
    const backward = verdicts(file, true);
    const differ = forward.flatMap((v, at) => (v === backward[at] ? [] : [at]));
    expect(differ).toEqual([]);
    expect(forward.some(Boolean)).toBe(true);
  });
});
