// Scenario page: pick or edit a scenario, run it, see before and after.
import {clear, el} from "../dom.js";

export async function render(view) {
  clear(view).append(el("h1", {}, "Scenarios"), el("p", {class: "muted"}, "Scenario engine not available."));
}
