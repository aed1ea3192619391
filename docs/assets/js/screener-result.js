// Renders a result of the screener package as HTML (and as plain text for copying). It only
// arranges what Python returned: every sentence and every decision comes from the package.
// Nothing is parsed as HTML: all text goes in through textContent.
(function () {
  "use strict";
  var counter = 0;

  function el(tag, content, attrs) {
    var node = document.createElement(tag);
    if (content) node.textContent = content;
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
    add(title, el("span", item.status_label, { "class": "screener-badge" }), document.createTextNode(" " + item.title));
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

  function render(result, ui) {
    var order = result.departure_order;
    var permission = result.special_permission;
    var box = el("div", null, { "class": "screener-result-body", lang: result.lang });
    if (!result.translation_complete) add(box, el("p", ui.translation_incomplete, { "class": "screener-notice" }));

    var summary = el("ul", null, { "class": "screener-summary" });
    add(summary, add(el("li"), el("span", ui.departure_order_heading + ": "),
      el("strong", order.status_label, { "class": "screener-verdict", "data-status": order.status })));
    add(summary, add(el("li"), el("span", ui.special_permission_heading + ": "),
      el("strong", permission.application_label, { "data-application": permission.application }),
      document.createTextNode("; "), el("strong", permission.statutory_bar_label, { "data-bar": permission.statutory_bar })));
    result.reentry_ban.forEach(function (ban) {
      add(summary, add(el("li", null, { "data-path": ban.path }), el("span", ui.bans_heading + " — " + ban.title + ": "), el("strong", banLength(ban, ui))));
    });
    add(box, el("h3", ui.summary_heading), summary);

    var requirements = el("ul", null, { "class": "screener-requirements" });
    order.requirements.forEach(function (r) { add(requirements, statusItem(r, ui)); });
    add(box, disclosure(ui.departure_order_heading, true, [
      el("p", order.summary), citation(order.citation, ui), el("h4", ui.requirements_heading), requirements]));

    var grounds = el("ul", null, { "class": "screener-requirements screener-grounds" });
    permission.grounds.forEach(function (g) { add(grounds, statusItem(g, ui)); });
    add(box, disclosure(ui.special_permission_heading, false, [
      el("p", permission.notice, { "class": "screener-notice" }),
      el("h4", ui.application_heading), el("p", permission.application_label, { "class": "screener-requirement-title" }),
      el("p", permission.application_explanation), citation(permission.application_citation, ui),
      el("h4", ui.bar_heading), el("p", permission.statutory_bar_label, { "class": "screener-requirement-title" }),
      el("p", permission.statutory_bar_explanation), citation(permission.statutory_bar_citation, ui),
      el("h4", ui.grounds_heading), grounds,
      el("h4", ui.positive_heading), factorList(permission.positive_factors, ui, "positive"),
      el("h4", ui.negative_heading), factorList(permission.negative_factors, ui, "negative"),
      citation(permission.citation, ui)]));

    var bans = el("ul", null, { "class": "screener-bans" });
    result.reentry_ban.forEach(function (ban) {
      add(bans, add(el("li", null, { "data-path": ban.path }),
        add(el("p", null, { "class": "screener-requirement-title" }), document.createTextNode(ban.title + ": "), el("strong", banLength(ban, ui))),
        el("p", ban.conditions), citation(ban.citation, ui)));
    });
    add(box, disclosure(ui.bans_heading, false, [bans]));

    // Each step with its source; the last of next_steps is the general disclaimer, without one.
    var steps = el("ol", null, { "class": "screener-next-steps" });
    result.next_step_details.forEach(function (step) {
      add(steps, add(el("li", null, { "data-id": step.id }), el("p", step.text), citation(step.citation, ui)));
    });
    add(steps, el("li", result.next_steps[result.next_steps.length - 1]));
    add(box, el("h3", ui.next_steps_heading), steps);

    var answers = el("dl", null, { "class": "screener-answers" });
    result.answers.forEach(function (a) { add(answers, el("dt", a.question), el("dd", a.answer)); });
    add(box, disclosure(ui.answers_heading, false, [answers]));
    add(box, el("p", fill(ui.generated, { date: today(ui.locale), version: result.rules_version }), { "class": "screener-generated" }));
    return box;
  }

  // Plain text of a rendered result, closed sections included, for "Copy as text".
  function plainText(node) {
    var out = [];
    (function walk(n) {
      if (n.nodeType === 3) { out.push(n.textContent); return; }
      if (n.nodeType !== 1 || n.tagName === "BUTTON" && !n.classList.contains("screener-disclosure")) return;
      var block = /^(P|LI|H[1-6]|DT|DD|DIV|SECTION|UL|OL|DL)$/.test(n.tagName);
      if (block) out.push("\n");
      if (n.tagName === "LI") out.push("- ");
      if (n.tagName === "A") { out.push(n.textContent + " <" + n.href + ">"); return; }
      n.childNodes.forEach(walk);
      if (block) out.push("\n");
    })(node);
    return out.join("").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
  }

  window.ScreenerResult = { render: render, plainText: plainText, disclosure: disclosure };
})();
