// News page: event timeline, claims with verdicts beside the data, pivot index.
import {el, replace} from "../dom.js";

export async function render(view) {
  replace(view, el("h1", {}, "News"), el("p", {class: "muted"}, "News engine not available."));
}
