// partnerbook preview: live reload, stylesheet swapping and the build-error overlay.
(function () {
  "use strict";
  var script = document.currentScript;
  var src = script && script.src ? script.src : location.origin + "/__partnerbook/live.js";
  var eventsUrl = src.replace(/live\.js(\?.*)?$/, "events");
  var instance = null;
  var delay = 500;
  var source = null;
  var host = null;

  function connect() {
    source = new EventSource(eventsUrl);
    source.addEventListener("open", function () { delay = 500; });
    source.addEventListener("hello", function (e) {
      var id = JSON.parse(e.data).instance;
      if (instance !== null && instance !== id) { location.reload(); return; }
      instance = id;
    });
    source.addEventListener("reload", function () { removeOverlay(); location.reload(); });
    source.addEventListener("css", swapStylesheets);
    source.addEventListener("errors", function (e) { showOverlay(JSON.parse(e.data)); });
    source.addEventListener("clear", removeOverlay);
    source.addEventListener("bye", retry);
    source.onerror = retry;
  }

  // The server went away (restart, Ctrl-C): try again, backing off to 5 s.
  function retry() {
    source.close();
    setTimeout(connect, delay);
    delay = Math.min(delay * 2, 5000);
  }

  function swapStylesheets() {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) { return; }
      url.searchParams.set("__partnerbook", String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      // Keep the old sheet until the new one has loaded, so nothing flashes.
      fresh.onload = fresh.onerror = function () { link.remove(); };
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = String(text); }
    if (style) { node.setAttribute("style", style); }
    return node;
  }

  function removeOverlay() {
    if (host) { host.remove(); host = null; }
  }

  function showOverlay(diags) {
    removeOverlay();
    host = document.createElement("partnerbook-overlay");
    var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
    var panel = el("div", undefined,
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,28,.82);" +
      "color:#f4f4f6;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:32px");
    panel.setAttribute("role", "alertdialog");
    panel.setAttribute("aria-label", "partnerbook build failed");
    var box = el("div", undefined,
      "max-width:960px;margin:0 auto;background:#1d1d27;border-left:6px solid #e5484d;" +
      "border-radius:6px;padding:20px 24px;box-shadow:0 8px 32px rgba(0,0,0,.5)");
    var count = diags.length === 1 ? "1 problem" : diags.length + " problems";
    box.appendChild(el("h2", "partnerbook: build failed (" + count + ")",
      "margin:0 0 4px;font-size:18px;color:#ff8d8f"));
    var noBuild = document.querySelector('meta[name="partnerbook-no-build"]');
    var below = noBuild
      ? "There is no good build yet: the site appears once the plan builds. Fix the plan and save; this clears itself."
      : "The page below is the last good build. Fix the plan and save; this clears itself.";
    box.appendChild(el("p", below, "margin:0 0 16px;color:#b4b4c0"));
    var list = el("ol", undefined, "margin:0;padding:0;list-style:none");
    diags.forEach(function (d) {
      var item = el("li", undefined, "margin:0 0 14px;padding:0 0 14px;border-bottom:1px solid #33333f");
      var head = el("div", undefined, "margin-bottom:2px");
      var colour = d.severity === "error" ? "#ff8d8f" : "#f5c26b";
      head.appendChild(el("strong", d.severity + " " + d.rule, "color:" + colour));
      if (d.file) {
        head.appendChild(el("span", "  " + d.file + ":" + d.line + ":" + d.column, "color:#8fb8ff"));
      }
      item.appendChild(head);
      item.appendChild(el("div", d.message, "white-space:pre-wrap"));
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = el("button", "Dismiss",
      "margin-top:4px;background:#33333f;color:#f4f4f6;border:0;border-radius:4px;padding:6px 12px;cursor:pointer");
    close.addEventListener("click", removeOverlay);
    box.appendChild(close);
    panel.appendChild(box);
    root.appendChild(panel);
    document.documentElement.appendChild(host);
  }

  connect();
})();
