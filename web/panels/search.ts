// The main search box: choosing a suggestion selects the entity and brings the camera to it.
import type { Search } from "../state/search.ts";
import { createEntityPicker } from "./entity-picker.ts";

export function mountSearch(root: HTMLElement, search: Search, goTo: (node: string) => void): void {
  const picker = createEntityPicker(search, {
    label: "Search entities",
    placeholder: "Search: OpenAI, 谷歌, Claude…",
    onChoose: goTo,
  });
  picker.element.classList.add("main-search");
  root.append(picker.element);
}
