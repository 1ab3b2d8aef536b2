// The export formats by their --format names: what the CLI needs before it loads any writer.
export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "neo4j"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that produce several files, written into a directory. */
export const MULTI_FILE_FORMATS: ReadonlySet<ExportFormat> = new Set(["csv", "neo4j"]);
