// The screener form and result: one part of the questions per screen, a "check your answers"
// step, each question's declarative show_if, the answers sent to Python (screener-loader.js) and
// the result shown. No legal logic here: every decision and every sentence of the result comes
// from the screener package.
(function () {
  "use strict";
  var root = document.getElementById("screener");
  if (!root) return;
  var form = document.getElementById("screener-form");
  var statusText = root.querySelector(".screener-status-text");
  var resultBox = document.getElementById("screener-result");
  var texts = JSON.parse(document.getElementById("screener-text").textContent);
  var text = texts.page;
  var textJa = texts.ja;
  var pageLang = root.dataset.lang;
  var evaluate = window.screenerEvaluate;
  var fill = window.screenerFill;
  var setText = window.screenerText; // catalog text, with any readings as <ruby> (screener-loader.js)
  var fieldsets = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-question]"));
  var steps = Array.prototype.slice.call(form.querySelectorAll(".screener-step[data-section]"));
  var review = document.getElementById("step-review");
  var reviewList = review.querySelector(".screener-review-list");
  var stepProgress = form.querySelector(".screener-step-progress");
  var nav = form.querySelector(".screener-nav");
  var backButton = nav.querySelector(".screener-back");
  var nextButton = nav.querySelector(".screener-next");
  var submitButton = form.querySelector("button[type=submit]");
  var submitStatus = form.querySelector(".screener-submit-status");
  var current = 0; // index in steps, or steps.length for "check your answers"

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

  function answered() {
    var seen = currentAnswers();
    var answers = {};
    Object.keys(seen).forEach(function (id) {
      if (seen[id] !== null) answers[id] = seen[id];
    });
    return answers;
  }

  // --- one part per screen
  function hasShownQuestion(step) {
    return Array.prototype.some.call(step.querySelectorAll("fieldset[data-question]"), function (fs) { return !fs.hidden; });
  }

  function shownSteps() {
    return steps.filter(hasShownQuestion);
  }

  function showStep(index, focusTarget) {
    currentAnswers();
    current = index;
    var shown = shownSteps();
    steps.forEach(function (step, i) { step.hidden = i !== index; });
    var reviewing = index >= steps.length;
    review.hidden = !reviewing;
    if (reviewing) buildReview();
    submitButton.hidden = !reviewing;
    nextButton.hidden = reviewing;
    backButton.hidden = index === 0;
    var position = reviewing ? shown.length : shown.indexOf(steps[index]);
    setText(stepProgress, reviewing ? text.review_heading
      : fill(text.section_progress, { number: fmt(position + 1), total: fmt(shown.length) }));
    setText(nextButton, index === steps.indexOf(shown[shown.length - 1]) ? text.review_heading : text.next);
    var target = focusTarget || (reviewing ? review : steps[index]).querySelector(".screener-step-title");
    toTop(target);
  }

  function fmt(n) {
    return new Intl.NumberFormat(text.locale).format(n);
  }

  // Focus, and bring to the top of the screen (focus alone may leave it at the bottom).
  function toTop(node) {
    node.focus({ preventScroll: true });
    node.scrollIntoView({ block: "start", behavior: "instant" }); // no animation to wait for on a slow phone
  }

  function move(direction) {
    var shown = shownSteps();
    var position = current >= steps.length ? shown.length : shown.indexOf(steps[current]);
    var next = position + direction;
    if (next < 0) return;
    showStep(next >= shown.length ? steps.length : steps.indexOf(shown[next]));
  }

  // The words of a heading, legend or label as shown, readings included (copied, not re-read).
  function copyOf(node, tag) {
    var copy = document.createElement(tag);
    node.childNodes.forEach(function (child) { copy.appendChild(child.cloneNode(true)); });
    return copy;
  }

  // Text without the readings over kanji, for an accessible name.
  function spoken(node) {
    var clone = node.cloneNode(true);
    clone.querySelectorAll("rt").forEach(function (rt) { rt.remove(); });
    return clone.textContent;
  }

  // "Check your answers": every shown question with its answer, and a way back to change it.
  function buildReview() {
    reviewList.textContent = "";
    steps.filter(hasShownQuestion).forEach(function (step) {
      var list = document.createElement("dl");
      list.className = "screener-review-section";
      var title = copyOf(step.querySelector(".screener-step-title"), "h3");
      step.querySelectorAll("fieldset[data-question]").forEach(function (fs) {
        if (fs.hidden) return;
        var checked = fs.querySelector("input:checked");
        var legend = fs.querySelector("legend");
        var dt = copyOf(legend, "dt");
        var dd = document.createElement("dd");
        var answer = checked ? copyOf(form.querySelector("label[for='" + checked.id + "']"), "span")
          : setText(document.createElement("span"), text.not_answered);
        var change = document.createElement("button");
        change.type = "button";
        change.className = "screener-change";
        setText(change, text.change);
        var label = document.createElement("span");
        label.className = "md-visually-hidden";
        label.textContent = ": " + spoken(legend);
        change.appendChild(label);
        change.addEventListener("click", function () {
          showStep(steps.indexOf(step), fs.querySelector("input:checked") || fs.querySelector("input"));
        });
        dd.appendChild(answer);
        dd.appendChild(document.createTextNode(" "));
        dd.appendChild(change);
        list.appendChild(dt);
        list.appendChild(dd);
      });
      reviewList.appendChild(title);
      reviewList.appendChild(list);
    });
  }

  backButton.addEventListener("click", function () { move(-1); });
  nextButton.addEventListener("click", function () { move(1); });
  stepProgress.hidden = false;
  nav.hidden = false;
  steps.forEach(function (step) { step.hidden = true; });
  steps[0].hidden = false;
  currentAnswers();
  current = 0;
  setText(stepProgress, fill(text.section_progress, { number: fmt(1), total: fmt(shownSteps().length) }));
  backButton.hidden = true;
  // Disabled in the HTML: without this script, submitting would put the answers in the URL.
  submitButton.disabled = false;

  form.addEventListener("change", function () {
    currentAnswers();
    if (!resultBox.hidden && !resultBox.dataset.outdated) {
      resultBox.dataset.outdated = "true";
      var notice = document.createElement("p");
      notice.className = "screener-notice screener-outdated";
      notice.setAttribute("role", "status");
      setText(notice, text.result_outdated);
      resultBox.insertBefore(notice, resultBox.firstChild);
    }
  });

  // --- the result
  var button = window.screenerButton; // screener-loader.js

  function copy(plain) {
    var message = resultBox.querySelector(".screener-copy-message");
    var done = function () { setText(message, text.copied); };
    var failed = function () { setText(message, text.copy_failed); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(plain).then(done, failed);
    else failed();
  }

  // Clearing can be undone: a reader who pressed it by mistake gets every answer back.
  function clearAnswers() {
    var kept = fieldsets.map(function (fs) { return fs.querySelector("input:checked"); }).filter(Boolean);
    var shownResult = Array.prototype.slice.call(resultBox.childNodes);
    form.reset();
    resultBox.textContent = "";
    var message = document.createElement("p");
    message.className = "screener-notice";
    message.setAttribute("role", "status");
    setText(message, text.cleared + " ");
    var undo = button(text.undo, function () {
      kept.forEach(function (input) { input.checked = true; });
      resultBox.textContent = "";
      shownResult.forEach(function (node) { resultBox.appendChild(node); });
      currentAnswers();
      toTop(document.getElementById("screener-result-heading"));
    });
    message.appendChild(undo);
    resultBox.appendChild(message);
    showStep(0);
    undo.focus();
  }

  function render(result, japanese) {
    resultBox.textContent = "";
    delete resultBox.dataset.outdated;
    var heading = document.createElement("h2");
    heading.id = "screener-result-heading";
    heading.tabIndex = -1;
    setText(heading, text.result_heading);
    var actions = document.createElement("p");
    actions.className = "screener-actions";
    var body = ScreenerResult.render(result, text);
    actions.appendChild(button(text.print, function () { window.print(); }));
    actions.appendChild(button(text.copy_short, function () { copy(ScreenerResult.shortText(result, text)); }));
    actions.appendChild(button(text.copy, function () { copy(ScreenerResult.plainText(body)); }));
    actions.appendChild(button(text.clear, clearAnswers));
    var message = document.createElement("span");
    message.className = "screener-copy-message";
    message.setAttribute("role", "status");
    actions.appendChild(message);
    // The summary and what to do now come first on a phone screen; the actions follow the detail.
    // Printing reorders: one page for officials, the Japanese detail, then this (site.css).
    resultBox.appendChild(heading);
    resultBox.appendChild(ScreenerResult.printSummary(result, japanese, text, textJa));
    resultBox.appendChild(body);
    if (japanese) {
      var section = ScreenerResult.disclosure(text.japanese_version, false, [ScreenerResult.render(japanese, textJa)], 2);
      section.classList.add("screener-japanese");
      section.setAttribute("lang", "ja");
      resultBox.appendChild(section);
    }
    resultBox.appendChild(actions);
    resultBox.hidden = false;
    toTop(heading);
  }

  // Every <details>-like section opens for printing, so a printout is complete.
  window.addEventListener("beforeprint", function () {
    resultBox.querySelectorAll(".screener-disclosure").forEach(function (b) {
      if (b.getAttribute("aria-expanded") === "false") b.click();
    });
  });

  // Leave quickly (overrides/partials/leave.html): forget the answers and the result first.
  document.addEventListener("site-leave", function () {
    form.reset();
    resultBox.textContent = "";
    window.screenerStop();
  });

  // The status of the check shows beside the button the reader pressed, and takes the focus.
  function tell(message) {
    setText(submitStatus, message);
    submitStatus.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (root.dataset.state !== "ready") {
      tell(text.waiting);
      submitStatus.appendChild(document.createTextNode(" "));
      statusText.childNodes.forEach(function (child) { submitStatus.appendChild(child.cloneNode(true)); });
    }
    performance.mark("screener-submit");
    var answers = answered();
    Promise.all([
      evaluate(answers, pageLang),
      pageLang === "ja" ? null : evaluate(answers, "ja"),
    ]).then(function (results) {
      submitStatus.textContent = "";
      if (root.dataset.state === "ready") setText(statusText, text.ready);
      render(results[0], results[1]);
      performance.mark("screener-result");
    }, function (err) {
      submitStatus.textContent = "";
      var p = setText(document.createElement("p"), err.message);
      var checklist = setText(document.createElement("a"), text.checklist_link);
      checklist.href = root.dataset.checklist;
      submitStatus.appendChild(p);
      submitStatus.appendChild(checklist);
      submitStatus.focus();
    });
  });
})();
