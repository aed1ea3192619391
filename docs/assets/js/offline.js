// Registers the service worker (sw.js at the site root) and asks it to keep the pages of this
// language for offline reading, unless the reader has asked the browser to save data. On the
// screener page that waits until Python has loaded, so the two downloads do not compete.
// window.siteServiceWorker settles when the page is controlled, or at once when there will be no
// service worker: the screener waits for it (briefly) so its runtime downloads are kept too.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) {
    window.siteServiceWorker = Promise.resolve(false);
    return;
  }
  var root = new URL("../../", document.currentScript.src);
  var lang = document.querySelector("meta[name=site-locale]").content;
  var sw = navigator.serviceWorker;
  window.siteServiceWorker = new Promise(function (resolve) {
    if (sw.controller) resolve(true);
    sw.addEventListener("controllerchange", function () { resolve(true); });
    sw.register(new URL("sw.js", root).href, { scope: root.pathname }).then(function () {
      return sw.ready;
    }).then(function (registration) {
      var saveData = navigator.connection && navigator.connection.saveData;
      if (saveData || !registration.active) return;
      var keep = function () { registration.active.postMessage({ type: "keep-pages", locale: lang }); };
      var screener = document.getElementById("screener");
      if (screener && screener.dataset.state === "loading") document.addEventListener("screener-settled", keep, { once: true });
      else keep();
    }).catch(function () {
      resolve(false); // offline reading is a bonus: the site works without it
    });
  });
})();
