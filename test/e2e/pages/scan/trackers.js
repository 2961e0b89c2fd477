// The trackers of the fake shop, added the way tag snippets add them (createElement, src, insertBefore), so
// Keks's automatic blocking by host is what holds them back on the pages that load Keks.
(function () {
  var head = document.head;
  function script(src) {
    var s = document.createElement('script');
    s.async = true;
    s.src = src;
    head.appendChild(s);
  }
  // Google Analytics (gtag.js): sets _ga.
  script('https://www.googletagmanager.com/gtag/js?id=G-SHOP1&cookie=_ga');
  // Meta Pixel: the script sets _fbp, the image pixel reports the page view.
  script('https://connect.facebook.net/en_US/fbevents.js?cookie=_fbp');
  new Image().src = 'https://www.facebook.com/tr?id=123&ev=PageView&cookie=';
  // Hotjar: sets _hjSessionUser_<site> and writes _hjid to localStorage (answered by the test).
  script('https://static.hotjar.com/c/hotjar-1.js?sv=6');
  // An ad network no list knows.
  script('https://cdn.adnet-unknown.example/t.js?cookie=');
  // A YouTube embed.
  var frame = document.createElement('iframe');
  frame.title = 'Product video';
  frame.src = 'https://www.youtube-nocookie.com/embed/shop-video';
  document.addEventListener('DOMContentLoaded', function () {
    document.body.appendChild(frame);
  });
})();
