// Stands in for an analytics tag: it runs only after consent, and says so on the page.
document.getElementById('status').textContent = 'Analytics ran.';
document.cookie = '_ex=1; path=/; max-age=31536000; samesite=lax';
