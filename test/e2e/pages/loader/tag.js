// A first-party stand-in for a Google tag, gated as analytics: records the dataLayer it found when released.
window.__tagRuns = (window.__tagRuns || 0) + 1;
window.__tagSaw = (window.dataLayer || []).map((e) => (e[0] == 'consent' ? 'consent:' + e[1] : e[0]));
