// A first-party script that another script inserts: must load untouched.
(window.__first_party_runs = window.__first_party_runs || []).push(
  document.currentScript && document.currentScript.src,
);
