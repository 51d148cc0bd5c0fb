/* footprint report: filters, search and keyboard navigation over server-rendered cards.
   Allowed by the page's CSP only through this file's SHA-256; it reads the page, never the network. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("cards");
  if (!form || !list) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll("article.card"));
  var status = document.getElementById("shown");
  var search = form.elements.q;
  var texts = null;
  var timer = 0;
  var current = -1;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function apply() {
    var category = form.elements.category.value;
    var risk = form.elements.risk.value;
    var certainty = form.elements.certainty.value;
    var platform = form.elements.platform.value;
    var year = form.elements.year.value;
    var words = fold(search.value).split(/\s+/).filter(Boolean);
    if (words.length && texts === null) {
      texts = cards.map(function (c) { return fold(c.textContent); });
    }
    var shown = 0;
    for (var i = 0; i < cards.length; i++) {
      var d = cards[i].dataset;
      var ok = (!category || (" " + d.categories + " ").indexOf(" " + category + " ") >= 0) &&
        (!risk || d.risk === risk) && (!certainty || d.certainty === certainty) && (!platform || d.platform === platform) && (!year || d.year === year);
      for (var w = 0; ok && w < words.length; w++) { ok = texts[i].indexOf(words[w]) >= 0; }
      if (cards[i].hidden === ok) { cards[i].hidden = !ok; }
      if (ok) { shown++; }
    }
    status.textContent = status.getAttribute("data-template")
      .replace("{shown}", String(shown)).replace("{total}", String(cards.length));
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  }

  function step(by) {
    var i = current;
    do { i += by; } while (i >= 0 && i < cards.length && cards[i].hidden);
    if (i < 0 || i >= cards.length) { return; }
    current = i;
    cards[i].focus();
    cards[i].scrollIntoView({ block: "start" });
  }

  list.addEventListener("focusin", function (e) {
    var card = e.target.closest ? e.target.closest("article.card") : null;
    if (card) { current = cards.indexOf(card); }
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  search.addEventListener("input", later);
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") {
      if (e.key === "Escape" && e.target === search) { e.preventDefault(); search.blur(); }  // leave the search, keep its words
      return;
    }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); step(1); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); step(-1); }
    else if (e.key === "/") { e.preventDefault(); search.focus(); search.select(); }
  });
  form.hidden = false;
  apply();
}());
