// Sends the CSRF token with every htmx request (the pages keep CSRF protection on).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Sections swapped in by htmx carry no script tags (allowScriptTags is off); a section that
// needs our own scripts (a chart) names them in data-scripts, loaded here once each. Only
// same-origin paths are loaded; the CSP allows nothing else anyway.
(function () {
  var loaded = {};
  function load(src) {
    if (!src || src.charAt(0) !== '/' || src.charAt(1) === '/' || loaded[src]) { return; }
    loaded[src] = true;
    var script = document.createElement('script');
    script.src = src;
    document.head.appendChild(script);
  }
  function scan(root) {
    (root || document).querySelectorAll('[data-scripts]').forEach(function (el) {
      el.dataset.scripts.split(' ').forEach(load);
    });
  }
  document.addEventListener('htmx:afterSettle', function (event) { scan(event.target); });
  document.addEventListener('DOMContentLoaded', function () { scan(); });
})();

// A form with data-confirm (an irreversible step: disabling an account, resetting a password)
// asks before it is sent; the pages cannot carry inline handlers (CSP: script-src 'self').
document.addEventListener('submit', function (event) {
  var form = event.target;
  var message = form && form.getAttribute && form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
