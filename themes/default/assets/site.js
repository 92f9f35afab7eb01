/* partnerbook default theme: navigation drawer, client-side search, sortable tables,
   heading permalinks. No dependencies, no network: the search index is a local script
   (assets/search-index.js) so search also works from file://. */
(function () {
  "use strict";
  var body = document.body;
  var root = body.getAttribute("data-root") || "";
  /* the page's words in its language, from `data-t-*` attributes of <body> (base.html) */
  function text(key, fallback) {
    var t = body.getAttribute("data-t-" + key);
    return t === null ? fallback : t;
  }

  /* ---- navigation drawer (phones) ---- */
  var toggle = document.querySelector(".menu-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var open = body.classList.toggle("nav-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("click", function (e) {
      if (body.classList.contains("nav-open") && !e.target.closest(".sidebar") && !e.target.closest(".menu-toggle")) {
        body.classList.remove("nav-open");
        toggle.setAttribute("aria-expanded", "false");
      }
    });
  }
  var current = document.querySelector('.sidebar [aria-current="page"]');
  if (current && current.scrollIntoView) {
    var sb = document.querySelector(".sidebar");
    if (sb && current.offsetTop > sb.clientHeight - 80) { sb.scrollTop = current.offsetTop - sb.clientHeight / 3; }
  }

  /* ---- search ---- */
  var index = null;
  var loading = false;
  var waiting = [];

  function fold(s) {
    return (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function prepare(entries) {
    return entries.map(function (e) {
      return { e: e, t: fold(e.t), d: fold(e.d), x: fold(e.x) };
    });
  }

  function withIndex(fn) {
    if (index) { fn(); return; }
    waiting.push(fn);
    if (loading) { return; }
    if (window.PARTNERBOOK_SEARCH) {
      index = prepare(window.PARTNERBOOK_SEARCH);
      flush();
      return;
    }
    loading = true;
    var s = document.createElement("script");
    s.src = root + "assets/search-index.js";
    s.onload = function () {
      index = prepare(window.PARTNERBOOK_SEARCH || []);
      flush();
    };
    s.onerror = function () { loading = false; waiting = []; };
    document.head.appendChild(s);
  }

  function flush() {
    var fns = waiting;
    waiting = [];
    fns.forEach(function (f) { f(); });
  }

  var KIND_BOOST = { Partner: 4, Decision: 3, Competitor: 3, Handbook: 2, Page: 1 };

  function search(query, limit) {
    var q = fold(query).trim();
    if (!q || !index) { return []; }
    var tokens = q.split(/\s+/);
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var it = index[i];
      var score = 0;
      var ok = true;
      for (var k = 0; k < tokens.length; k++) {
        var tok = tokens[k];
        var inT = it.t.indexOf(tok);
        if (inT === 0) { score += 14; }
        else if (inT > 0) { score += it.t.charAt(inT - 1) === " " ? 10 : 6; }
        else if (it.d.indexOf(tok) >= 0) { score += 3; }
        else if (it.x.indexOf(tok) >= 0) { score += 1; }
        else { ok = false; break; }
      }
      if (!ok) { continue; }
      if (it.t === q) { score += 40; }
      else if (it.t.indexOf(q) === 0) { score += 20; }
      score += KIND_BOOST[it.e.k] || 0;
      hits.push({ s: score, i: i });
    }
    hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    return hits.slice(0, limit).map(function (h) { return index[h.i].e; });
  }

  /* a result as a link; `option` for the header's listbox (the search page lists plain links) */
  function resultLink(e, option) {
    var a = document.createElement("a");
    a.href = root + e.u;
    if (option) { a.setAttribute("role", "option"); }
    var kind = document.createElement("span");
    kind.className = "sr-kind";
    kind.textContent = e.k;
    var title = document.createElement("span");
    title.className = "sr-title";
    title.textContent = e.t;
    var desc = document.createElement("span");
    desc.className = "sr-desc";
    desc.textContent = e.d;
    a.appendChild(kind);
    a.appendChild(title);
    a.appendChild(desc);
    return a;
  }

  var input = document.getElementById("search-input");
  var box = document.getElementById("search-results");
  var selected = -1;

  function links() { return box ? box.querySelectorAll("a") : []; }

  function select(n) {
    var ls = links();
    if (!ls.length) { selected = -1; return; }
    selected = (n + ls.length) % ls.length;
    for (var i = 0; i < ls.length; i++) { ls[i].setAttribute("aria-selected", i === selected ? "true" : "false"); }
    if (ls[selected].scrollIntoView) { ls[selected].scrollIntoView({ block: "nearest" }); }
  }

  function render() {
    var q = input.value;
    box.textContent = "";
    selected = -1;
    if (!q.trim()) { box.hidden = true; return; }
    var results = search(q, 10);
    if (!results.length) {
      var empty = document.createElement("div");
      empty.className = "sr-empty";
      empty.setAttribute("role", "option");
      empty.setAttribute("aria-disabled", "true");
      empty.textContent = index ? text("no-results-for", "No results for \u201c%q\u201d").replace("%q", q) : text("loading", "Loading\u2026");
      box.appendChild(empty);
    } else {
      results.forEach(function (e) { box.appendChild(resultLink(e, true)); });
      var all = document.createElement("a");
      all.href = root + "search.html?q=" + encodeURIComponent(q);
      all.className = "sr-all";
      all.setAttribute("role", "option");
      all.innerHTML = '<span class="sr-kind"></span><span class="sr-title"></span>';
      all.querySelector(".sr-title").textContent = text("all-results", "All results \u2192");
      box.appendChild(all);
      select(0);
    }
    box.hidden = false;
  }

  if (input && box) {
    input.addEventListener("focus", function () { withIndex(function () { if (input.value) { render(); } }); });
    input.addEventListener("input", function () { withIndex(render); if (!index) { render(); } });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); select(selected + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(selected - 1); }
      else if (e.key === "Enter") {
        var ls = links();
        e.preventDefault();
        if (selected >= 0 && ls[selected]) { window.location.href = ls[selected].href; }
        else if (input.value.trim()) { window.location.href = root + "search.html?q=" + encodeURIComponent(input.value); }
      } else if (e.key === "Escape") { box.hidden = true; input.blur(); }
    });
    document.addEventListener("click", function (e) {
      if (!e.target.closest(".search")) { box.hidden = true; }
    });
    document.addEventListener("keydown", function (e) {
      var tag = (document.activeElement && document.activeElement.tagName) || "";
      if (e.key === "/" && tag !== "INPUT" && tag !== "TEXTAREA") { e.preventDefault(); input.focus(); }
    });
  }

  /* the search page: all results for ?q= */
  var pageInput = document.getElementById("search-page-input");
  var pageList = document.getElementById("search-page-results");
  if (pageInput && pageList) {
    var params = new URLSearchParams(window.location.search);
    pageInput.value = params.get("q") || "";
    var renderPage = function () {
      pageList.textContent = "";
      var results = search(pageInput.value, 100);
      if (!results.length && pageInput.value.trim()) {
        var li = document.createElement("li");
        li.className = "empty";
        li.textContent = text("no-results", "No results.");
        pageList.appendChild(li);
      }
      results.forEach(function (e) {
        var li = document.createElement("li");
        li.appendChild(resultLink(e));
        pageList.appendChild(li);
      });
    };
    withIndex(renderPage);
    pageInput.addEventListener("input", function () { withIndex(renderPage); });
    pageInput.form.addEventListener("submit", function (e) { e.preventDefault(); withIndex(renderPage); });
    pageInput.focus();
  }

  /* ---- sortable tables ---- */
  function cellValue(td, numeric) {
    var raw = td.getAttribute("data-sort");
    if (raw === null) { raw = td.textContent.trim(); }
    if (!numeric) { return raw.toLowerCase(); }
    var n = parseFloat(raw.replace(/[^0-9.\-]/g, ""));
    return isNaN(n) ? -Infinity : n;
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, col) {
      th.setAttribute("tabindex", "0");
      var sort = function () {
        var numeric = th.getAttribute("data-type") === "num";
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        var keyed = rows.map(function (r, i) { return { r: r, i: i, v: cellValue(r.cells[col], numeric) }; });
        keyed.sort(function (a, b) {
          var c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
          return (asc ? c : -c) || a.i - b.i;
        });
        var frag = document.createDocumentFragment();
        keyed.forEach(function (k) { frag.appendChild(k.r); });
        tbody.appendChild(frag);
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
  });

  /* ---- tables wider than their box ---- */
  /* A table that scrolls sideways inside its box gets a tab stop (and its box a region
     role and a name), so that a keyboard can scroll it too; one that fits gets neither.
     A handbook table scrolls itself and keeps its table role. */
  function scrollerName(el) {
    var section = el.closest("section, .card");
    var h = section && section.querySelector("h2, h3");
    return (h ? h.textContent.trim() + ": " : "") + text("scrolls", "table, scrolls sideways");
  }
  function markScrollers() {
    Array.prototype.forEach.call(document.querySelectorAll(".table-wrap, .prose table"), function (el) {
      var box = el.tagName !== "TABLE";
      if (el.scrollWidth > el.clientWidth + 1) {
        el.setAttribute("tabindex", "0");
        if (box) {
          el.setAttribute("role", "region");
          el.setAttribute("aria-label", scrollerName(el));
        }
      } else if (el.hasAttribute("tabindex")) {
        el.removeAttribute("tabindex");
        if (box) {
          el.removeAttribute("role");
          el.removeAttribute("aria-label");
        }
      }
    });
  }
  markScrollers();
  window.addEventListener("resize", markScrollers);

  /* ---- heading permalinks ---- */
  Array.prototype.forEach.call(document.querySelectorAll(".prose h2[id], .prose h3[id]"), function (h) {
    var a = document.createElement("a");
    a.className = "anchor";
    a.href = "#" + h.id;
    a.setAttribute("aria-label", text("anchor", "Link to this section"));
    a.textContent = "#";
    h.appendChild(a);
  });
})();
