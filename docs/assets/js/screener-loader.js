// Starts the screener's Python (Pyodide in a module worker) while the page is still being
// parsed, shows its progress, explains any failure, and offers window.screenerEvaluate(answers,
// lang), the one path by which answers reach Python (the form uses it too).
(function () {
  "use strict";
  // Give up only when a download stalls (no bytes at all for this long; the service worker gives
  // up on its own download after the same time) or start-up never finishes on a slow phone.
  var STALLED_DOWNLOAD_MS = 15000;
  var SLOW_START_MS = 120000;
  // A slow mobile link (a prepaid SIM past its data cap), for the time a first visit may take.
  var SLOW_LINK_BITS_PER_SECOND = 300000;
  var scriptBase = new URL(".", document.currentScript.src); // …/assets/js/
  var root = document.getElementById("screener");
  var statusText = root.querySelector(".screener-status-text");
  var progress = root.querySelector(".screener-progress");
  var errorBox = root.querySelector(".screener-error");
  var text = JSON.parse(document.getElementById("screener-text").textContent).page;
  var pageLang = root.dataset.lang;

  var worker = null;
  var queue = []; // messages sent before the worker exists
  var pending = {};
  var nextId = 1;
  var watchdog = null;
  var loadError = null;

  // Fills {name} fields, the same syntax as the catalogs' Python str.format fields (shared with
  // screener-result.js).
  function fill(message, values) {
    return message.replace(/\{(\w+)\}/g, function (field, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : field;
    });
  }
  window.screenerFill = fill;

  // Catalog text may carry readings over its kanji (やさしいにほんご) as ｜漢字《かんじ》: shown as
  // <ruby> elements, built without innerHTML (shared with screener-page.js and screener-result.js).
  var NOTATION = /｜([^｜《》]+)《([^《》]+)》/g;
  function setText(node, message) {
    message = String(message);
    node.textContent = "";
    var last = 0;
    message.replace(NOTATION, function (whole, base, reading, at) {
      node.appendChild(document.createTextNode(message.slice(last, at)));
      var ruby = document.createElement("ruby");
      var rt = document.createElement("rt");
      rt.textContent = reading;
      rt.setAttribute("aria-hidden", "true"); // screen readers read the kanji (as scripts/furigana.py)
      ruby.appendChild(document.createTextNode(base));
      ruby.appendChild(rt);
      node.appendChild(ruby);
      last = at + whole.length;
    });
    node.appendChild(document.createTextNode(message.slice(last)));
    return node;
  }
  function plain(message) {
    return String(message).replace(NOTATION, "$1");
  }
  window.screenerText = setText;
  window.screenerPlain = plain;
  window.screenerButton = actionButton; // screener-page.js's buttons too

  // The first visit's download, measured by the build, in the reader's number format.
  function downloadSize() {
    return new Intl.NumberFormat(text.locale, { style: "unit", unit: "megabyte", minimumFractionDigits: 1,
      maximumFractionDigits: 1 }).format(Number(root.dataset.downloadBytes) / 1e6);
  }

  // How long the first download may take on a slow link, in whole minutes, in the reader's words.
  function slowLinkDuration() {
    var minutes = Math.max(1, Math.ceil(Number(root.dataset.downloadBytes) * 8 / SLOW_LINK_BITS_PER_SECOND / 60));
    return new Intl.NumberFormat(text.locale, { style: "unit", unit: "minute", unitDisplay: "long" }).format(minutes);
  }

  function loadingText() {
    return fill(text.loading, { size: downloadSize() }) + " " + fill(text.loading_slow, { duration: slowLinkDuration() });
  }

  function actionButton(label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-button";
    setText(b, label);
    b.addEventListener("click", onClick);
    return b;
  }

  function setState(state) {
    root.dataset.state = state;
    // offline.js: keep pages for offline reading once the runtime's download is over.
    if (state === "ready" || state === "error") document.dispatchEvent(new Event("screener-settled"));
  }

  // `reason` names a translated text (ui.error_load, ui.error_blocked, ui.timeout, ui.no_wasm): the
  // reader never sees raw error text; `detail` goes to the console for whoever helps them.
  function fail(reason, detail) {
    if (root.dataset.state === "error") return;
    if (detail) console.warn("screener:", detail);
    var message = text[reason];
    loadError = message;
    clearTimeout(watchdog);
    // Stop this attempt's downloads; a retry continues the service worker's copy, not a new one.
    if (worker) worker.terminate();
    worker = null;
    setState("error");
    progress.hidden = true;
    statusText.textContent = "";
    errorBox.textContent = "";
    [text.error + " " + message, text.error_advice].forEach(function (line) {
      errorBox.appendChild(setText(document.createElement("p"), line));
    });
    var checklist = document.createElement("a");
    checklist.href = root.dataset.checklist;
    checklist.className = "md-button";
    setText(checklist, text.checklist_link);
    errorBox.appendChild(actionButton(text.retry, retry));
    errorBox.appendChild(checklist);
    Object.keys(pending).forEach(function (id) {
      pending[id].reject(new Error(plain(text.error + " " + message)));
      delete pending[id];
    });
  }

  function armWatchdog(inflight) {
    clearTimeout(watchdog);
    watchdog = setTimeout(function () { fail("timeout"); }, inflight > 0 ? STALLED_DOWNLOAD_MS : SLOW_START_MS);
  }

  function retry() {
    errorBox.textContent = "";
    loadError = null;
    setState("loading");
    start();
  }

  function start() {
    performance.mark("screener-start"); // read by scripts/bench.py
    if (typeof WebAssembly !== "object") { fail("no_wasm"); return; }
    var indexURL = new URL("../pyodide/" + root.dataset.pyodideVersion + "/", scriptBase).href;
    var bundle = new URL("../" + root.dataset.bundle, scriptBase);
    var urls = {
      indexURL: indexURL,
      wheelURL: new URL(root.dataset.wheel, bundle).href,
      stdLibURL: new URL("python_stdlib.zip", bundle).href,
      lockFileContents: root.dataset.lock, // inline: no lock file to fetch or to miss
      catalogsURL: new URL("locales/", bundle).href, // one message catalog per language
      catalogs: root.dataset.catalogs.split(" "), // the languages that have one
      firstCatalogs: root.dataset.catalogsFirst.split(" ").filter(Boolean), // those to load first
    };
    try {
      worker = new Worker(new URL("screener-worker.mjs", scriptBase), { type: "module" });
    } catch (err) {
      fail("error_load", String(err && err.message || err));
      return;
    }
    worker.onerror = function (event) {
      fail("error_load", event.message || "the screener worker could not start");
    };
    worker.onmessage = function (event) {
      var msg = event.data;
      if (msg.type === "activity") {
        armWatchdog(msg.inflight);
        progress.hidden = false;
        progress.value = Math.min(99, Math.floor(100 * msg.received / Number(root.dataset.runtimeBytes)));
      } else if (msg.type === "progress") {
        armWatchdog(0);
      } else if (msg.type === "ready") {
        clearTimeout(watchdog);
        progress.hidden = true;
        setText(statusText, text.ready);
        setState("ready");
        performance.mark("screener-ready"); // read by scripts/bench.py
      } else if (msg.type === "error") {
        fail(msg.kind === "blocked" ? "error_blocked" : "error_load", msg.message);
      } else if (msg.type === "result") {
        var call = pending[msg.id];
        delete pending[msg.id];
        if (!call) return;
        if (msg.ok) call.resolve(JSON.parse(msg.text));
        else call.reject(new Error(msg.text));
      }
    };
    setText(statusText, loadingText());
    armWatchdog(1); // the worker script itself is downloading
    worker.postMessage({ type: "init", urls: urls });
    queue.splice(0).forEach(function (msg) { worker.postMessage(msg); });
  }

  function send(msg) {
    if (worker) worker.postMessage(msg);
    else queue.push(msg);
  }

  // --- the public API: the same worker path the form uses.
  function evaluate(answers, lang) {
    return new Promise(function (resolve, reject) {
      if (loadError) { reject(new Error(plain(text.error + " " + loadError))); return; }
      var payload;
      try {
        payload = JSON.stringify({ answers: answers === undefined ? {} : answers, lang: lang === undefined ? pageLang : lang });
      } catch (err) {
        reject(new Error("answers cannot be turned into JSON: " + err.message));
        return;
      }
      if (root.dataset.state === "paused") window.screenerLoad(); // asking for a result is asking for the download
      var id = nextId++;
      pending[id] = { resolve: resolve, reject: reject };
      send({ type: "evaluate", id: id, payload: payload });
    });
  }
  window.screenerEvaluate = evaluate;

  window.screenerStop = function () {
    if (worker) worker.terminate();
  };

  // On a first visit, let the service worker take control first (a moment, at most 2 s), so that
  // the runtime it downloads is kept for the next visit.
  function startSoon() {
    Promise.race([
      window.siteServiceWorker || Promise.resolve(false),
      new Promise(function (resolve) { setTimeout(resolve, 2000); }),
    ]).then(start);
  }

  // A reader who asked their browser to save data downloads the runtime only when they ask for it
  // (this button, or asking for a result).
  var saveData = navigator.connection && navigator.connection.saveData;
  if (saveData) {
    setState("paused");
    setText(statusText, text.save_data);
    var load = actionButton(fill(text.load_button, { size: downloadSize() }), function () {
      load.remove();
      setState("loading");
      startSoon();
    });
    load.classList.add("md-button--primary", "screener-load-button");
    statusText.parentNode.appendChild(load);
    window.screenerLoad = function () { if (load.isConnected) load.click(); };
  } else {
    window.screenerLoad = function () {};
    startSoon();
  }
})();
