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

// A form that asks before it is sent carries its question in data-confirm (a step that
// cannot be undone, such as recording the intervention on a warning): cancelling leaves
// the page and what was typed as they are.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form && form.getAttribute ? form.getAttribute('data-confirm') : null;
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// A section htmx could not bring (an error answer, no connection) says so in place of its
// spinner: the sections after it show then too (app.css shows sections in order).
['htmx:responseError', 'htmx:sendError'].forEach(function (name) {
  document.addEventListener(name, function (event) {
    var el = event.detail && event.detail.elt;
    var spinner = el && el.querySelector ? el.querySelector(':scope > .section-loading') : null;
    if (spinner) {
      var note = document.createElement('p');
      note.className = 'text-muted small mb-0';
      note.textContent = el.dataset.failed || '';
      spinner.replaceWith(note);
    }
  });
});
