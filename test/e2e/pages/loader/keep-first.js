// Remembers the API object of the first loader, to compare after the second copy ran.
window.__firstKeks = window.Keks;
