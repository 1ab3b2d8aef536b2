// Bytes → text: UTF-8 (BOM stripped), UTF-16 by BOM, GB18030 when the bytes are not UTF-8;
// UTF-8 with a few invalid bytes decodes with U+FFFD in their place and a warning that counts
// them; binary files and undecodable text are refused with a ReadError naming the file.
import { ReadError } from "./errors.ts";

const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "PNG image" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "ZIP archive" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: "ZIP archive" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "PDF document" },
  { bytes: [0x1f, 0x8b], what: "gzip archive" },
  { bytes: [0xff, 0xd8, 0xff], what: "JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "GIF image" },
];
/** Text with more control characters than this share is taken as binary. */
const MAX_CONTROL_SHARE = 0.01;
/**
 * UTF-8 with at most this share of its characters undecodable is read with U+FFFD in their
 * place (two stray bytes in a 10 KB digest); beyond it, the file is some other encoding.
 */
export const MAX_REPLACED_SHARE = 0.01;

export interface Decoded {
  text: string;
  /** Invalid UTF-8 sequences replaced with U+FFFD (0 for text that decoded cleanly). */
  replaced: number;
}

export function decode(bytes: Uint8Array, file: string): string {
  return decodeCounted(bytes, file).text;
}

/** The text, and how many invalid sequences were replaced to get it. */
export function decodeCounted(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ReadError(file, "empty file");
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) throw binary(file, magic.what);
  const decoded = decodeText(bytes, file);
  if (!/\S/.test(decoded.text)) throw new ReadError(file, "empty file");
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) throw binary(file, "control characters");
  return decoded;
}

/** The warning a digest decoded with replacements gets, or null. */
export const replacedWarning = ({ replaced }: Decoded): string | null =>
  replaced ? `${replaced} invalid UTF-8 byte sequence${replaced === 1 ? "" : "s"} read as U+FFFD (�)` : null;

function decodeText(bytes: Uint8Array, file: string): Decoded {
  const clean = (text: string): Decoded => ({ text, replaced: 0 });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = mostlyUtf8(bytes.subarray(3));
    if (!text) throw new ReadError(file, "not valid UTF-8 text");
    return text;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return clean(strict("utf-16le", bytes.subarray(2), file, "UTF-16"));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return clean(strict("utf-16be", bytes.subarray(2), file, "UTF-16"));
  if (bytes.includes(0)) throw binary(file, "contains NUL bytes");
  // Mostly UTF-8 comes before GB18030, which would read UTF-8's multi-byte characters as others.
  const utf8 = mostlyUtf8(bytes);
  if (utf8) return utf8;
  try {
    return clean(new TextDecoder("gb18030", { fatal: true }).decode(bytes));
  } catch {
    return refuse(file);
  }
}

const refuse = (file: string): never => {
  throw new ReadError(file, "not valid UTF-8 or GB18030 text");
};

/** UTF-8 text, cleanly or with few enough invalid sequences replaced; null when it is not. */
function mostlyUtf8(bytes: Uint8Array): Decoded | null {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), replaced: 0 };
  } catch {
    const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
    // U+FFFD written in the file (EF BF BD) is text, not a replacement.
    const replaced = count(text, "\ufffd") - countBytes(bytes, [0xef, 0xbf, 0xbd]);
    return replaced <= MAX_REPLACED_SHARE * text.length ? { text, replaced } : null;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function countBytes(bytes: Uint8Array, sequence: readonly number[]): number {
  let n = 0;
  for (let i = bytes.indexOf(sequence[0]!); i >= 0; i = bytes.indexOf(sequence[0]!, i + 1)) {
    if (sequence.every((b, k) => bytes[i + k] === b)) n++;
  }
  return n;
}

function strict(encoding: string, bytes: Uint8Array, file: string, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ReadError(file, `not valid ${name} text`);
  }
}

const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/** Share of C0 control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  if (!CONTROL.test(text)) return 0; // the common case, found by the regex engine's scan
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) controls++;
  }
  return controls / text.length;
}

function binary(file: string, what: string): ReadError {
  return new ReadError(file, `binary file (${what}), not a digest`);
}
