// The TikTok pixel, only on the "about" page: the scan must follow the link to find it.
(function () {
  var s = document.createElement('script');
  s.async = true;
  s.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?cookie=_ttp';
  document.head.appendChild(s);
})();
