/**
 * The adversarial corpus: ways around the gate for a configured host (`google-analytics.test`), one page
 * per vector, each served from `/test/e2e/pages/adversarial/<name>.html` by adversarial.e2e.ts. `code`
 * runs once the page has parsed (`window.again` runs it again); `requests` is how many requests to the
 * tracker host it makes once analytics is granted (released held elements, or `again()` for requests
 * that were refused), and `runs` how many times tracker scripts run.
 */
export interface AdversarialVector {
  name: string;
  /** What the vector tries. */
  what: string;
  /** JavaScript run in the page (nonce script); `T` is the tracker origin, `P` the port. */
  code: string;
  /** Markup put in the body before the script. */
  body?: string;
  requests: number;
  runs?: number;
  /** Run `again()` after accepting: the first attempt was refused, not held. */
  retrigger?: boolean;
  /** Tracker hosts counted (default: the GA host). */
  hosts?: string[];
}

const GA = 'www.google-analytics.test';
const img = (url: string): string => `new Image().src = ${url};`;
/** A same-origin about:blank frame, made once (`again()` reuses it), as `f`. */
const frame = (id: string, src = ''): string =>
  `let f = document.getElementById("${id}"); if (!f) { f = document.createElement("iframe"); f.id = "${id}"; f.title = "x";${
    src ? ` f.src = "${src}";` : ''
  } document.body.append(f); }`;

