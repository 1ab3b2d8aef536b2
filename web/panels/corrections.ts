// The corrections kept for this store (the curation file), newest first, each with Undo, listed
// again after each correction; and the announcement of the one just made or undone, with Undo
// (or, when the page had to load again for it, once loaded).
import { listCorrections, takeAnnouncement, type Announcement, type Curation } from "../curation.ts";
import { el, replaceChildren } from "./dom.ts";

const SHOWN = 30;

function undoButton(n: number, at: string, curation: Curation, report: (text: string) => void, testid: string): HTMLButtonElement {
  const button = el("button", { attrs: { type: "button", "data-testid": testid } }, "Undo");
  button.addEventListener("click", () => {
    button.disabled = true;
    curation.undo(n, at).catch((err: unknown) => {
      button.disabled = false;
      report(`Not undone: ${(err as Error).message}`);
    });
  });
  return button;
}

async function listInto(container: HTMLElement, curation: Curation): Promise<void> {
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
        editable ? undoButton(d.n, d.at, curation, report, "undo-decision") : null,
      ),
    );
  const kept = decisions.length ? `${decisions.length} kept in ${listed.file ?? "the curation"}` : editable ? "None yet: the entity panel's Correct section makes them." : "None.";
  replaceChildren(container, [
    el("p", { class: "hint" }, kept),
    el("ul", { class: "corrections", attrs: { "data-count": String(decisions.length) } }, rows),
    listed.off ? el("p", { class: "hint" }, `Read-only: ${listed.off}.`) : null,
    note,
  ]);
}

export async function mountCorrections(container: HTMLElement, curation: Curation): Promise<void> {
  // Each correction renumbers the list (an undo takes one out): it is read again.
  let listing = Promise.resolve();
  curation.onChange(() => void (listing = listing.then(() => listInto(container, curation))));
  await (listing = listInto(container, curation));
}

/** Shows a correction made (with Undo) or undone, after each; and the one the page was loaded again for, if any. */
export function announceCorrections(toast: HTMLElement, curation: Curation): void {
  const announce = (announced: Announcement): void => {
    const text = el("span", { attrs: { "data-testid": "toast-text" } }, announced.text);
    const close = el("button", { class: "close", attrs: { type: "button", "aria-label": "Close" }, on: { click: () => (toast.hidden = true) } }, "×");
    const undo = announced.undo && undoButton(announced.undo.n, announced.undo.at, curation, (why) => void (text.textContent = why), "toast-undo");
    replaceChildren(toast, [text, undo ?? null, close]);
    toast.hidden = false;
  };
  curation.onChange(announce);
  const onLoad = takeAnnouncement();
  if (onLoad) announce(onLoad);
}
