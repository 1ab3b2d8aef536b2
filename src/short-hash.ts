// The start of a SHA-256 (16 hex digits): what the store and the curation keep to tell one
// content from another (a curation's, a digest's taught names, an extraction file's).
import { createHash } from "node:crypto";

export const shortHash = (content: string | Uint8Array): string => createHash("sha256").update(content).digest("hex").slice(0, 16);