export const ADVERSARIAL: AdversarialVector[] = [
  {
    name: 'trailing-dot',
    what: 'host with a trailing dot',
    code: img('"http://www.google-analytics.test.:" + P + "/p.gif"'),
    requests: 1,
    hosts: [GA, GA + '.'],
  },
  {
    name: 'case-port',
    what: 'upper case and an explicit port (userinfo: Chromium refuses it in subresource URLs itself)',
    code: img('"http://WWW.Google-Analytics.TEST:" + P + "/p.gif"'),
    requests: 1,
  },
  {
    name: 'protocol-relative',
    what: 'protocol-relative URL',
    code: img('"//www.google-analytics.test:" + P + "/p.gif"'),
    requests: 1,
  },
  {
    name: 'idn-unicode',
    what: 'IDN host written in Unicode (bücher.test)',
    code: img('"http://bücher.test:" + P + "/p.gif"'),
    requests: 1,
    hosts: ['xn--bcher-kva.test'],
  },
  {
    name: 'idn-punycode',
    what: 'IDN host written in punycode (xn--caf-dma.test), upper case',
    code: img('"http://XN--CAF-DMA.test:" + P + "/p.gif"'),
    requests: 1,
    hosts: ['xn--caf-dma.test'],
  },
  {
    name: 'char-refs',
    what: 'innerHTML, host spelled with &#46; and &#x2e;',
    code: 'document.querySelector("#slot").innerHTML = \'<img alt="" src="http://www&#46;google-analytics&#x2e;test:\' + P + \'/p.gif">\';',
    requests: 1,
  },
  {
    name: 'percent-encoding',
    what: 'innerHTML, host with %2E',
    code: 'document.querySelector("#slot").innerHTML = \'<img alt="" src="http://www.google-analytics%2Etest:\' + P + \'/p.gif">\';',
    requests: 1,
  },
  {
    name: 'whitespace',
    what: 'innerHTML, newline and tab inside the URL, leading space',
    code: 'document.querySelector("#slot").innerHTML = \'<img alt="" src=" http://www.goo&#10;gle-ana&#9;lytics.test:\' + P + \'/p.gif">\';',
    requests: 1,
  },
  {
    name: 'unicode-full-stop',
    what: 'insertAdjacentHTML, ideographic full stops (U+3002)',
    code: 'document.body.insertAdjacentHTML("beforeend", \'<img alt="" src="http://www\\u3002google-analytics\\u3002test:\' + P + \'/p.gif">\');',
    requests: 1,
  },
  {
    name: 'fullwidth',
    what: 'innerHTML, fullwidth letters',
    code: 'document.querySelector("#slot").innerHTML = \'<img alt="" src="http://www.\\uff47\\uff4f\\uff4fgle-analytics.test:\' + P + \'/p.gif">\';',
    requests: 1,
  },
  {
    name: 'outer-html',
    what: 'outerHTML',
    code: 'const d = document.createElement("div"); document.body.append(d); d.outerHTML = \'<img alt="" src="\' + T + \'/p.gif">\';',
    requests: 1,
  },
  {
    name: 'set-html-unsafe',
    what: 'setHTMLUnsafe',
    code: 'document.querySelector("#slot").setHTMLUnsafe(\'<img alt="" src="\' + T + \'/p.gif">\');',
    requests: 1,
  },
  {
    name: 'contextual-fragment',
    what: 'Range.createContextualFragment with a script (carrying the nonce)',
    code: "document.body.append(document.createRange().createContextualFragment('<script nonce=\"keks-e2e\" src=\"' + T + '/frag.js?cookie=_ga\"></scr' + 'ipt>'));",
    requests: 1,
    runs: 1,
  },
  {
    name: 'write-call',
    what: 'Document.prototype.write.call while parsing',
    code: '',
    body: '<script nonce="keks-e2e">Document.prototype.write.call(document, \'<script nonce="keks-e2e" src="http://www.google-analytics.test/dw.js?cookie=_ga"></scr\' + \'ipt>\');</script>',
    requests: 1,
    runs: 1,
  },
  {
    name: 'set-attribute-call',
    what: 'Element.prototype.setAttribute.call',
    code: 'const i = new Image(); Element.prototype.setAttribute.call(i, "src", T + "/p.gif");',
    requests: 1,
  },
  {
    name: 'set-attribute-ns',
    what: 'setAttributeNS(null, "src")',
    code: 'new Image().setAttributeNS(null, "src", T + "/p.gif");',
    requests: 1,
  },
  {
    name: 'attr-node',
    what: 'Attr node: createAttribute + setAttributeNode',
    code: 'const i = new Image(); const a = document.createAttribute("src"); a.value = T + "/p.gif"; i.setAttributeNode(a);',
    requests: 1,
  },
  {
    name: 'attr-named-item',
    what: 'attributes.setNamedItem',
    code: 'const i = new Image(); const a = document.createAttribute("src"); a.value = T + "/p.gif"; i.attributes.setNamedItem(a);',
    requests: 1,
  },
  {
    name: 'attr-value',
    what: 'value of an attached Attr',
    code: 'const i = new Image(); i.setAttribute("alt", ""); i.setAttribute("src", "/favicon.ico"); i.getAttributeNode("src").value = T + "/p.gif";',
    requests: 1,
  },
  {
    name: 'beacon-call',
    what: 'Navigator.prototype.sendBeacon.call',
    code: 'Navigator.prototype.sendBeacon.call(navigator, T + "/b", "x");',
    requests: 1,
    retrigger: true,
  },
  {
    name: 'svg-image',
    what: 'SVG <image href>',
    code: 'const s = document.createElementNS("http://www.w3.org/2000/svg", "svg"); const i = document.createElementNS("http://www.w3.org/2000/svg", "image"); i.setAttribute("href", T + "/svg.png"); s.append(i); document.body.append(s);',
    requests: 1,
  },
  {
    name: 'svg-xlink',
    what: 'SVG <image xlink:href> by setAttributeNS',
    code: 'const s = document.createElementNS("http://www.w3.org/2000/svg", "svg"); const i = document.createElementNS("http://www.w3.org/2000/svg", "image"); i.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", T + "/xlink.png"); s.append(i); document.body.append(s);',
    requests: 1,
  },
  {
    name: 'object-data',
    what: '<object data>',
    code: 'const o = document.createElement("object"); o.data = T + "/obj.html"; o.type = "text/html"; document.body.append(o);',
    requests: 1,
  },
  {
    name: 'embed-src',
    what: '<embed src>',
    code: 'const e = document.createElement("embed"); e.src = T + "/embed.gif"; e.type = "image/gif"; document.body.append(e);',
    requests: 1,
  },
  {
    name: 'input-image',
    what: '<input type=image src>',
    code: 'const i = document.createElement("input"); i.type = "image"; i.alt = "go"; i.src = T + "/input.gif"; document.body.append(i);',
    requests: 1,
  },
  {
    name: 'video-poster',
    what: 'video.poster',
    code: 'const v = document.createElement("video"); v.poster = T + "/poster.gif"; document.body.append(v);',
    requests: 1,
  },
  {
    name: 'link-imagesrcset',
    what: 'link.imageSrcset preload',
    code: 'const l = document.createElement("link"); l.rel = "preload"; l.as = "image"; l.imageSrcset = T + "/set.gif 1x"; document.head.append(l);',
    requests: 1,
  },
  {
    name: 'template-import',
    what: '<template> with a plain <img src>, imported into the page',
    body: '<template id="t"><img alt="" src="http://www.google-analytics.test/tpl.gif"></template>',
    code: 'document.body.append(document.importNode(document.querySelector("#t").content, true));',
    requests: 1,
  },
  {
    name: 'template-clone',
    what: '<template> from an HTML string, content cloned',
    code: 'const d = document.createElement("div"); d.innerHTML = \'<template><img alt="" src="\' + T + \'/tpl2.gif"></template>\'; document.body.append(d.firstChild.content.cloneNode(true));',
    requests: 1,
  },
  {
    name: 'srcdoc',
    what: 'iframe.srcdoc with a tracker image (held in the framed document, released there on consent)',
    code: 'let f = document.querySelector("#sd"); if (!f) { f = document.createElement("iframe"); f.id = "sd"; f.title = "x"; document.body.append(f); } f.srcdoc = \'<img alt="" src="\' + T + \'/srcdoc.gif">\';',
    requests: 1,
  },
  {
    name: 'request-other-realm',
    what: 'fetch(new Request) with a Request from a same-origin frame',
    code: 'let f = document.querySelector("#rf"); if (!f) { f = document.createElement("iframe"); f.id = "rf"; f.title = "x"; document.body.append(f); } fetch(new f.contentWindow.Request(T + "/r", { method: "POST" })).catch(() => {});',
    requests: 1,
    retrigger: true,
  },
  {
    name: 'tostring-twice',
    what: 'a URL object whose toString answers differently the second time',
    code: 'const u = (a, b) => { let n = 0; return { toString: () => (n++ ? b : a) }; }; new Image().src = u("/favicon.ico?benign-first", T + "/late.gif"); new Image().src = u(T + "/first.gif", "/favicon.ico?tracker-first");',
    requests: 1,
  },
  // Same-origin about:blank frames: their own prototypes, fetch, Image and navigator.
  {
    name: 'frame-create-img',
    what: 'about:blank frame: contentDocument.createElement("img") appended into the frame',
    code: `${frame('fi')} const i = f.contentDocument.createElement("img"); i.alt = ""; i.src = T + "/frame-img.gif"; f.contentDocument.body.append(i);`,
    requests: 1,
  },
  {
    name: 'frame-create-script-parent',
    what: 'src="about:blank" frame: contentDocument.createElement("script") appended into the page',
    code: `${frame('fs', 'about:blank')} const s = f.contentDocument.createElement("script"); s.src = T + "/frame-parent.js?cookie=_ga"; document.body.append(s);`,
    requests: 1,
    runs: 1,
  },
  {
    name: 'frame-create-script-child',
    what: 'about:blank frame: a script made with setAttribute and appended into the frame',
    code: `${frame('fc')} const d = f.contentWindow.document; const s = d.createElement("script"); s.setAttribute("src", T + "/frame-child.js?cookie=_ga"); d.head.append(s);`,
    requests: 1,
    runs: 1,
  },
  {
    name: 'frame-fetch',
    what: 'contentWindow.fetch',
    code: `${frame('ff')} f.contentWindow.fetch(T + "/frame-fetch", { method: "POST" }).catch(() => {});`,
    requests: 1,
    retrigger: true,
  },
  {
    name: 'frame-beacon',
    what: 'contentWindow.navigator.sendBeacon',
    code: `${frame('fb')} f.contentWindow.navigator.sendBeacon(T + "/frame-beacon", "x");`,
    requests: 1,
    retrigger: true,
  },
  {
    name: 'frame-image',
    what: 'new contentWindow.Image().src',
    code: `${frame('fim')} new f.contentWindow.Image().src = T + "/frame-image.gif";`,
    requests: 1,
  },
  {
    name: 'frame-xhr',
    what: 'new contentWindow.XMLHttpRequest()',
    code: `${frame('fx')} const x = new f.contentWindow.XMLHttpRequest(); x.open("POST", T + "/frame-xhr"); x.onerror = () => {}; x.send("x");`,
    requests: 1,
    retrigger: true,
  },
  {
    name: 'frame-write',
    what: 'contentDocument.write of a script (with the nonce) and innerHTML of an image in the frame',
    code: `${frame('fw')} const d = f.contentDocument; d.write('<script nonce="keks-e2e" src="' + T + '/frame-write.js?cookie=_ga"></scr' + 'ipt>'); d.close(); d.body.innerHTML += '<img alt="" src="' + T + '/frame-inner.gif">';`,
    requests: 2,
    runs: 1,
  },
  {
    name: 'frames-index-fetch',
    what: 'frame from insertAdjacentHTML, reached only as window.frames[0]: fetch',
    code: 'if (!window.length) document.body.insertAdjacentHTML("beforeend", \'<iframe title="x"></iframe>\'); window.frames[0].fetch(T + "/frames0", { method: "POST" }).catch(() => {});',
    requests: 1,
    retrigger: true,
  },
  {
    name: 'window-index-image',
    what: 'frame from appendChild, reached only as window[0]: new Image',
    code: 'document.body.appendChild(document.createElement("iframe")).title = "x"; new window[0].Image().src = T + "/window0.gif";',
    requests: 1,
  },
  {
    name: 'frames-index-src',
    what: 'frame with a same-origin src, reached only as window[0] before it loads: fetch',
    code: 'if (!window.length) { const f = document.createElement("iframe"); f.title = "x"; f.src = "/favicon.ico?frame"; document.body.appendChild(f); } window[0].fetch(T + "/frame-src", { method: "POST" }).catch(() => {});',
    requests: 1,
    retrigger: true,
  },
  {
    name: 'frames-index-inner-html',
    what: 'frame with a same-origin src from innerHTML, reached only as window[0] before it loads: new Image',
    code: 'document.querySelector("#slot").innerHTML = \'<iframe title="x" src="/favicon.ico?inner"></iframe>\'; new window[0].Image().src = T + "/frame-inner-src.gif";',
    requests: 1,
  },
  {
    name: 'frame-markup',
    what: 'parser-inserted <iframe src="about:blank"> used by the next script as window[0]',
    body: '<iframe title="x" src="about:blank"></iframe>',
    code: 'const d = window[0].document; const i = d.createElement("img"); i.alt = ""; i.src = T + "/frame-markup.gif"; d.body.append(i);',
    requests: 1,
  },
  {
    name: 'frame-nested',
    what: 'a frame inside an about:blank frame, reached as window[0][0]: sendBeacon',
    code: 'if (!window.length) { const f = document.createElement("iframe"); f.title = "x"; document.body.append(f); const g = window[0].document.createElement("iframe"); window[0].document.body.append(g); } window[0][0].navigator.sendBeacon(T + "/nested", "x");',
    requests: 1,
    retrigger: true,
  },
  // data: frames: another origin, held as a whole while their content reaches a held host.
  {
    name: 'data-iframe',
    what: 'iframe.src = data:text/html with a tracker image',
    code: `const f = document.createElement("iframe"); f.title = "x"; f.src = "data:text/html," + encodeURIComponent('<img alt="" src="' + T + '/data.gif">'); document.body.append(f);`,
    requests: 1,
  },
  {
    name: 'data-iframe-base64',
    what: 'setAttribute("src", data:text/html;base64) with a tracker image',
    code: `const f = document.createElement("iframe"); f.title = "x"; document.body.append(f); f.setAttribute("src", "data:text/html;base64," + btoa('<img alt="" src="' + T + '/data64.gif">'));`,
    requests: 1,
  },
  {
    name: 'data-iframe-markup',
    what: '<iframe src="data:…"> in the page markup, host spelled with a character reference',
    body: '<iframe title="x" src="data:text/html,%3Cimg%20alt%3D%22%22%20src%3D%22http://www.google-analytics%26%2346;test/data-markup.gif%22%3E"></iframe>',
    code: '',
    requests: 1,
  },
  {
    name: 'data-iframe-script',
    what: 'data: frame whose inline script fetches the tracker',
    code: `const f = document.createElement("iframe"); f.title = "x"; f.src = "data:text/html," + encodeURIComponent('<script nonce="keks-e2e">fetch("' + T + '/data-fetch", { method: "POST", mode: "no-cors" })</scr' + 'ipt>'); document.body.append(f);`,
    requests: 1,
  },
  // document.write while the document loads: the browser joins written chunks.
  {
    name: 'write-split-script',
    what: 'document.write("<scr") then document.write("ipt src=…></script>")',
    code: '',
    body: '<script nonce="keks-e2e">document.write("<scr"); document.write(\'ipt nonce="keks-e2e" src="http://www.google-analytics.test/split.js?cookie=_ga"></scr\' + "ipt>");</script>',
    requests: 1,
    runs: 1,
  },
  {
    name: 'write-split-attribute',
    what: 'document.write of an <img> split inside its src value, and writeln split between attributes',
    code: '',
    body: '<script nonce="keks-e2e">document.write(\'<img alt="a>b" src="http://www.google-\'); document.write(\'analytics.test/split.gif">\'); document.writeln(\'<img alt=""\'); document.writeln(\'src="http://www.google-analytics.test/splitln.gif">\');</script>',
    requests: 2,
  },
  {
    name: 'write-split-later-promise',
    what: 'document.write("<scr"), and the rest of the script tag from a later promise callback of the same script',
    code: '',
    body: '<script nonce="keks-e2e">document.write("<scr"); Promise.resolve().then(() => 0).then(() => document.write(\'ipt nonce="keks-e2e" src="http://www.google-analytics.test/split-late.js?cookie=_ga"></scr\' + "ipt>"));</script>',
    requests: 1,
    runs: 1,
  },
  {
    name: 'write-split-later-promise-host',
    what: 'an upper-case <IMG> written up to the middle of its host, the rest from a later promise callback',
    code: '',
    body: '<script nonce="keks-e2e">document.write(\'<IMG ALT=x SRC="http://www.google-\'); Promise.resolve().then(() => 0).then(() => 0).then(() => document.write(\'analytics.test/split-late.gif">\'));</script>',
    requests: 1,
  },
  {
    name: 'write-split-markup-ends',
    what: 'document.write of an <img> with a whole tracker src but no ">", which the markup after the script ends',
    code: '',
    body: '<script nonce="keks-e2e">document.write(\'<img alt="x" src="http://www.google-analytics.test/split-markup.gif"\');</script> data-x="1">',
    requests: 1,
  },
  // Parser-inserted SVG scripts: held before they run.
  {
    name: 'svg-script-markup',
    what: 'SVG <script href> in the page markup',
    code: '',
    body: '<svg aria-hidden="true"><script nonce="keks-e2e" href="http://www.google-analytics.test/svg-markup.js?cookie=_ga"></script></svg>',
    requests: 1,
    runs: 1,
  },
  {
    name: 'svg-xlink-script-markup',
    what: 'SVG <script xlink:href> in the page markup',
    code: '',
    body: '<svg aria-hidden="true" xmlns:xlink="http://www.w3.org/1999/xlink"><script nonce="keks-e2e" xlink:href="http://www.google-analytics.test/svg-xlink.js?cookie=_ga"></script></svg>',
    requests: 1,
    runs: 1,
  },
  // Hyperlink auditing.
  {
    name: 'a-ping-markup',
    what: '<a ping> in the page markup, clicked',
    body: '<a id="pl" href="#pinged" ping="http://www.google-analytics.test/ping">link</a>',
    code: 'document.getElementById("pl").click();',
    requests: 1,
    retrigger: true,
  },
  {
    name: 'a-ping-script',
    what: 'a.ping set by a script, clicked',
    code: 'let a = document.getElementById("ps"); if (!a) { a = document.createElement("a"); a.id = "ps"; a.href = "#p2"; a.textContent = "x"; a.ping = T + "/ping2"; document.body.append(a); } a.click();',
    requests: 1,
    retrigger: true,
  },
];
