// Leave quickly (overrides/partials/leave.html): on a click, or the Shift key pressed three times
// within two seconds, tell the page's scripts to forget what the reader entered ("site-leave"),
// then replace this page in the history with a blank one.
(function () {
  "use strict";
  var SHIFT_PRESSES = 3;
  var WITHIN_MS = 2000;
  var presses = [];

  function leave() {
    document.dispatchEvent(new Event("site-leave"));
    location.replace("about:blank");
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".site-leave");
    if (!link) return;
    event.preventDefault();
    leave();
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < WITHIN_MS; }).concat(now);
    if (presses.length >= SHIFT_PRESSES) leave();
  });
})();
