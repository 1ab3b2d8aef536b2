// Escaping text for XML attributes and content; characters XML 1.0 forbids become spaces.

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** For attribute values. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, " ").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** For element content, where quotes may stay as they are. */
export function escapeXmlText(text: string): string {
  return text.replace(FORBIDDEN, " ").replace(/[&<>]/g, (c) => ENTITIES[c]!);
}
