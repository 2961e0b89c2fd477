// Demo helper, not part of Keks. Runs before keks.js (a classic script in <head>, no inline code:
// the demo is served under a strict CSP). It lets the demo show every layout and theme:
// ?layout=box|bar|modal, &position=…, &theme=light|dark|auto, &block=1, &lang=xx are copied into the
// Keks config by keks-config.js before Keks.init, and kept on the demo's own links.
(function () {
  var q = new URLSearchParams(location.search);
  var allowed = {
    layout: ['box', 'bar', 'modal'],
    position: ['bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right'],
    theme: ['light', 'dark', 'auto'],
  };
  // keks-config.js calls this before Keks.init(config).
  window.keksDemoAdjust = function (c) {
    c.ui = c.ui || {};
    Object.keys(allowed).forEach(function (key) {
      var v = q.get(key);
      if (v && allowed[key].indexOf(v) >= 0) c.ui[key] = v;
    });
    if (q.get('block') == '1') c.ui.blockPage = true;
    // ?lang=ar shows the UI in another built-in language (ar and he are right to left).
    var lang = q.get('lang');
    if (lang && /^[a-z]{2}$/.test(lang)) c.language = { force: lang };
  };
  var theme = q.get('theme');
  if (theme && allowed.theme.indexOf(theme) >= 0) document.documentElement.setAttribute('data-theme', theme);

  // The stand-in trackers in fake/ report here when Keks releases them.
  function showRuns() {
    var list = document.getElementById('runs');
    if (!list) return;
    var runs = window.keksDemoRuns || [];
    list.textContent = '';
    (runs.length ? runs : [list.getAttribute('data-empty')]).forEach(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      list.appendChild(li);
    });
  }
  document.addEventListener('keks-demo-run', showRuns);

  document.addEventListener('DOMContentLoaded', function () {
    showRuns();
    // Keep the chosen layout and theme while browsing the demo.
    var keep = ['layout', 'position', 'theme', 'block', 'lang'].filter(function (k) {
      return q.has(k);
    });
    document.querySelectorAll('a[href]').forEach(function (a) {
      var href = a.getAttribute('href');
      if (!keep.length || /^(\?|[a-z]+:|#|\/\/)/i.test(href)) return;
      var url = new URL(a.href);
      if (url.origin != location.origin) return;
      keep.forEach(function (k) {
        url.searchParams.set(k, q.get(k));
      });
      a.href = url.href;
    });
    var defaults = { layout: 'box', theme: 'auto' };
    document.querySelectorAll('.choices a').forEach(function (a) {
      // A choice changes only its own parameters: a layout keeps the theme and vice versa.
      var choice = new URL(a.getAttribute('href'), location.href).searchParams;
      var keys = choice.has('layout') ? ['layout', 'position', 'block'] : ['theme'];
      var next = new URLSearchParams(location.search);
      keys.forEach(function (k) {
        if (choice.has(k)) next.set(k, choice.get(k));
        else next.delete(k);
      });
      a.href = location.pathname + '?' + next.toString();
      var current = keys.every(function (k) {
        return (choice.get(k) || defaults[k] || '') == (q.get(k) || defaults[k] || '');
      });
      if (current) a.setAttribute('aria-current', 'true');
    });
    var reset = document.querySelector('[data-demo-reset]');
    if (reset)
      reset.addEventListener('click', function () {
        window.Keks.reset();
      });
  });
})();
