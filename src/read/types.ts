import type { Item, Link, Series, Span } from "../types.ts";

/** What a format reader makes of a digest's text; parseDoc adds id, file, hash and text. */
export interface DocBody {
  title: string;
  /** YYYY-MM-DD when the reader found one (front matter); parseDoc falls back to title, file name. */
  date: string | null;
  items: Item[];
  links: Link[];
  excluded: Span[];
  emphasis: Span[];
}

/** One reader per digest series. */
export interface FormatReader {
  series: Series;
  /** 0..1: how sure the reader is that the text is its series, judged from the content only. */
  detect(text: string): number;
  read(text: string): DocBody;
}
