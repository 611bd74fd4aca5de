// Galley preview: reloads the page after each rebuild and shows content problems over the page.
(function () {
  "use strict";
  var overlay = null;
  function clear() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function show(problems) {
    clear();
    overlay = document.createElement("div");
    overlay.id = "galley-problems";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);"
      + "color:#fff;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem";
    var title = document.createElement("h2");
    title.textContent = "Galley cannot publish: fix these and save";
    title.style.cssText = "font:600 1.2rem system-ui,sans-serif;margin:0 0 1rem;color:#ffb4a8";
    overlay.appendChild(title);
    problems.forEach(function (p) {
      var line = document.createElement("div");
      line.className = "galley-problem";
      line.textContent = p.file + ":" + p.line + ":" + p.column + ": " + p.severity + ": " + p.message + " [" + p.code + "]";
      line.style.color = p.severity === "error" ? "#ffb4a8" : "#ffe08a";
      overlay.appendChild(line);
    });
    document.body.appendChild(overlay);
  }
  // The page it shows: a rebuild's first pages are served at once, and only their viewers reload then.
  var events = new EventSource("/__galley/events?page=" + encodeURIComponent(location.pathname));
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
  events.addEventListener("clear", clear);
})();
