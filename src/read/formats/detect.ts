// Detection reads the top of a digest: every series shows its marks early, and scanning whole
// 300 KB digests once per reader would cost more than reading them.

const HEAD_CHARS = 30_000;

export const headOf = (text: string): string => (text.length <= HEAD_CHARS ? text : text.slice(0, HEAD_CHARS));
