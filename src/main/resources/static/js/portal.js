// Kiosk mode: after two minutes without a touch, a key or a scroll, the terminal signs out
// whoever used it and returns to the start page (a form POST, so CSRF stays on).
(function () {
  var reset = document.body.dataset.kioskReset;
  if (!reset) { return; }
  var idle = 120000, timer;
  function restart() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var form = document.createElement('form');
      form.method = 'post';
      form.action = reset;
      var token = document.querySelector('meta[name="_csrf"]');
      if (token) {
        var copy = document.createElement('input');
        copy.type = 'hidden'; copy.name = '_csrf'; copy.value = token.content;
        form.appendChild(copy);
      }
      document.body.appendChild(form);
      form.submit();
    }, idle);
  }
  ['click', 'keydown', 'touchstart', 'scroll'].forEach(function (e) {
    document.addEventListener(e, restart, { passive: true });
  });
  restart();
})();
