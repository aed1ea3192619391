// Service worker: the site works offline after one visit, and a repeat visit downloads none of
// the self-check's runtime again. The build fills in the __PLACEHOLDERS__ (scripts/offline.py);
// a changed site gives a changed file, which replaces this worker and its page cache.
const SITE_CACHE = "site-__SITE_VERSION__";
const PYODIDE_CACHE = "__PYODIDE_CACHE__"; // the runtime: kept across site updates
const BUNDLE_CACHE = "__BUNDLE_CACHE__"; // the screener wheel and its standard library
const CURRENT = [SITE_CACHE, PYODIDE_CACHE, BUNDLE_CACHE];
const ROOT = new URL("./", self.location).href;

// Installing costs nothing: on a first visit the screener waits for this worker to take control,
// so that the runtime it then downloads is kept. What is kept for offline reading is fetched later,
// when the page asks (see "keep-pages").
self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (!CURRENT.includes(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// A page asks for the pages of its language, and the theme's files, to be kept for offline reading.
self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "keep-pages") return;
  event.waitUntil((async () => {
    const manifest = await (await fetch(new URL("offline.json", ROOT), { cache: "no-cache" })).json();
    const pages = manifest.pages[event.data.locale] || [];
    const cache = await caches.open(SITE_CACHE);
    const missing = [];
    for (const path of manifest.shared.concat(pages)) {
      const url = new URL(path, ROOT).href;
      if (!(await cache.match(url))) missing.push(url);
    }
    await cache.addAll(missing);
    event.source.postMessage({ type: "pages-kept", locale: event.data.locale, count: pages.length });
  })());
});

function cacheFor(url) {
  if (url.startsWith(new URL("assets/pyodide/", ROOT).href)) return PYODIDE_CACHE;
  if (url.startsWith(new URL("assets/screener/", ROOT).href)) return BUNDLE_CACHE;
  return SITE_CACHE;
}

async function cacheFirst(request, name) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  // This cache is the copy that is kept: skip the browser's HTTP cache (a second copy of ~14 MB
  // written to disk during the first load slows it down).
  const response = await fetch(request, name === SITE_CACHE ? {} : { cache: "no-store" });
  if (response.ok) (await caches.open(name)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    // Revalidate with the server (a cheap 304 when unchanged): an updated legal text shows at once.
    const response = await fetch(request, { cache: "no-cache" });
    if (response.ok) (await caches.open(SITE_CACHE)).put(request, response.clone());
    return response;
  } catch (err) {
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(ROOT)) return;
  const url = request.url.split("#")[0];
  // Pages: the newest when online, the kept copy when offline. Files with versioned names
  // (runtime, wheel, theme bundle) never change: the cache answers first.
  if (request.mode === "navigate" || url.endsWith("/") || url.endsWith(".html")) {
    event.respondWith(networkFirst(request));
  } else if (url.endsWith("/offline.json") || url.endsWith("/sw.js")) {
    return;
  } else {
    event.respondWith(cacheFirst(request, cacheFor(url)));
  }
});
