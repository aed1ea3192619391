// The screener form and result: applies each question's declarative show_if, sends the answers
// to Python (screener-loader.js) and shows the result. No legal logic here: every decision and
// every sentence of the result comes from the screener package.
(function () {
  "use strict";
  var root = document.getElementById("screener");
  if (!root) return;
  var form = document.getElementById("screener-form");
  var statusText = root.querySelector(".screener-status-text");
  var errorBox = root.querySelector(".screener-error");
  var resultBox = document.getElementById("screener-result");
  var texts = JSON.parse(document.getElementById("screener-text").textContent);
  var text = texts.page;
  var textJa = texts.ja;
  var pageLang = root.dataset.lang;
  var evaluate = window.screenerEvaluate;
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
    window.screenerStop();
    location.replace("about:blank");
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (root.dataset.state === "loading") statusText.textContent = text.waiting;
    performance.mark("screener-submit");
    var answers = answered();
    Promise.all([
      evaluate(answers, pageLang),
      pageLang === "ja" ? null : evaluate(answers, "ja"),
    ]).then(function (results) {
      if (root.dataset.state === "ready") statusText.textContent = text.ready;
      render(results[0], results[1]);
      performance.mark("screener-result");
    }, function (err) {
      errorBox.textContent = err.message;
    });
  });

})();
