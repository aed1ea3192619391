// The screener page: applies each question's declarative show_if, starts the Python worker as
// soon as the page opens, sends the answers to it and shows the result. No legal logic here:
// every decision and every sentence of the result comes from the screener package.
(function () {
  "use strict";
  // Give up when a download stalls (no bytes for this long) or start-up never finishes.
  var STALLED_DOWNLOAD_MS = 6000;
  var SLOW_START_MS = 60000;
  var scriptBase = new URL(".", document.currentScript.src); // …/assets/js/

  var root = document.getElementById("screener");
  if (!root) return;
  var form = document.getElementById("screener-form");
  var statusText = root.querySelector(".screener-status-text");
  var progress = root.querySelector(".screener-progress");
  var errorBox = root.querySelector(".screener-error");
  var resultBox = document.getElementById("screener-result");
  var texts = JSON.parse(document.getElementById("screener-text").textContent);
  var text = texts.page;
  var textJa = texts.ja;
  var pageLang = root.dataset.lang;
  var fieldsets = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-question]"));

  // --- show_if: a question is shown when, for every clause, the earlier answer is in the list.
  // Same reading as screener.answers: unanswered shown question = "dont_know", hidden = none.
  function currentAnswers() {
    var seen = {};
    fieldsets.forEach(function (fs) {
      var clauses = fs.dataset.showIf ? JSON.parse(fs.dataset.showIf) : [];
      var shown = clauses.every(function (c) { return c.in.indexOf(seen[c.question]) !== -1; });
      fs.hidden = !shown;
      fs.disabled = !shown;
      var checked = fs.querySelector("input:checked");
      seen[fs.dataset.question] = shown ? (checked ? checked.value : "dont_know") : null;
    });
    return seen;
  }
  form.addEventListener("change", currentAnswers);
  currentAnswers();
  // Disabled in the HTML: without this script, submitting would put the answers in the URL.
  form.querySelector("button[type=submit]").disabled = false;

  function answered() {
    var seen = currentAnswers();
    var answers = {};
    Object.keys(seen).forEach(function (id) {
      if (seen[id] !== null) answers[id] = seen[id];
    });
    return answers;
  }

  // --- the worker
  var worker = null;
  var pending = {};
  var nextId = 1;
  var watchdog = null;
  var loadError = null;

  function setState(state) { root.dataset.state = state; }

  function fail(message) {
    if (root.dataset.state === "error") return;
    loadError = message;
    clearTimeout(watchdog);
    setState("error");
    progress.hidden = true;
    statusText.textContent = "";
    errorBox.textContent = "";
    [text.error + " " + message, text.error_advice].forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      errorBox.appendChild(p);
    });
    var checklist = document.createElement("a");
    checklist.href = root.dataset.checklist;
    checklist.className = "md-button";
    checklist.textContent = text.checklist_link;
    errorBox.appendChild(checklist);
    Object.keys(pending).forEach(function (id) {
      pending[id].reject(new Error(text.error + " " + message));
      delete pending[id];
    });
  }

  function armWatchdog(inflight) {
    clearTimeout(watchdog);
    watchdog = setTimeout(function () { fail(text.timeout); }, inflight > 0 ? STALLED_DOWNLOAD_MS : SLOW_START_MS);
  }

  function start() {
    if (typeof WebAssembly !== "object") { fail(text.no_wasm); return; }
    var indexURL = new URL("../pyodide/" + root.dataset.pyodideVersion + "/", scriptBase).href;
    var bundle = new URL("../" + root.dataset.bundle, scriptBase);
    var urls = {
      indexURL: indexURL,
      wheelURL: new URL(root.dataset.wheel, bundle).href,
      stdLibURL: new URL("python_stdlib.zip", bundle).href,
      lockFileURL: new URL("pyodide-lock.json", bundle).href,
    };
    try {
      worker = new Worker(new URL("screener-worker.mjs", scriptBase), { type: "module" });
    } catch (err) {
      fail(String(err && err.message || err));
      return;
    }
    worker.onerror = function (event) {
      fail(event.message || "the screener worker could not start");
    };
    worker.onmessage = function (event) {
      var msg = event.data;
      if (msg.type === "activity") {
        armWatchdog(msg.inflight);
      } else if (msg.type === "progress") {
        armWatchdog(0);
        progress.hidden = false;
        progress.value = msg.step;
      } else if (msg.type === "ready") {
        clearTimeout(watchdog);
        progress.hidden = true;
        statusText.textContent = text.ready;
        setState("ready");
      } else if (msg.type === "error") {
        fail(msg.message);
      } else if (msg.type === "result") {
        var call = pending[msg.id];
        delete pending[msg.id];
        if (!call) return;
        if (msg.ok) call.resolve(JSON.parse(msg.text));
        else call.reject(new Error(msg.text));
      }
    };
    statusText.textContent = text.loading;
    armWatchdog(1); // the worker script itself is downloading
    worker.postMessage({ type: "init", urls: urls });
  }

  // --- the public API: the same worker path the form uses.
  function evaluate(answers, lang) {
    return new Promise(function (resolve, reject) {
      if (loadError) { reject(new Error(text.error + " " + loadError)); return; }
      var payload;
      try {
        payload = JSON.stringify({ answers: answers === undefined ? {} : answers, lang: lang === undefined ? pageLang : lang });
      } catch (err) {
        reject(new Error("answers cannot be turned into JSON: " + err.message));
        return;
      }
      var id = nextId++;
      pending[id] = { resolve: resolve, reject: reject };
      worker.postMessage({ type: "evaluate", id: id, payload: payload });
    });
  }
  window.screenerEvaluate = evaluate;

  // --- the result: the page's language first, then the Japanese version for officials and
  // lawyers (a second evaluation in "ja"), the date and the rules version.
  function button(label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-button";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  function copyText() {
    var message = resultBox.querySelector(".screener-copy-message");
    var done = function () { message.textContent = text.copied; };
    var failed = function () { message.textContent = text.copy_failed; };
    var plain = ScreenerResult.plainText(resultBox.querySelector(".screener-result-body"));
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(plain).then(done, failed);
    else failed();
  }

  function clearAnswers() {
    form.reset();
    resultBox.textContent = "";
    resultBox.hidden = true;
    currentAnswers();
    form.querySelector("input").focus();
  }

  function render(result, japanese) {
    resultBox.textContent = "";
    var heading = document.createElement("h2");
    heading.id = "screener-result-heading";
    heading.tabIndex = -1;
    heading.textContent = text.result_heading;
    var actions = document.createElement("p");
    actions.className = "screener-actions";
    actions.appendChild(button(text.print, function () { window.print(); }));
    actions.appendChild(button(text.copy, copyText));
    actions.appendChild(button(text.clear, clearAnswers));
    var message = document.createElement("span");
    message.className = "screener-copy-message";
    message.setAttribute("role", "status");
    actions.appendChild(message);
    resultBox.appendChild(heading);
    resultBox.appendChild(actions);
    resultBox.appendChild(ScreenerResult.render(result, text));
    if (japanese) {
      var section = ScreenerResult.disclosure(text.japanese_version, false, [ScreenerResult.render(japanese, textJa)], 2);
      section.classList.add("screener-japanese");
      resultBox.appendChild(section);
    }
    resultBox.hidden = false;
    heading.focus();
  }

  // Every <details>-like section opens for printing, so a printout is complete.
  window.addEventListener("beforeprint", function () {
    resultBox.querySelectorAll(".screener-disclosure").forEach(function (b) {
      if (b.getAttribute("aria-expanded") === "false") b.click();
    });
  });

  // Leave quickly: forget the answers and the result, then replace this page in the history
  // with a blank one (no request to any other site).
  root.querySelector(".screener-leave-button").addEventListener("click", function (event) {
    event.preventDefault();
    form.reset();
    resultBox.textContent = "";
    if (worker) worker.terminate();
    location.replace("about:blank");
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (root.dataset.state === "loading") statusText.textContent = text.waiting;
    var answers = answered();
    Promise.all([
      evaluate(answers, pageLang),
      pageLang === "ja" ? null : evaluate(answers, "ja"),
    ]).then(function (results) {
      if (root.dataset.state === "ready") statusText.textContent = text.ready;
      render(results[0], results[1]);
    }, function (err) {
      errorBox.textContent = err.message;
    });
  });

  // On a first visit, let the service worker take control first (a moment, at most 2 s), so that
  // the runtime it downloads is kept for the next visit.
  Promise.race([
    window.siteServiceWorker || Promise.resolve(false),
    new Promise(function (resolve) { setTimeout(resolve, 2000); }),
  ]).then(start);
})();
