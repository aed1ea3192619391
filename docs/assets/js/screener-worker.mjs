// Runs the screener package under Pyodide, off the main thread. Module worker: Pyodide 314
// refuses classic workers. All URLs come from the page, resolved against the site's own origin.
//
// Messages in:  {type: "init", urls: {indexURL, wheelURL, stdLibURL, lockFileContents, catalogsURL, catalogs,
//                                      firstCatalogs}},
//               {type: "evaluate", id, payload}
// Messages out: {type: "progress", step}, {type: "activity", inflight, received}, {type: "ready", pyodide},
//               {type: "error", kind: "load" | "blocked", message}, {type: "result", id, ok, text}
// An error's `message` is for developers (the console); the page shows a translated text by `kind`.

let resolveInit;
const initialised = new Promise((resolve) => (resolveInit = resolve));
const ready = initialised.then(({ urls }) => start(urls));

ready.then(
  (runtime) => postMessage({ type: "ready", pyodide: runtime.version }),
  (err) => postMessage({ type: "error", kind: "load", message: describe(err) }),
);

// One line for the reader: a Python traceback's last line names the error, other errors' first.
function describe(err) {
  const lines = String((err && err.message) || err).trim().split("\n");
  return lines[0].startsWith("Traceback") ? lines[lines.length - 1] : lines[0];
}

self.addEventListener("securitypolicyviolation", (e) =>
  postMessage({ type: "error", kind: "blocked", message: `blocked by Content-Security-Policy ${e.effectiveDirective} (${e.blockedURI || "inline"})` }),
);

// Report network activity (requests in flight, bytes arrived) so that the page can show progress
// and tell a stalled download, which it gives up on, from slow start-up work on a slow phone.
const realFetch = self.fetch.bind(self);
let inflight = 0;
let received = 0;
let lastReport = 0;
function activity(force) {
  const now = Date.now();
  if (force || now - lastReport > 250) {
    lastReport = now;
    postMessage({ type: "activity", inflight, received });
  }
}
self.fetch = async (input, init) => {
  inflight += 1;
  activity(true);
  let response;
  try {
    response = await realFetch(input, init);
  } catch (err) {
    inflight -= 1;
    activity(true);
    throw err;
  }
  if (!response.body) {
    inflight -= 1;
    activity(true);
    return response;
  }
  const counted = response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) { received += chunk.byteLength; activity(false); controller.enqueue(chunk); },
    flush() { inflight -= 1; activity(true); },
  }));
  const { status, statusText, headers } = response;
  return new Response(counted, { status, statusText, headers });
};

// import() reports no progress: a module downloading slowly looks like a stall. So the module is
// first fetched with progress (the service worker, or the HTTP cache, keeps it), then imported
// from that copy.
async function importTracked(url) {
  const response = await self.fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  await response.arrayBuffer();
  return import(url);
}

// loadPyodide() never settles when the wasm fails to load: it only console.warn()s
// "wasm instantiation failed!" and then the error. Turn that pair into a rejection.
function wasmFailure() {
  const original = console.warn;
  let failed = false;
  let fail;
  const promise = new Promise((_, reject) => (fail = reject));
  console.warn = (...args) => {
    original.apply(console, args);
    if (args[0] === "wasm instantiation failed!") failed = true;
    else if (failed) fail(new Error("could not load pyodide.asm.wasm: " + describe(args[0])));
  };
  return { promise, restore: () => (console.warn = original) };
}

// The wheel holds no message catalogs: each language's is a small zip of its own, unpacked over the
// package (scripts/wheel.py). The page's language and Japanese load as the worker starts; another
// language when a result is first asked for in it.
let catalogsURL;
let sitePackages;
let available = []; // the languages that have a catalog (English, the source, has none)
const catalogs = new Map(); // language -> the promise of its catalog in place

function catalog(pyodide, lang) {
  if (!available.includes(lang)) return Promise.resolve(); // English, or a language Python will refuse
  if (!catalogs.has(lang)) {
    catalogs.set(lang, fetch(new URL(`${lang}.zip`, catalogsURL)).then(async (response) => {
      if (!response.ok) throw new Error(`could not load the ${lang} message catalog: HTTP ${response.status}`);
      pyodide.unpackArchive(new Uint8Array(await response.arrayBuffer()), "zip", { extractDir: sitePackages });
    }));
    catalogs.get(lang).catch(() => catalogs.delete(lang)); // a failed download is tried again next time
  }
  return catalogs.get(lang);
}

// The standard library and the lock file come trimmed to what the screener needs (built by
// scripts/trim_stdlib.mjs): about 1.7 MB less to download than Pyodide's own.
async function start({ indexURL, wheelURL, stdLibURL, lockFileContents, ...messages }) {
  ({ catalogsURL, catalogs: available } = messages);
  postMessage({ type: "progress", step: 1 });
  const { loadPyodide } = await importTracked(new URL("pyodide.mjs", indexURL).href);
  // loadPyodide imports this module itself; importing it first (same URL, so the same module)
  // lets a stalled download of it be noticed like any other.
  await importTracked(new URL("pyodide.asm.mjs", indexURL).href);
  // The wheel downloads alongside the runtime; a missing wheel is reported at once.
  const wheelBytes = fetch(wheelURL).then((response) => {
    if (!response.ok) throw new Error(`could not load the screener wheel: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  const wheelFailed = wheelBytes.then(() => new Promise(() => {}));
  postMessage({ type: "progress", step: 2 });
  const watch = wasmFailure();
  let pyodide;
  try {
    pyodide = await Promise.race([loadPyodide({ indexURL, stdLibURL, lockFileContents }), watch.promise, wheelFailed]);
  } finally {
    watch.restore();
  }
  postMessage({ type: "progress", step: 3 });
  const wheel = new Uint8Array(await wheelBytes);
  sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  await Promise.all(messages.firstCatalogs.map((lang) => catalog(pyodide, lang)));
  pyodide.runPython(`
import screener

def _screener_call(payload):
    try:
        return [True, screener.evaluate_json(payload)]
    except screener.InputError as exc:
        return [False, str(exc)]
`);
  postMessage({ type: "progress", step: 4 });
  return { version: pyodide.version, call: pyodide.globals.get("_screener_call"), pyodide };
}

// The language a payload asks for (Python checks it, and everything else).
function languageOf(payload) {
  try {
    return JSON.parse(payload).lang;
  } catch {
    return null;
  }
}

async function evaluate(id, payload) {
  let runtime;
  try {
    runtime = await ready;
  } catch (err) {
    postMessage({ type: "result", id, ok: false, text: "Python failed to load: " + describe(err) });
    return;
  }
  try {
    await catalog(runtime.pyodide, languageOf(payload));
  } catch (err) {
    postMessage({ type: "result", id, ok: false, text: describe(err) });
    return;
  }
  try {
    const proxy = runtime.call(payload);
    const [ok, text] = proxy.toJs();
    proxy.destroy();
    postMessage({ type: "result", id, ok, text });
  } catch (err) {
    // A bug in the rules, not bad input: report it, keep the worker alive for the next call.
    postMessage({ type: "result", id, ok: false, text: "internal error: " + describe(err) });
  }
}

self.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === "init") resolveInit(msg);
  else if (msg.type === "evaluate") evaluate(msg.id, msg.payload);
};
