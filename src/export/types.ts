/** One file an export produces: its name (relative to --out) and its text. */
export interface ExportFile {
  name: string;
  content: string;
}
