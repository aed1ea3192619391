// Renders a result of the screener package as HTML (and as plain text for copying). It only
// arranges what Python returned: every sentence and every decision comes from the package.
// Nothing is parsed as HTML: all text goes in through textContent.
(function () {
  "use strict";
  var counter = 0;

  function el(tag, content, attrs) {
    var node = document.createElement(tag);
    if (content) window.screenerText(node, content);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }

  function citation(c, ui) {
    var p = el("p", ui.source + ": ", { "class": "screener-citation" });
    return add(p, el("a", c.law + " " + c.article, { href: c.url, rel: "noreferrer" }));
  }

  // A heading that opens and closes its section (WAI-ARIA disclosure). Closed sections are
  // `hidden`, which the print stylesheet overrides, so a printout always has everything.
  function disclosure(title, open, body, level) {
    var id = "screener-section-" + (++counter);
    var section = el("section", null, { "class": "screener-section" });
    var heading = el("h" + (level || 3));
    var button = el("button", title, { type: "button", "aria-expanded": String(open), "aria-controls": id, "class": "screener-disclosure" });
    var content = el("div", null, { id: id, "class": "screener-section-body" });
    content.hidden = !open;
    button.addEventListener("click", function () {
      var expanded = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", String(!expanded));
      content.hidden = expanded;
    });
    body.forEach(function (node) { add(content, node); });
    return add(section, add(heading, button), content);
  }

  function statusItem(item, ui) {
    var li = el("li", null, { "data-status": item.status, "data-id": item.id });
    var title = el("p", null, { "class": "screener-requirement-title" });
    add(title, el("span", item.status_label, { "class": "screener-badge" }), document.createTextNode(" "), el("span", item.title));
    return add(li, title, el("p", item.explanation), citation(item.citation, ui));
  }

  function factorList(factors, ui, side) {
    if (!factors.length) return el("p", ui.no_factors);
    var ul = el("ul", null, { "class": "screener-factors", "data-side": side });
    factors.forEach(function (f) {
      add(ul, add(el("li", null, { "data-id": f.id }), el("p", f.title, { "class": "screener-requirement-title" }),
        el("p", f.explanation), citation(f.citation, ui)));
    });
    return ul;
  }

  var fill = window.screenerFill; // screener-loader.js

  // Plural forms come by CLDR category (screener_form.plural_forms), chosen with Intl.PluralRules.
  function plural(forms, n, locale) {
    var message = forms[new Intl.PluralRules(locale).select(n)] || forms.other;
    return fill(message, { years: new Intl.NumberFormat(locale).format(n) });
  }

  function banLength(ban, ui) {
    var length = ban.no_time_limit ? ui.ban_no_limit : plural(ui.ban_years, ban.years, ui.locale);
    return ban.unclear ? length + " (" + ui.ban_unclear + ")" : length;
  }

  // The reader's own date, in their time zone and their language's format.
  function today(locale) {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date());
  }

  // Phone numbers in a step become tel: links (a reader on a phone calls with one tap).
  var PHONE = /0\d{1,4}-\d{1,4}-\d{3,4}|0\d{3}-\d{6}/g;
  function withPhoneLinks(sentence, attrs) {
    var p = el("p", null, attrs);
    var last = 0;
    sentence.replace(PHONE, function (number, at) {
      p.appendChild(el("span", sentence.slice(last, at)));
      p.appendChild(el("a", number, { href: "tel:" + number.replace(/-/g, "") }));
      last = at + number.length;
    });
    p.appendChild(el("span", sentence.slice(last)));
    return p;
  }

  function answerValue(result, id) {
    var found = result.answers.filter(function (a) { return a.id === id; })[0];
    return found ? found.value : null;
  }

  // A reader who wants to stay reads about special permission first; everyone else, the departure order.
  function staysFirst(result) {
    return answerValue(result, "wants_to_leave") === "no";
  }

  function summaryList(result, ui, withConditions) {
    var order = result.departure_order;
    var permission = result.special_permission;
    var summary = el("ul", null, { "class": "screener-summary" });
    var orderItem = add(el("li", null, { "data-outcome": "departure_order" }), el("span", ui.departure_order_heading + ": "),
      el("strong", order.status_label, { "class": "screener-verdict", "data-status": order.status }));
    var permissionItem = add(el("li", null, { "data-outcome": "special_permission" }), el("span", ui.special_permission_heading + ": "),
      el("strong", permission.application_label, { "data-application": permission.application }),
      el("span", "; "), el("strong", permission.statutory_bar_label, { "data-bar": permission.statutory_bar }));
    if (staysFirst(result)) add(summary, permissionItem, orderItem);
    else add(summary, orderItem, permissionItem);
    result.reentry_ban.forEach(function (ban) {
      var li = add(el("li", null, { "data-path": ban.path }), el("span", ui.bans_heading + " — " + ban.title + ": "), el("strong", banLength(ban, ui)));
      // The exceptions travel with the length: a 1-year ban is not the whole story.
      if (withConditions) add(li, el("p", ban.conditions, { "class": "screener-ban-conditions" }));
      add(summary, li);
    });
    return summary;
  }

  function render(result, ui) {
    var order = result.departure_order;
    var permission = result.special_permission;
    var box = el("div", null, { "class": "screener-result-body", lang: result.lang });
    if (!result.translation_complete) add(box, el("p", ui.translation_incomplete, { "class": "screener-notice" }));
    add(box, el("h3", ui.summary_heading), summaryList(result, ui, true));

    // What to do now, right under the summary: each step with its source, phone numbers to tap,
    // where to get help, and what each path costs. The last of next_steps is the disclaimer.
    var steps = el("ol", null, { "class": "screener-next-steps" });
    result.next_step_details.forEach(function (step) {
      add(steps, add(el("li", null, { "data-id": step.id }), withPhoneLinks(step.text), citation(step.citation, ui)));
    });
    add(box, el("h3", ui.next_steps_heading), steps);
    if (ui.help_url) add(box, add(el("p", null, { "class": "screener-help-link" }), el("a", ui.help_link, { href: ui.help_url })));
    var costs = el("ul", null, { "class": "screener-costs" });
    result.costs.forEach(function (cost) { add(costs, add(el("li", null, { "data-id": cost.id }), withPhoneLinks(cost.text), citation(cost.citation, ui))); });
    add(box, el("h4", ui.cost_heading), costs);
    add(box, el("p", result.next_steps[result.next_steps.length - 1], { "class": "screener-disclaimer" }));

    var requirements = el("ul", null, { "class": "screener-requirements" });
    order.requirements.forEach(function (r) { add(requirements, statusItem(r, ui)); });
    var grounds = el("ul", null, { "class": "screener-requirements screener-grounds" });
    permission.grounds.forEach(function (g) { add(grounds, statusItem(g, ui)); });
    var stay = staysFirst(result);
    var orderSection = disclosure(ui.departure_order_heading, !stay, [
      el("p", order.summary), citation(order.citation, ui), el("h4", ui.requirements_heading), requirements]);
    var permissionSection = disclosure(ui.special_permission_heading, stay, [
      el("p", permission.notice, { "class": "screener-notice" }),
      el("h4", ui.application_heading), el("p", permission.application_label, { "class": "screener-requirement-title" }),
      el("p", permission.application_explanation), citation(permission.application_citation, ui),
      el("h4", ui.bar_heading), el("p", permission.statutory_bar_label, { "class": "screener-requirement-title" }),
      el("p", permission.statutory_bar_explanation), citation(permission.statutory_bar_citation, ui),
      el("h4", ui.grounds_heading), el("p", permission.grounds_note), grounds,
      el("h4", ui.positive_heading), factorList(permission.positive_factors, ui, "positive"),
      el("h4", ui.negative_heading), factorList(permission.negative_factors, ui, "negative"),
      citation(permission.citation, ui)]);
    if (stay) add(box, permissionSection, orderSection);
    else add(box, orderSection, permissionSection);

    var bans = el("ul", null, { "class": "screener-bans" });
    result.reentry_ban.forEach(function (ban) {
      add(bans, add(el("li", null, { "data-path": ban.path }),
        add(el("p", null, { "class": "screener-requirement-title" }), el("span", ban.title + ": "), el("strong", banLength(ban, ui))),
        el("p", ban.conditions), citation(ban.citation, ui)));
    });
    add(box, disclosure(ui.bans_heading, false, [bans]));

    var answers = el("dl", null, { "class": "screener-answers" });
    result.answers.forEach(function (a) { add(answers, el("dt", a.question), el("dd", a.answer)); });
    add(box, disclosure(ui.answers_heading, false, [answers]));
    add(box, el("p", generated(result, ui), { "class": "screener-generated" }));
    return box;
  }

  function generated(result, ui) {
    return fill(ui.generated, { date: today(ui.locale), version: result.rules_version });
  }

  // The answers an official asks about first, for the one-page summary and the short text.
  var KEY_ANSWERS = ["how_in_japan", "stay_status", "wants_to_leave", "investigation", "finding_notified",
    "deportation_order", "custody", "sentence", "past_removal", "passport"];

  function keyAnswers(result) {
    return result.answers.filter(function (a) { return KEY_ANSWERS.indexOf(a.id) !== -1 && a.value !== "dont_know"; });
  }

  // Printing: first one page with the outcomes and main answers in the reader's language and in
  // Japanese side by side (Japanese alone for a Japanese page: `japanese` is null), then the
  // Japanese detail, then the reader's (see site.css, @media print).
  function printSummary(result, japanese, ui, uiJa) {
    var box = el("section", null, { "class": "screener-print-summary" });
    add(box, el("h2", ui.print_summary_heading + (japanese ? " / " + uiJa.print_summary_heading : "")));
    var columns = el("div", null, { "class": "screener-print-columns" });
    add(columns, add(el("div", null, { lang: result.lang }), summaryList(result, ui, false)));
    if (japanese) add(columns, add(el("div", null, { lang: "ja" }), summaryList(japanese, uiJa, false)));
    add(box, columns);
    var answers = el("table", null, { "class": "screener-print-answers" });
    add(answers, el("caption", ui.key_answers + (japanese ? " / " + uiJa.key_answers : "")));
    var ja = {};
    (japanese ? japanese.answers : []).forEach(function (a) { ja[a.id] = a; });
    keyAnswers(result).forEach(function (a) {
      var row = add(el("tr"), el("th", a.question, { scope: "row" }), el("td", a.answer));
      if (japanese) add(row, el("td", ja[a.id].question + " — " + ja[a.id].answer, { lang: "ja" }));
      add(answers, row);
    });
    add(box, answers, el("p", generated(result, ui), { "class": "screener-generated" }));
    if (japanese) add(box, el("p", generated(japanese, uiJa), { "class": "screener-generated", lang: "ja" }));
    return box;
  }

  // A short text for a chat message: the outcomes, the steps, the main answers.
  function shortText(result, ui) {
    var plain = window.screenerPlain;
    var lines = [ui.summary_heading];
    summaryList(result, ui, false).querySelectorAll("li").forEach(function (li) { lines.push("- " + plainText(li).trim()); });
    lines.push("", ui.next_steps_heading);
    result.next_step_details.forEach(function (step, i) { lines.push((i + 1) + ". " + step.text); });
    lines.push("", ui.key_answers);
    keyAnswers(result).forEach(function (a) { lines.push("- " + a.question + " " + a.answer); });
    lines.push("", generated(result, ui));
    return plain(lines.join("\n")) + "\n";
  }

  // Plain text of a rendered result, closed sections included, for "Copy as text".
  function plainText(node) {
    var out = [];
    (function walk(n) {
      if (n.nodeType === 3) { out.push(n.textContent); return; }
      if (n.nodeType !== 1 || n.tagName === "RT" || n.tagName === "BUTTON" && !n.classList.contains("screener-disclosure")) return;
      var block = /^(P|LI|H[1-6]|DT|DD|DIV|SECTION|UL|OL|DL)$/.test(n.tagName);
      if (block) out.push("\n");
      if (n.tagName === "LI") out.push("- ");
      if (n.tagName === "A") { out.push(n.textContent + " <" + n.href + ">"); return; }
      n.childNodes.forEach(walk);
      if (block) out.push("\n");
    })(node);
    return out.join("").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
  }

  window.ScreenerResult = { render: render, plainText: plainText, shortText: shortText, printSummary: printSummary, disclosure: disclosure };
})();
