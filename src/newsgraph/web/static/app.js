// newsgraph article page: a quote, hovered or clicked, lights up its speaker's mentions and its cue.
// No dependencies; every selector value goes through CSS.escape.
(function () {
  "use strict";
  // bar lengths are data, set through the CSSOM (the page's CSP allows no inline style)
  Array.prototype.forEach.call(document.querySelectorAll(".bar[data-width]"), function (bar) {
    bar.style.width = Math.max(1, Math.min(100, +bar.getAttribute("data-width") || 0)) * 0.08 + "rem";
  });
  var text = document.getElementById("article-text");
  if (!text) return;
  var root = document.body;
  var pinned = null;

  function all(selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function clear() {
    all(".hl, .hl-quote, .hl-cue, .hl-sm, .active").forEach(function (el) {
      el.classList.remove("hl", "hl-quote", "hl-cue", "hl-sm", "active");
    });
  }
  function speakerOf(quoteId) {
    var el = root.querySelector('.panel-quote[data-quote="' + CSS.escape(quoteId) + '"]') ||
             root.querySelector('[data-quote~="' + CSS.escape(quoteId) + '"]');
    return el ? (el.getAttribute("data-speaker") || "").split(" ")[0] : "";
  }
  function showQuote(quoteId) {
    clear();
    var q = CSS.escape(quoteId);
    all('mark.q[data-quote~="' + q + '"]').forEach(function (el) { el.classList.add("hl-quote"); });
    all('[data-cue-of~="' + q + '"]').forEach(function (el) { el.classList.add("hl-cue"); });
    all('[data-speaker-of="' + q + '"]').forEach(function (el) { el.classList.add("hl-sm"); });
    all('.panel-quote[data-quote="' + q + '"]').forEach(function (el) { el.classList.add("active"); });
    var speaker = speakerOf(quoteId);
    if (speaker) {
      var s = CSS.escape(speaker);
      all('#article-text .m[data-entity="' + s + '"]').forEach(function (el) { el.classList.add("hl"); });
      all('.speaker-group[data-entity="' + s + '"]').forEach(function (el) { el.classList.add("active"); });
    }
  }
  function showEntity(entityId) {
    clear();
    all('#article-text .m[data-entity="' + CSS.escape(entityId) + '"]').forEach(function (el) { el.classList.add("hl"); });
  }
  function quoteIdOf(el) {
    var holder = el.closest("[data-quote]");
    if (!holder) return null;
    // the innermost quote when quotes nest: the last id listed
    var ids = holder.getAttribute("data-quote").split(" ");
    return ids[ids.length - 1];
  }
  function restore() { if (pinned) showQuote(pinned); else clear(); }

  root.addEventListener("mouseover", function (event) {
    var quoteId = quoteIdOf(event.target);
    if (quoteId) { showQuote(quoteId); return; }
    var mention = event.target.closest("#article-text .m, .entity-list [data-entity]");
    if (mention) showEntity(mention.getAttribute("data-entity"));
  });
  root.addEventListener("mouseout", function (event) {
    if (event.target.closest("[data-quote], #article-text .m, .entity-list [data-entity]")) restore();
  });
  root.addEventListener("focusin", function (event) {
    var quoteId = quoteIdOf(event.target);
    if (quoteId) showQuote(quoteId);
  });
  root.addEventListener("click", function (event) {
    var quoteId = quoteIdOf(event.target);
    if (!quoteId) return;
    pinned = pinned === quoteId && !event.target.closest(".panel-quote") ? null : quoteId;
    root.classList.toggle("pinned", !!pinned);
    restore();
  });
  root.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { pinned = null; root.classList.remove("pinned"); clear(); }
    if ((event.key === "Enter" || event.key === " ") && event.target.matches("mark.q[tabindex]")) {
      event.preventDefault();
      event.target.click();
    }
  });
})();
