// Shared by the benchmarks (run.mjs, heap.mjs): what they install in the page before its scripts, and the
// visitor's click on "Accept all", whatever the widget.

/** Installed before any page script: CLS, long tasks, and the first frame where the banner is visible. */
export const observe = (bannerExpr) => `
  window.__bench = { cls: 0, long: [], bannerAt: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __bench.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.long.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  window.__bannerEl = () => { try { return ${bannerExpr || 'null'}; } catch { return null; } };
  window.__visible = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility != 'hidden' && s.display != 'none' && +s.opacity > 0.5; };
  // Only a first visit shows a banner; a returning visit runs no watcher of ours.
  if (!location.search.includes('returning')) (function tick() {
    if (__visible(__bannerEl())) __bench.bannerAt = performance.now(); else requestAnimationFrame(tick); })();
`;

/** Click the "Accept all" button (in shadow roots too) and time until the banner is hidden and the cookie set. */
export const acceptAll = (cookie) =>
  new Promise((resolve) => {
    const find = (r) => {
      for (const b of r.querySelectorAll('button')) if (/^\s*accept all\s*$/i.test(b.textContent)) return b;
      for (const el of r.querySelectorAll('*'))
        if (el.shadowRoot) {
          const b = find(el.shadowRoot);
          if (b) return b;
        }
    };
    const button = find(document);
    const t0 = performance.now();
    button.click();
    (function tick() {
      if (!window.__visible(window.__bannerEl()) && document.cookie.includes(cookie + '='))
        resolve(performance.now() - t0);
      else requestAnimationFrame(tick);
    })();
  });
