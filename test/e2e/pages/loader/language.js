// The page's language from the query, as a server would write it into <html lang>.
document.documentElement.lang = new URLSearchParams(location.search).get('lang') || '';
