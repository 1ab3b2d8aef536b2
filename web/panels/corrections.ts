// The corrections kept for this store (the curation file), newest first, each with Undo; and the
// announcement of the one just made or undone, with Undo, once the page has loaded again.
import { listCorrections, takeAnnouncement, undoCorrection } from "../curation.ts";
import type { Store } from "../state/store.ts";
import { el, replaceChildren } from "./dom.ts";

const SHOWN = 30;

function undoButton(n: number, at: string, store: Store, report: (text: string) => void, testid: string): HTMLButtonElement {
  const button = el("button", { attrs: { type: "button", "data-testid": testid } }, "Undo");
  button.addEventListener("click", () => {
    button.disabled = true;
    undoCorrection(n, at, store.get()).catch((err: unknown) => {
      button.disabled = false;
      report(`Not undone: ${(err as Error).message}`);
    });
  });
  return button;
}

export async function mountCorrections(container: HTMLElement, store: Store): Promise<void> {
  const note = el("p", { class: "hint", attrs: { "aria-live": "polite" } });
  const report = (text: string): void => void (note.textContent = text);
  let listed;
  try {
    listed = await listCorrections();
  } catch (err) {
    return replaceChildren(container, [el("p", { class: "hint" }, `The corrections could not be read: ${(err as Error).message}.`)]);
  }
  const { decisions, editable } = listed;
  const rows = decisions
    .slice(-SHOWN)
    .reverse()
    .map((d) =>
      el(
        "li",
        { attrs: { "data-n": String(d.n), "data-status": d.status } },
        el("span", { class: "text" }, `${d.n}. ${d.text}`),
        d.status === "applied" ? null : el("span", { class: "status" }, ` — ${d.status}${d.note ? `: ${d.note}` : ""}`),
        editable ? undoButton(d.n, d.at, store, report, "undo-decision") : null,
      ),
    );
  const kept = decisions.length ? `${decisions.length} kept in ${listed.file ?? "the curation"}` : editable ? "None yet: the entity panel's Correct section makes them." : "None.";
  replaceChildren(container, [
    el("p", { class: "hint" }, kept),
    el("ul", { class: "corrections" }, rows),
    listed.off ? el("p", { class: "hint" }, `Read-only: ${listed.off}.`) : null,
    note,
  ]);
}

/** Shows what the page was loaded again for (a correction made, or undone), with Undo for one made. */
export function announceCorrection(toast: HTMLElement, store: Store): void {
  const announced = takeAnnouncement();
  if (!announced) return;
  const text = el("span", { attrs: { "data-testid": "toast-text" } }, announced.text);
  const close = el("button", { class: "close", attrs: { type: "button", "aria-label": "Close" }, on: { click: () => (toast.hidden = true) } }, "×");
  const undo = announced.undo && undoButton(announced.undo.n, announced.undo.at, store, (why) => void (text.textContent = why), "toast-undo");
  replaceChildren(toast, [text, undo ?? null, close]);
  toast.hidden = false;
}
