// Colours for communities, so exports open coloured the way the browser colours them.
// A qualitative palette (Tableau 10 and its light variants): community n takes colour n mod 20.
const PALETTE: readonly (readonly [number, number, number])[] = [
  [78, 121, 167], [242, 142, 43], [225, 87, 89], [118, 183, 178], [89, 161, 79],
  [237, 201, 72], [176, 122, 161], [255, 157, 167], [156, 117, 95], [186, 176, 172],
  [160, 203, 232], [255, 190, 125], [255, 157, 154], [140, 209, 125], [182, 153, 45],
  [241, 206, 99], [212, 166, 200], [250, 191, 210], [215, 181, 166], [121, 112, 110],
];
const NO_COMMUNITY = [190, 190, 190] as const;

export function communityRgb(community: number | undefined): readonly [number, number, number] {
  return community === undefined ? NO_COMMUNITY : PALETTE[community % PALETTE.length]!;
}

export function communityColor(community: number | undefined): string {
  const [r, g, b] = communityRgb(community);
  return `rgb(${r},${g},${b})`;
}
