// The page's corrections: sent to the server (POST /api/curation, with the token this page was
// served with), listed, undone. After each one the page loads again, keeping its view, so what
// it draws is what the server now serves; the correction is announced, with Undo, once it has.
import type { Decision, Outcome } from "../src/curate/types.ts";
import type { EntityType } from "../src/types.ts";
import type { ExplorerState } from "./state/types.ts";
import { encodeState } from "./state/url.ts";

export type Correction =
  | { action: "merge"; into: string; others: string[] }
  | { action: "rename"; entity: string; name: string }
  | { action: "retype"; entity: string; type: EntityType }
  | { action: "reject"; entity: string }
  | { action: "reject-relation"; edge: string };

export interface Listed {
  editable: boolean;
  off?: string;
  /** The curation file, or null when the server serves a graph without a store's. */
  file: string | null;
  decisions: (Decision & Outcome & { n: number; text: string })[];
}

const meta = (): HTMLMetaElement | null => document.querySelector<HTMLMetaElement>('meta[name="aikg-edit-token"]');

/** Whether this page may correct the graph, and why not when it may not. */
export function editing(): { on: true } | { on: false; why: string } {
  const found = meta();
  if (found?.content) return { on: true };
  return { on: false, why: found?.dataset.off ?? "this server takes no corrections (its page carries no edit token)" };
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Aikg-Token": meta()?.content ?? "" },
    body: JSON.stringify(body),
  });
  // The server says why it refused, in one line.
  if (!response.ok) throw new Error((await response.text()).trim() || `the server answered ${response.status}`);
  return (await response.json()) as T;
}

export const listCorrections = async (): Promise<Listed> => {
  const response = await fetch("/api/curation", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return (await response.json()) as Listed;
};

const ANNOUNCE = "aikg-correction";

interface Announcement {
  text: string;
  /** The decision to undo from the announcement, if it is one made (not one undone). */
  undo?: { n: number; at: string };
}

/** Loads the page again showing `selected` (the rest of the view kept), to announce `what`. */
function reloadShowing(state: ExplorerState, selected: string | null, what: Announcement): void {
  sessionStorage.setItem(ANNOUNCE, JSON.stringify(what));
  // An entity the correction removed drops out of the view (the path's ends too) as the page reads it again.
  const next = encodeState({ ...state, selected });
  history.replaceState(null, "", next ? `#${next}` : location.pathname);
  location.reload();
}

/** Sends a correction; on success the page loads again with it. Throws the server's reason. */
export async function correct(correction: Correction, state: ExplorerState): Promise<void> {
  const made = await post<{ n: number; text: string; decision: Decision; status: string; note?: string; select: string | null }>("/api/curation", correction);
  const note = made.status === "applied" ? "" : ` (${made.status}${made.note ? `: ${made.note}` : ""})`;
  reloadShowing(state, made.select, { text: `${made.text}${note}`, undo: { n: made.n, at: made.decision.at } });
}

export async function undoCorrection(n: number, at: string, state: ExplorerState): Promise<void> {
  const undone = await post<{ text: string; select: string | null }>("/api/curation/undo", { n, at });
  reloadShowing(state, undone.select ?? state.selected, { text: `Undone: ${undone.text}` });
}

/** The announcement the page was loaded again for, once (null when there is none). */
export function takeAnnouncement(): Announcement | null {
  const raw = sessionStorage.getItem(ANNOUNCE);
  sessionStorage.removeItem(ANNOUNCE);
  try {
    return raw ? (JSON.parse(raw) as Announcement) : null;
  } catch {
    return null;
  }
}
