/** One file an export produces: its name (relative to --out) and its text. */
export interface ExportFile {
  name: string;
  content: string;
}

/** What the writers may add beside the graph. */
export interface ExportOptions {
  /** A digest's title by its id (the store's manifest has them), shown beside each piece of evidence. */
  titleOf?: (doc: string) => string | undefined;
}
