// Only what the config declares.
document.cookie = 'PHPSESSID=abc; path=/';
