// Material for MkDocs' inline helpers (partials/javascripts/base.html, 9.8.2), as a file so that
// the Content-Security-Policy can forbid inline scripts. Keep in step with the pinned Material.
__md_scope = new URL(document.currentScript.dataset.scope, location);
__md_hash = (e) => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0);
__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
__md_set = (e, _, t = localStorage, a = __md_scope) => {
  try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (e) {}
};

// Search: Material requests one index for every language as each page loads (an XHR). Hold that
// request until the reader opens search, then load the index of the page's language only
// (search/search_index.<lang>.json, written by scripts/search_index.py).
(function () {
  var opened;
  var searchOpened = new Promise(function (resolve) { opened = resolve; });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-md-component=search-query]")) opened();
  });
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var target = new URL(url, location.href);
    this.__searchIndex = /\/search\/search_index\.json$/.test(target.pathname);
    if (this.__searchIndex) {
      var locale = document.querySelector("meta[name=site-locale]").content;
      target.pathname = target.pathname.replace(/\.json$/, "." + locale + ".json");
      arguments[1] = target.href;
    }
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.__searchIndex) return send.apply(xhr, args);
    searchOpened.then(function () { send.apply(xhr, args); });
  };
})();

// Search queries, before they reach Material's search worker: in a language written without
// spaces between words (its index says "segment"), the query is cut into words with the browser's
// Intl.Segmenter, as scripts/segment.mjs cut the index; in Vietnamese (its index says "fold"), a
// word typed without diacritics ("lenh xuat canh") also looks for the index's words that differ
// from it only by diacritics (lệnh xuất cảnh).
(function () {
  var SETUP = 0, QUERY = 2; // Material's SearchMessageType
  var config = {};
  var variants = {}; // a word without diacritics -> the index's words with them

  function bare(word) {
    return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function learnWords(docs) {
    docs.forEach(function (doc) {
      (doc.title + " " + doc.text).replace(/<[^>]+>/g, " ").toLowerCase().split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
        var key = bare(word);
        if (!word || key === word) return;
        (variants[key] = variants[key] || {})[word] = true;
      });
    });
  }

  function transform(query) {
    if (config.segment && typeof Intl.Segmenter === "function") {
      var segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: "word" });
      return Array.from(segmenter.segment(query)).filter(function (s) { return s.isWordLike; })
        .map(function (s) { return s.segment; }).join(" ");
    }
    if (config.fold) {
      return query.split(/\s+/).map(function (word) {
        var found = variants[word.toLowerCase()];
        return found ? [word].concat(Object.keys(found)).join(" ") : word;
      }).join(" ");
    }
    return query;
  }

  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === SETUP && message.data && message.data.config) {
      config = message.data.config;
      if (config.fold) learnWords(message.data.docs || []);
    } else if (message && message.type === QUERY && typeof message.data === "string") {
      arguments[0] = { type: QUERY, data: transform(message.data) };
    }
    return post.apply(this, arguments);
  };
})();
