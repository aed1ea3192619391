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
// spaces between words (its index says "segment"), the query is cut into the index's own words
// (scripts/segment.mjs cut the index at build time): a browser's word segmenter may cut it otherwise
// (its ICU dictionaries differ by browser and version) or be missing, and then finds nothing. In the
// other languages, a word typed without diacritics ("lenh xuat canh") also looks for the index's
// words that differ from it only by diacritics (lệnh xuất cảnh), and a word typed with any
// apostrophe, or none, for those written with the Uzbek letter's ʻ ("buyrug'i", "buyrugi": buyrugʻi).
(function () {
  var SETUP = 0, QUERY = 2, RESULT = 3; // Material's SearchMessageType
  var config = {};
  var lastQuery = "";
  var variants = {}; // a word without diacritics -> the index's words with them
  var vocabulary = new Set(); // segmented languages: the index's words
  var longest = 0; // the length of its longest word
  var pageTitles = {}; // a page's location -> its title

  function bare(word) {
    return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .replace(/[\u02bb\u02bc\u2018\u2019'`]/g, "").toLowerCase();
  }

  // Every word of the index's titles and texts, lower-cased, split at `separator`.
  function eachWord(docs, separator, visit) {
    docs.forEach(function (doc) {
      (doc.title + " " + doc.text).replace(/<[^>]+>/g, " ").toLowerCase().split(separator).forEach(function (word) {
        if (word) visit(word);
      });
    });
  }

  function learnWords(docs) {
    eachWord(docs, /[^\p{L}\p{N}]+/u, function (word) {
      var key = bare(word);
      if (key !== word) (variants[key] = variants[key] || {})[word] = true;
    });
  }

  function learnVocabulary(docs) {
    eachWord(docs, new RegExp(config.separator), function (word) { // as Material's search worker splits
      vocabulary.add(word);
      longest = Math.max(longest, word.length);
    });
  }

  // A run of text cut into the index's words: as much of it as possible in known words, then as
  // few words as possible; a stretch no word covers stays as typed.
  function cut(text) {
    var best = [{ unknown: 0, words: 0, from: 0, known: true }]; // best[i]: the best cut of text[0, i)
    for (var end = 1; end <= text.length; end++) {
      var prev = best[end - 1];
      var choice = { unknown: prev.unknown + 1, words: prev.words + (prev.known ? 1 : 0), from: end - 1, known: false };
      for (var start = Math.max(0, end - longest); start < end; start++) {
        var before = best[start];
        if (!vocabulary.has(text.slice(start, end))) continue;
        if (before.unknown < choice.unknown || (before.unknown === choice.unknown && before.words + 1 < choice.words)) {
          choice = { unknown: before.unknown, words: before.words + 1, from: start, known: true };
        }
      }
      best.push(choice);
    }
    var words = [];
    for (var at = text.length; at > 0;) {
      var from = best[at].from;
      if (!best[at].known) while (from > 0 && !best[from].known) from = best[from].from; // one unknown stretch
      words.unshift(text.slice(from, at));
      at = from;
    }
    return words.join(" ");
  }

  function transform(query) {
    if (config.segment) return query.toLowerCase().split(/\s+/).map(cut).join(" ");
    return query.split(/\s+/).map(function (word) {
      var found = variants[bare(word)];
      return found ? [word].concat(Object.keys(found)).join(" ") : word;
    }).join(" ");
  }

  // Material reads the query when a key is released. Text pasted, dropped, or picked from a phone
  // keyboard's suggestions releases no key: tell Material, or it searches for what was there before.
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("[data-md-component=search-query]")) {
      event.target.dispatchEvent(new KeyboardEvent("keyup"));
    }
  });

  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === SETUP && message.data && message.data.config) {
      config = message.data.config;
      (message.data.docs || []).forEach(function (doc) {
        if (doc.location.indexOf("#") === -1) pageTitles[doc.location] = plain(doc.title);
      });
      (config.segment ? learnVocabulary : learnWords)(message.data.docs || []);
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
