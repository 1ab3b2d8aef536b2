// A search box with suggestions over names and aliases in both scripts (typing 谷歌 offers
// Google). Used by the main search and by both ends of the path tool.
import type { Search, Suggestion } from "../state/search.ts";
import { typeColor } from "../render/palette.ts";
import { el, replaceChildren, swatch } from "./dom.ts";

export interface EntityPicker {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

let pickers = 0;
/** Suggestions wait for a pause in typing: each search scans every name key. */
const TYPING_PAUSE_MS = 60;

export function createEntityPicker(
  search: Search,
  options: { label: string; placeholder: string; onChoose: (node: string) => void },
): EntityPicker {
  const id = `picker-${++pickers}`;
  const list = el("ul", { class: "suggestions", attrs: { id: `${id}-list`, role: "listbox", "aria-label": options.label } });
  const input = el("input", {
    attrs: {
      type: "search",
      placeholder: options.placeholder,
      "aria-label": options.label,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": list.id,
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stale = false;

  const render = (): void => {
    replaceChildren(
      list,
      items.map((s, i) =>
        el(
          "li",
          {
            class: i === active ? "active" : "",
            attrs: { role: "option", id: `${id}-opt-${i}`, "aria-selected": String(i === active), "data-node": s.node },
            // mousedown, not click: it fires before the input's blur closes the list.
            on: {
              mousedown: (e) => {
                e.preventDefault();
                choose(i);
              },
            },
          },
          swatch(typeColor(s.type)),
          el("span", { class: "name" }, s.name),
          s.via ? el("span", { class: "via" }, s.via) : null,
          el("span", { class: "type" }, s.type),
        ),
      ),
    );
    input.setAttribute("aria-expanded", String(items.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const update = (): void => {
    clearTimeout(timer);
    stale = false;
    items = search(input.value, 12);
    active = items.length ? 0 : -1;
    render();
  };
  const close = (): void => {
    items = [];
    active = -1;
    render();
  };
  const choose = (i: number): void => {
    const s = items[i];
    if (!s) return;
    input.value = s.name;
    close();
    options.onChoose(s.node);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    stale = true;
    timer = setTimeout(update, TYPING_PAUSE_MS);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!items.length) return update();
      active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (stale || !items.length) update();
      choose(Math.max(active, 0));
    } else if (e.key === "Escape" && items.length) {
      e.preventDefault(); // closing the suggestions is all this Escape does (not the entity panel too)
      close();
    }
  });
  input.addEventListener("blur", close);

  const element = el("div", { class: "picker" }, input, list);
  return { element, input, setValue: (text) => (input.value = text) };
}
