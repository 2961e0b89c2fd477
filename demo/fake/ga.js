// Stand-in for the real Google Analytics tag (the demo's CSP allows no third-party origin). Released by Keks
// only once its category and service are granted; sets a cookie like the real tag would.
document.cookie = '_ga=demo.' + Date.now() + '; path=/; max-age=31536000; SameSite=Lax';
window.keksDemoRuns = (window.keksDemoRuns || []).concat('Google Analytics');
document.dispatchEvent(new Event('keks-demo-run'));
