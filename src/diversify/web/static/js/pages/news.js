// News page: event timeline, claims with verdicts beside the data, pivot index.
import {clear, el} from "../dom.js";

export async function render(view) {
  clear(view).append(el("h1", {}, "News"), el("p", {class: "muted"}, "News engine not available."));
}
