// The API client: JSON in and out, the bearer token if one is saved, and the
// service's error shape turned into an Error with its message.

const TOKEN_KEY = "diversify.token";

export function getToken() {
  try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (_) { return ""; }
}

export function setToken(value) {
  try {
    if (value) window.sessionStorage.setItem(TOKEN_KEY, value);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch (_) { /* storage disabled: the token lasts until reload */ }
}

export class ApiError extends Error {
  constructor(status, body) {
    const info = (body && body.error) || {};
    super(info.message || `request failed with status ${status}`);
    this.status = status;
    this.code = info.code || "error";
    this.field = info.field || null;
  }
}

function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of [value].flat()) q.append(key, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

const cache = new Map();

export async function request(method, path, {params, body, contentType, cached} = {}) {
  const url = `/api${path}${query(params)}`;
  if (cached && method === "GET" && cache.has(url)) return cache.get(url);
  const headers = {Accept: "application/json"};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined && contentType) headers["Content-Type"] = contentType;
  const promise = fetch(url, {method, headers, body}).then(async (res) => {
    let data = null;
    const text = await res.text();
    if (text) {
      try { data = JSON.parse(text); } catch (_) { data = null; }
    }
    if (!res.ok) throw new ApiError(res.status, data);
    return data;
  });
  if (cached && method === "GET") {
    cache.set(url, promise);
    promise.catch(() => cache.delete(url));
  }
  return promise;
}

export const get = (path, params) => request("GET", path, {params, cached: true});
export const getFresh = (path, params) => request("GET", path, {params});
export const post = (path, body, contentType, params) =>
  request("POST", path, {body, contentType, params});

export function forget() { cache.clear(); }
