// A deferred page script: runs after the parser, before DOMContentLoaded.
window.__order.push('defer');
