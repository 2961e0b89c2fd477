// Runs in <head> before the loader: records every keks:* event and whether <body> existed yet.
window.__events = [];
window.__pageshows = [];
window.__bodyAtLoad = document.body === null ? 'none' : 'present';
for (const name of ['restore', 'consent', 'change', 'update'])
  addEventListener('keks:' + name, (e) => window.__events.push([name, e.detail.source, e.detail.granted.join(' ')]));
addEventListener('pageshow', (e) => window.__pageshows.push(e.persisted));
