// Google's own snippet, ungated, right after the loader (as sites paste it).
window.dataLayer = window.dataLayer || [];
function gtag() {
  window.dataLayer.push(arguments);
}
gtag('js', new Date());
gtag('config', 'G-TEST');
