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

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(SITE_CACHE)).put(request, response.clone());
  return response;
}

// The runtime and the screener bundle are downloaded once, whoever asks. A second request for a
// file that is still downloading (the module the worker imports after fetching it with progress,
// or a reload or retry after a failed start) follows that download instead of starting another,
// and a download finishes into the cache even when the page that started it has gone. A download
// that has received nothing for STALLED_MS is given up for a fresh one.
const STALLED_MS = 15000;
const downloads = new Map(); // url -> download in progress

function startDownload(url, name) {
  const controller = new AbortController();
  const download = { chunks: [], complete: false, failed: null, waiting: [], lastByte: Date.now(), controller };
  const wake = () => download.waiting.splice(0).forEach((resolve) => resolve());
  // No HTTP cache: the Cache Storage copy is the one that is kept (a second copy of ~14 MB
  // written to disk during the first load slows it down).
  download.response = fetch(url, { cache: "no-store", signal: controller.signal });
  download.finished = download.response.then(async (response) => {
    if (!response.ok || !response.body) return;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      download.chunks.push(value);
      download.lastByte = Date.now();
      wake();
    }
    download.complete = true;
    wake();
    const { status, statusText, headers } = response;
    await (await caches.open(name)).put(url, new Response(new Blob(download.chunks), { status, statusText, headers }));
  }).catch((err) => {
    download.failed = err;
    wake();
  }).finally(() => {
    if (downloads.get(url) === download) downloads.delete(url);
  });
  downloads.set(url, download);
  return download;
}

// {response, finished}: the kept copy, or the download of it (finished: when it is kept).
async function runtimeFile(url, name) {
  const cached = await caches.match(url, { ignoreSearch: true });
  if (cached) return { response: cached, finished: null };
  let download = downloads.get(url);
  if (download && !download.complete && Date.now() - download.lastByte > STALLED_MS) {
    download.controller.abort();
    download = null;
  }
  download = download || startDownload(url, name);
  const response = await download.response;
  if (!response.ok || !response.body) return { response, finished: download.finished };
  let next = 0;
  const body = new ReadableStream({
    async pull(controller) {
      while (next >= download.chunks.length && !download.complete && !download.failed) {
        await new Promise((resolve) => download.waiting.push(resolve));
      }
      if (next < download.chunks.length) controller.enqueue(download.chunks[next++]);
      else if (download.failed) controller.error(download.failed);
      else controller.close();
    },
  });
  const { status, statusText, headers } = response;
  return { response: new Response(body, { status, statusText, headers }), finished: download.finished };
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
    const name = cacheFor(url);
    if (name === SITE_CACHE) {
      event.respondWith(cacheFirst(request));
      return;
    }
    const answer = runtimeFile(url, name);
    event.respondWith(answer.then((a) => a.response));
    event.waitUntil(answer.then((a) => a.finished, () => null));
  }
});
