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
// Intl.Segmenter, as scripts/segment.mjs cut the index; in the others, a word typed without
// diacritics ("lenh xuat canh") also looks for the index's words that differ from it only by
// diacritics (lệnh xuất cảnh), and a word typed with any apostrophe, or none, for those written with
// the Uzbek letter's ʻ ("buyrug'i", "buyrugi": buyrugʻi).
(function () {
  var SETUP = 0, QUERY = 2, RESULT = 3; // Material's SearchMessageType
  var config = {};
  var lastQuery = "";
  var variants = {}; // a word without diacritics -> the index's words with them
  var pageTitles = {}; // a page's location -> its title

  function bare(word) {
    return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .replace(/[\u02bb\u02bc\u2018\u2019'`]/g, "").toLowerCase();
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
    if (!config.segment) {
      return query.split(/\s+/).map(function (word) {
        var found = variants[bare(word)];
        return found ? [word].concat(Object.keys(found)).join(" ") : word;
      }).join(" ");
    }
    return query;
  }

  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === SETUP && message.data && message.data.config) {
      config = message.data.config;
      (message.data.docs || []).forEach(function (doc) {
        if (doc.location.indexOf("#") === -1) pageTitles[doc.location] = plain(doc.title);
      });
      if (!config.segment) learnWords(message.data.docs || []);
    } else if (message && message.type === QUERY && typeof message.data === "string") {
      lastQuery = message.data;
      arguments[0] = { type: QUERY, data: transform(message.data) };
    }
    return post.apply(this, arguments);
  };

  // Results, before Material shows them: pages where the words typed stand together come first
  // (a page title that has them, then a section title, then a text); the search engine's own
  // order stays within each rank. "15 days" finds the sections that say it.
  function plain(text) {
    return bare(String(text || "").replace(/<[^>]+>/g, "").replace(/\u200b/g, "")).replace(/\s+/g, " ");
  }

  // A page title that has the words ranks by how much of it they are (without the Japanese term in
  // brackets): "คำสั่งให้ออกนอกประเทศ" is most of the departure order page's title, and less of
  // "deportation or departure order".
  function rank(group, phrase) {
    var page = pageTitles[group[0].location.split("#")[0]] || "";
    if (page.indexOf(phrase) !== -1) {
      var core = page.replace(/[(（][^)）]*[)）]/g, "").trim() || page;
      return 3 + phrase.length / Math.max(core.length, phrase.length);
    }
    // Else a section title that has them, then a text; more sections that say it rank higher.
    var best = 0, count = 0;
    group.forEach(function (doc) {
      var inTitle = plain(doc.title).indexOf(phrase) !== -1;
      var times = plain(doc.text).split(phrase).length - 1;
      best = Math.max(best, inTitle ? 2 : times ? 1 : 0);
      count += times + (inTitle ? 1 : 0);
    });
    return best ? best + Math.min(count, 99) / 100 : 0;
  }

  function rerank(result) {
    var phrase = plain(lastQuery).trim();
    if (!phrase || !result || !Array.isArray(result.items)) return;
    result.items = result.items.map(function (group, i) { return [rank(group, phrase), i, group]; })
      .sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; })
      .map(function (entry) { return entry[2]; });
  }

  var listen = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, listener) {
    if (type === "message" && typeof listener === "function") {
      var original = listener;
      arguments[1] = function (event) {
        if (event.data && event.data.type === RESULT) rerank(event.data.data);
        return original.apply(this, arguments);
      };
    }
    return listen.apply(this, arguments);
  };
})();
