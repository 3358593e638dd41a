// Building the page from data. Every string from the API (names, titles, article
// text) goes in as a text node or an attribute value, never as markup.

const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

/** A link target that cannot run script: only http(s) and same-page anchors. */
export function safeHref(url) {
  if (typeof url !== "string" || url === "") return "#";
  if (url.startsWith("#") || url.startsWith("/")) return url.startsWith("//") ? "#" : url;
  try {
    const u = new URL(url, window.location.href);
    return SAFE_PROTOCOLS.has(u.protocol) ? u.href : "#";
  } catch (_) {
    return "#";
  }
}

/**
 * el("td", {class: "x", title: "Source: ..."}, "text", child)
 * Attributes: class, text, title, href (checked by safeHref), on<event> handlers,
 * dataset ({key: value}) and plain attributes set with setAttribute.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "href") node.setAttribute("href", safeHref(String(value)));
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function errorBox(err) {
  const message = err && err.message ? err.message : String(err);
  return el("div", {class: "error", role: "alert"}, message);
}

/** Escape text for Plotly labels, which understand a few HTML-like tags. */
export function plotlyText(s) {
  return String(s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Empty `node` and fill it with `children` (null and false are left out). */
export function replace(node, ...children) {
  return append(clear(node), children);
}
