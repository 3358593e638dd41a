// Scenario page: pick or edit a scenario, run it, see before and after.
import {el, replace} from "../dom.js";

export async function render(view) {
  replace(view, el("h1", {}, "Scenarios"), el("p", {class: "muted"}, "Scenario engine not available."));
}
