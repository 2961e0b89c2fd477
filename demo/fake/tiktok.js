// Stand-in for the real TikTok Pixel tag (the demo's CSP allows no third-party origin). Released by Keks
// only once its category and service are granted; sets a cookie like the real tag would.
document.cookie = '_ttp=demo.' + Date.now() + '; path=/; max-age=31536000; SameSite=Lax';
window.keksDemoRuns = (window.keksDemoRuns || []).concat('TikTok Pixel');
document.dispatchEvent(new Event('keks-demo-run'));
