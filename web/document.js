// A document page: focus the item named in the address (#claim/claim-12), or the one clicked.
//
// The text is cut into segments at every span boundary; each highlighted segment lists, in data-m, the
// marks (indexes into KG_MARKS) that cover it. Focusing an item marks the segments of its main spans
// (a claim's evidence, an event's triggers), whose text is exactly text[start:end] of each span.
(function () {
  "use strict";
  var marks = window.KG_MARKS || [];
  var segments = Array.prototype.slice.call(document.querySelectorAll("#text .hl"));
  var info = document.getElementById("item-info");

  function markList(segment) {
    return segment.getAttribute("data-m").split(" ").map(Number);
  }

  function mainMarks(anchor) {
    var found = [];
    var content = [];
    marks.forEach(function (mark, index) {
      if (mark.a === anchor) (mark.l === "content" ? content : found).push(index);
    });
    return found.length ? found : content;
  }

  function describe(mark, anchor) {
    var parts = [mark.l, mark.k, mark.t, mark.d].filter(Boolean);
    var html = "<p><b>" + escapeHtml(parts.join(" · ")) + "</b></p>";
    html += "<p class=\"note\">offsets " + mark.s + "–" + mark.e + " · <code>" + escapeHtml(anchor) + "</code></p>";
    info.innerHTML = html;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
    });
  }

  function focus(anchor) {
    segments.forEach(function (segment) { segment.classList.remove("focus"); });
    document.querySelectorAll("#items a.current").forEach(function (a) { a.classList.remove("current"); });
    var wanted = mainMarks(anchor);
    if (!wanted.length) return;
    var first = null;
    segments.forEach(function (segment) {
      var covering = markList(segment);
      if (wanted.some(function (index) { return covering.indexOf(index) >= 0; })) {
        segment.classList.add("focus");
        if (!first) first = segment;
      }
    });
    document.querySelectorAll("#items a[data-anchor]").forEach(function (a) {
      if (a.getAttribute("data-anchor") === anchor) a.classList.add("current");
    });
    describe(marks[wanted[0]], anchor);
    if (first) first.scrollIntoView({ block: "center" });
  }

  function fromAddress() {
    if (location.hash.length > 1) focus(decodeURIComponent(location.hash.slice(1)));
  }

  // A click on highlighted text focuses the narrowest item there.
  document.getElementById("text").addEventListener("click", function (event) {
    var segment = event.target.closest(".hl");
    if (!segment) return;
    var narrowest = markList(segment).sort(function (a, b) {
      return (marks[a].e - marks[a].s) - (marks[b].e - marks[b].s);
    })[0];
    var anchor = marks[narrowest].a;
    if (decodeURIComponent(location.hash.slice(1)) === anchor) focus(anchor);
    else location.hash = anchor;
  });

  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
