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
      target.pathname = target.pathname.replace(/\.json$/, "." + document.documentElement.lang + ".json");
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
