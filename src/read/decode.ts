// Bytes → text: UTF-8 (BOM stripped), UTF-16 by BOM, GB18030 when the bytes are not UTF-8;
// binary files and undecodable text are refused with a ReadError naming the file.
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

export function decode(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ReadError(file, "empty file");
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) throw binary(file, magic.what);
  const text = decodeText(bytes, file);
  if (!/\S/.test(text)) throw new ReadError(file, "empty file");
  if (controlShare(text) > MAX_CONTROL_SHARE) throw binary(file, "control characters");
  return text;
}

function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict("utf-8", bytes.subarray(3), file, "UTF-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict("utf-16le", bytes.subarray(2), file, "UTF-16");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict("utf-16be", bytes.subarray(2), file, "UTF-16");
  if (bytes.includes(0)) throw binary(file, "contains NUL bytes");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      throw new ReadError(file, "not valid UTF-8 or GB18030 text");
    }
  }
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
