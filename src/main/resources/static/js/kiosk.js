// Kiosk mode, where JavaScript runs: back to the start after a while without use, with a warning first, and a
// Print button. Without JavaScript a meta refresh does the reset and the summary page is printed from the browser.
(function () {
  var body = document.body;
  var idle = Number(body.getAttribute('data-idle-seconds')) * 1000;
  var warning = Number(body.getAttribute('data-warning-seconds')) * 1000;
  var banner = document.getElementById('kiosk-warning');
  var warnTimer;
  var resetTimer;

  function restart() {
    clearTimeout(warnTimer);
    clearTimeout(resetTimer);
    banner.hidden = true;
    warnTimer = setTimeout(function () { banner.hidden = false; }, Math.max(idle - warning, 0));
    resetTimer = setTimeout(function () { window.location.replace(body.getAttribute('data-finish-url')); }, idle);
  }

  // Only what a person does counts: not scrolling, which the browser also does by itself when the page moves. The
  // banner floats over the page, so showing it moves nothing.
  if (idle > 0 && banner) {
    ['keydown', 'pointerdown', 'touchstart', 'input'].forEach(function (type) {
      document.addEventListener(type, restart, { passive: true });
    });
    restart();
  }
  // A page the browser brings back from its back-forward cache (Back after Finish) is asked for again, so that a
  // turn that is over shows nothing of it: the server sends such a request to the kiosk start
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      window.location.reload();
    }
  });
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
