/* Client-side search of the briefing: no server, works from file://.
   The index comes from search-index.js (window.SITREP_SEARCH), because fetch() of a local
   file is refused by browsers. Every word of the query must appear; title hits rank first. */
(function () {
  "use strict";
  var entries = window.SITREP_SEARCH || [];
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list || !status) { return; }

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[ıİ]/g, "i").replace(/[’‘]/g, "'").toLowerCase();
  }
  var folded = entries.map(function (e) {
    return { e: e, title: fold(e.title), text: fold(e.meta + " " + e.text) };
  });

  function snippet(text, term) {
    var plain = fold(text);
    var at = plain.indexOf(term);
    if (at < 0) { return text.slice(0, 160); }
    var start = Math.max(0, at - 70);
    return (start > 0 ? "…" : "") + text.slice(start, at + term.length + 90) + "…";
  }

  function run(query) {
    var terms = fold(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    list.textContent = "";
    if (terms.length === 0) { status.textContent = entries.length + " pages can be searched."; return; }
    var hits = [];
    folded.forEach(function (f) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inTitle = f.title.indexOf(terms[i]) >= 0;
        if (!inTitle && f.text.indexOf(terms[i]) < 0) { return; }
        score += inTitle ? 10 : 1;
      }
      hits.push({ f: f, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.f.e.title.localeCompare(b.f.e.title); });
    status.textContent = hits.length === 0 ? "Nothing found for “" + query + "”."
      : hits.length + (hits.length === 1 ? " result" : " results") + " for “" + query + "”.";
    hits.slice(0, 100).forEach(function (h) {
      var e = h.f.e;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.path;
      a.textContent = e.title;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e.kind;
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = e.meta;
      li.appendChild(kind);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      li.appendChild(meta);
      if (e.text) {
        var p = document.createElement("p");
        p.className = "summary";
        p.textContent = snippet(e.text, terms[0]);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  run(input.value);
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = input.value;
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, "", "?q=" + encodeURIComponent(q)); } catch (ignored) { /* file:// in some browsers */ }
    }
    run(q);
  });
  input.addEventListener("input", function () { run(input.value); });
})();
