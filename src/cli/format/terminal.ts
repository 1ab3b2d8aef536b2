// Text from digests is untrusted, and a terminal obeys what it prints: escape sequences recolour
// or retitle it, BEL rings, a carriage return overwrites the line, bidi overrides (U+202E)
// reorder what follows. Every line the CLI prints goes through forTerminal (main.ts installs it
// on the console); JSON goes out with such characters escaped instead, so its data is intact.

/** CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), and two-character escapes. */
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -~]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
/** C0 controls but tab and newline, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, "").replace(CONTROLS, "");
}

/** What JSON.stringify leaves raw but a terminal would act on (it escapes C0 itself). */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON text (indented) with every character a terminal would act on written as a \u escape. */
export const jsonForTerminal = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
