// Exercises live.js against a minimal fake DOM and EventSource (run by serve::tests).
const fs = require('fs');
const code = fs.readFileSync(process.argv[2], 'utf8');
let reloads = 0, timers = [], sources = [];
class Node_ {
  constructor(tag) { this.tagName = tag; this.children = []; this.attrs = {}; this.parentNode = null; this._text = ''; this.listeners = {}; }
  set textContent(t) { this._text = t; this.children = []; }
  get textContent() { return this._text + this.children.map(c => c.textContent).join(''); }
  set innerHTML(v) { throw new Error('innerHTML used'); }
  setAttribute(k, v) { this.attrs[k] = v; }
  appendChild(c) { c.parentNode = this; this.children.push(c); return c; }
  insertBefore(c, ref) { c.parentNode = this; const i = ref ? this.children.indexOf(ref) : -1; if (i < 0) this.children.push(c); else this.children.splice(i, 0, c); return c; }
  remove() { if (this.parentNode) { const p = this.parentNode; p.children = p.children.filter(x => x !== this); this.parentNode = null; } }
  get nextSibling() { const p = this.parentNode; if (!p) return null; return p.children[p.children.indexOf(this) + 1] || null; }
  attachShadow() { this.shadow = new Node_('#shadow'); return this.shadow; }
  addEventListener(n, f) { this.listeners[n] = f; }
  cloneNode() { const n = new Node_(this.tagName); n.attrs = { ...this.attrs }; n.href = this.href; return n; }
}
const html = new Node_('html'); const head = new Node_('head'); html.appendChild(head);
const link = new Node_('link'); link.href = 'http://127.0.0.1:4100/style.css?v=1'; head.appendChild(link);
const foreign = new Node_('link'); foreign.href = 'https://fonts.example/x.css'; head.appendChild(foreign);
global.document = {
  currentScript: { src: 'http://127.0.0.1:4100/sub/__partnerbook/live.js' },
  documentElement: html,
  createElement: t => new Node_(t),
  querySelectorAll: sel => head.children.filter(c => c.tagName === 'link'),
  querySelector: sel => (global.__noBuild && sel.includes('partnerbook-no-build') ? {} : null),
};
global.location = { origin: 'http://127.0.0.1:4100', href: 'http://127.0.0.1:4100/sub/', reload: () => { reloads++; } };
global.setTimeout = (f, ms) => { timers.push(ms); f.__ms = ms; global.__pending = f; };
global.EventSource = class { constructor(url) { this.url = url; this.l = {}; this.closed = false; sources.push(this); } addEventListener(n, f) { this.l[n] = f; } close() { this.closed = true; } fire(n, data) { (n === 'error' ? this.onerror : this.l[n])({ data }); } };
eval(code);
const assert = require('assert');
let es = sources[0];
assert.strictEqual(es.url, 'http://127.0.0.1:4100/sub/__partnerbook/events');
es.fire('hello', '{"instance":"a"}');
es.fire('errors', JSON.stringify([{ rule: 'partner.score', severity: 'error', file: 'partners/acme.md', line: 4, column: 3, message: '<img src=x onerror=alert(1)>' }]));
let overlay = html.children.find(c => c.tagName === 'partnerbook-overlay');
assert(overlay, 'overlay shown');
const text = overlay.shadow.textContent;
assert(text.includes('partner.score') && text.includes('partners/acme.md:4:3') && text.includes('<img src=x onerror=alert(1)>'), text);
assert(text.includes('The page below is the last good build'), text);
global.__noBuild = true;
es.fire('errors', '[]');
overlay = html.children.find(c => c.tagName === 'partnerbook-overlay');
const waiting = overlay.shadow.textContent;
assert(waiting.includes('There is no good build yet') && !waiting.includes('last good build'), waiting);
global.__noBuild = false;
es.fire('clear', '{}');
assert(!html.children.find(c => c.tagName === 'partnerbook-overlay'), 'overlay removed on clear');
es.fire('css', '{}');
const links = head.children.filter(c => c.tagName === 'link');
assert.strictEqual(links.length, 3, 'new stylesheet inserted next to the old one');
const fresh = links.find(l => l !== link && l !== foreign);
assert(/style\.css\?v=1&__partnerbook=\d+/.test(fresh.href), fresh.href);
fresh.onload(); assert(!head.children.includes(link), 'old sheet removed after load');
assert(head.children.includes(foreign), 'foreign sheet untouched');
es.fire('errors', '[]'); es.fire('reload', '{}');
assert.strictEqual(reloads, 1); assert(!html.children.find(c => c.tagName === 'partnerbook-overlay'));
// server goes away: backoff 500, 1000, 2000, 4000, 5000
for (let i = 0; i < 5; i++) { const s = sources[sources.length - 1]; s.fire('error'); assert(s.closed); global.__pending(); }
assert.deepStrictEqual(timers, [500, 1000, 2000, 4000, 5000]);
es = sources[sources.length - 1];
es.fire('hello', '{"instance":"a"}'); assert.strictEqual(reloads, 1, 'same instance: no reload');
es.fire('bye', '{}'); global.__pending();
es = sources[sources.length - 1];
es.fire('hello', '{"instance":"b"}'); assert.strictEqual(reloads, 2, 'new server instance: reload');
console.log('live.js OK');
