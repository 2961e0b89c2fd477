// A site bundle that injects a tracker itself (no markup change), next to ordinary work that must keep working.
(function () {
  function inject() {
    var s = document.createElement('script');
    s.async = true;
    s.src = 'http://static.hotjar.test/c/hotjar-1.js?cookie=_hjSession';
    var loaded = (window.__bundle_onload = window.__bundle_onload || []);
    s.addEventListener('load', function () {
      loaded.push('load');
    });
    document.head.appendChild(s);
  }
  // Ordinary first-party work through the same patched setters.
  var fp = document.createElement('script');
  fp.src = '/test/e2e/pages/gating/first-party.js';
  fp.nonce = 'keks-e2e';
  window.__setter_readback = { src: fp.src, attr: fp.getAttribute('src') };
  document.head.appendChild(fp);
  var img = new Image();
  img.setAttribute('src', '/test/e2e/pages/gating/pixel-first-party.svg');
  window.__img_readback = img.src;
  inject();
  window.again = inject;
})();
