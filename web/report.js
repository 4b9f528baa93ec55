// The report's index page: timeline, actor network, tables, figures and map, from data/overview.js and
// the table chunks under data/ (scripts, because pages opened from file:// cannot fetch JSON).
(function () {
  "use strict";

  var KG = (window.KG = window.KG || {});
  var chunks = {};   // "claims/3" -> rows
  var loading = {};  // "claims/3" -> Promise
  var EMBED = { mode: "vega-lite", renderer: "svg", actions: { export: true, source: false, compiled: false, editor: false } };
  var RELATION_COLOURS = { accused: "#c0392b", denied: "#8e44ad", demanded: "#d68910", "talked-with": "#7f8c8d" };
  var KIND_COLOURS = { State: "#2e86c1", Person: "#e67e22", Organization: "#27ae60", ArmedGroup: "#a93226" };
  var KIND_LABELS = { State: "state", Person: "person", Organization: "organisation", ArmedGroup: "armed group" };
  var CLAIM_KINDS = ["assertion", "accusation", "denial", "appeal", "warning", "commitment", "evaluation"];

  KG.setOverview = function (overview) { KG.data = overview; };

  KG.chunk = function (name, number, rows) { chunks[name + "/" + number] = rows; };

  // The rows of one chunk file, loaded once.
  KG.load = function (name, number) {
    var key = name + "/" + number;
    if (chunks[key]) return Promise.resolve(chunks[key]);
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var element = document.createElement("script");
        element.src = "data/" + name + "/" + String(number).padStart(5, "0") + ".js";
        element.onload = function () { resolve(chunks[key]); };
        element.onerror = function () { reject(new Error("cannot load " + element.src)); };
        document.head.appendChild(element);
      });
    }
    return loading[key];
  };

  function escapeHtml(text) {
    return String(text === null || text === undefined ? "" : text).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
    });
  }

  function link(href, text) {
    return "<a class=\"open\" href=\"" + escapeHtml(href) + "\">" + escapeHtml(text) + "</a>";
  }

  function embed(element, spec) {
    return vegaEmbed(element, spec, EMBED).then(function (result) {
      result.view.addEventListener("click", function (event, item) {
        if (item && item.datum && item.datum.href) location.href = item.datum.href;
      });
      return result.view;
    });
  }

  // --- timeline -----------------------------------------------------------------------------------

  // A chart height that gives each row (event type, figure kind) room for its sources side by side.
  function bandHeight(items, rowField) {
    var rows = {}, sources = {};
    items.forEach(function (item) { rows[item[rowField]] = true; sources[item.source] = true; });
    var perRow = Math.min(60, Math.max(24, 7 * Object.keys(sources).length));
    return Object.keys(rows).length * perRow;
  }

  // Strong colours for up to ten sources, twenty paler ones beyond.
  function scheme(items) {
    var sources = {};
    items.forEach(function (item) { sources[item.source] = true; });
    return Object.keys(sources).length <= 10 ? "tableau10" : "tableau20";
  }

  // "2023-09-19" as a Vega-Lite date-time in UTC.
  function utcDate(day) {
    return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)), utc: true };
  }

  // The layer of lines for events dated to a month or a year; none when every event has one day (an empty
  // layer makes Vega warn of an infinite extent in the console).
  function spans(items) {
    if (!items.some(function (item) { return item.day !== item.last; })) return [];
    return [{ transform: [{ filter: "datum.day !== datum.last" }], mark: { type: "rule", strokeWidth: 3, opacity: 0.35, clip: true },
      encoding: { x2: { field: "last" } } }];
  }

  function timeline() {
    var data = KG.data.timeline;
    var note = document.getElementById("timeline-note");
    if (!data.items.length) {
      note.textContent = "No dated events (" + data.undated + " undated events are in the events table).";
      return Promise.resolve();
    }
    // Every axis names its year: a month's first day with its year (a two-month step never reaches January, where
    // the default labels would print it), else the first tick in full, other ticks as Vega writes them.
    var dateLabel = "utcFormat(datum.value, '%d %H:%M') === '01 00:00' ? utcFormat(datum.value, utcFormat(datum.value, '%m') === '01' ? '%Y' : '%b %Y')"
      + " : datum.index === 0 ? utcFormat(datum.value, '%-d %b %Y') : datum.label";
    var x = { field: "day", type: "temporal", title: null, scale: { type: "utc", padding: 12 }, axis: { labelAngle: 0, labelExpr: dateLabel } };
    var y = { field: "type", type: "nominal", title: null };
    var colour = { field: "source", type: "nominal", title: "source", scale: { scheme: scheme(data.items) }, legend: { symbolOpacity: 1 } };
    var zoom = [{ name: "zoom", select: { type: "interval", encodings: ["x"] }, bind: "scales" }];
    var detail;
    var hint = "";  // what to do with the mouse: left out in print (class "hint")
    if (data.mode === "points") {
      note.textContent = data.dated + " dated events, one mark each (coloured by source, shaped by modality; a line spans a month or year); "
        + data.undated + " undated events are in the events table.";
      hint = " Click a mark to read it in its document.";
      detail = {
        height: bandHeight(data.items, "type"), data: { values: data.items },
        encoding: { x: x, y: y, yOffset: { field: "source", type: "nominal" }, color: colour },
        layer: spans(data.items).concat([
          { mark: { type: "point", filled: true, size: 80, cursor: "pointer", opacity: 0.85, clip: true },
            encoding: {
              shape: { field: "modality", type: "nominal", title: "modality" },
              tooltip: [
                { field: "date", title: "date" }, { field: "type" }, { field: "modality" }, { field: "source" },
                { field: "agents" }, { field: "places" }, { field: "doc", title: "document" }, { field: "evidence" }
              ]
            },
            params: data.focus ? [] : zoom }
        ])
      };
    } else {
      note.textContent = data.dated + " dated events as counts per day, type and source (too many to draw one by one); "
        + data.undated + " undated events. The events table lists every event.";
      detail = {
        height: bandHeight(data.items, "type"), data: { values: data.items },
        mark: { type: "circle", opacity: 0.7, clip: true },
        encoding: {
          x: x, y: y, yOffset: { field: "source", type: "nominal" }, color: colour,
          size: { field: "count", type: "quantitative", title: "events" },
          tooltip: [{ field: "day", type: "temporal", format: "%Y-%m-%d" }, { field: "type" }, { field: "source" }, { field: "count" }]
        },
        params: data.focus ? [] : zoom
      };
    }
    var spec;
    if (!data.focus) {
      hint += " Drag to pan, scroll to zoom.";
      spec = Object.assign({ width: "container", autosize: { type: "fit-x", contains: "padding" } }, detail);
    } else {
      // A long timeline opens on its busiest stretch; the strip below shows the whole span: drag its grey window.
      var days = data.items.map(function (item) { return item.day; }).sort();
      note.textContent += " It opens on the busiest days; the strip below shows the whole span, " + days[0] + " to "
        + days[days.length - 1] + ".";
      hint += " Drag or resize its window to move the view.";
      var width = Math.max(300, document.getElementById("timeline-chart").clientWidth - 300);
      detail.width = width;
      detail.encoding = Object.assign({}, detail.encoding, { x: Object.assign({}, x, { scale: { type: "utc", domain: { param: "brush" } } }) });
      spec = {
        vconcat: [detail, {
          width: width, height: 36, data: { values: data.items },
          mark: { type: "tick", thickness: 2, opacity: 0.8 },
          encoding: { x: x, color: colour },
          params: [{ name: "brush", select: { type: "interval", encodings: ["x"] }, value: { x: data.focus.map(utcDate) } }]
        }]
      };
    }
    if (hint) {
      var shownHint = document.createElement("span");
      shownHint.className = "hint";
      shownHint.textContent = hint;
      note.appendChild(shownHint);
    }
    return embed(document.getElementById("timeline-chart"), spec);
  }

  // --- actor network ------------------------------------------------------------------------------

  function network() {
    var data = KG.data.network;
    var container = document.getElementById("network-graph");
    var maxWeight = Math.max.apply(null, [1].concat(data.edges.map(function (e) { return e.weight; })));
    var maxDocs = Math.max.apply(null, [1].concat(data.nodes.map(function (n) { return n.documents; })));
    var labels = {};
    var elements = data.nodes.map(function (node) {
      labels[node.id] = node.label;
      return {
        group: "nodes",
        data: { id: node.id, label: node.label, kind: node.kind, documents: node.documents,
                size: 16 + 30 * Math.sqrt(node.documents / maxDocs), colour: KIND_COLOURS[node.kind] || "#555" }
      };
    }).concat(data.edges.map(function (edge) {
      return {
        group: "edges",
        data: { id: edge.id, source: edge.source, target: edge.target, relation: edge.relation, weight: edge.weight,
                items: edge.items, more: edge.more, width: 1.5 + 6.5 * (edge.weight - 1) / Math.max(1, maxWeight - 1),
                colour: RELATION_COLOURS[edge.relation] || "#333", arrow: edge.directed ? "triangle" : "none" }
      };
    }));
    var cy = cytoscape({
      container: container, elements: elements,
      layout: { name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: true, padding: 30,
                boundingBox: { x1: 0, y1: 0, w: container.clientWidth || 900, h: container.clientHeight || 520 } },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 12, "min-zoomed-font-size": 6, "text-valign": "bottom", "text-margin-y": 3,
          width: "data(size)", height: "data(size)", "background-color": "data(colour)" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "data(arrow)", "curve-style": "bezier", opacity: 0.8 } },
        { selector: ":selected", style: { "overlay-opacity": 0.15, "overlay-color": "#000" } }
      ]
    });
    KG.cy = cy;
    // A big network is zoomed out to fit: draw labels, nodes and lines at their on-screen size all the same.
    var zoom = Math.min(1, cy.zoom());
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        node.style({ width: node.data("size") / zoom, height: node.data("size") / zoom, "font-size": 12 / zoom, "text-margin-y": 3 / zoom });
      });
      cy.edges().forEach(function (edge) { edge.style({ width: edge.data("width") / zoom, "arrow-scale": 1 / Math.sqrt(zoom) }); });
    });

    // What a node's colour says: the kind of each actor drawn.
    var kinds = {};
    data.nodes.forEach(function (node) { kinds[node.kind] = true; });
    document.getElementById("kind-legend").innerHTML = "Actors: " + Object.keys(kinds).sort().map(function (kind) {
      return "<span class=\"kind\" data-kind=\"" + escapeHtml(kind) + "\"><span class=\"dot\" style=\"background:"
        + (KIND_COLOURS[kind] || "#555") + "\"></span>" + escapeHtml(KIND_LABELS[kind] || kind) + "</span>";
    }).join(" ");

    var filters = document.getElementById("relation-filters");
    data.relations.forEach(function (relation) {
      var count = data.edges.filter(function (e) { return e.relation === relation; }).length;
      var label = document.createElement("label");
      label.innerHTML = "<input type=\"checkbox\" checked data-relation=\"" + relation + "\"> <span class=\"swatch\" style=\"background:"
        + RELATION_COLOURS[relation] + "\"></span>" + relation + " (" + count + ")";
      filters.appendChild(label);
    });
    document.getElementById("network-filters").addEventListener("input", applyFilters);
    document.getElementById("network-filters").addEventListener("change", applyFilters);
    applyFilters();

    function applyFilters() {
      var wanted = {};
      filters.querySelectorAll("input").forEach(function (box) { wanted[box.getAttribute("data-relation")] = box.checked; });
      var least = Number(document.getElementById("min-weight").value) || 1;
      var actor = document.getElementById("actor-filter").value.trim().toLowerCase();
      var shown = 0;
      cy.batch(function () {
        cy.edges().forEach(function (edge) {
          var names = (labels[edge.data("source")] + "\n" + labels[edge.data("target")]).toLowerCase();
          var visible = wanted[edge.data("relation")] && edge.data("weight") >= least && (!actor || names.indexOf(actor) >= 0);
          edge.style("display", visible ? "element" : "none");
          if (visible) shown += 1;
        });
        cy.nodes().forEach(function (node) {
          var linked = node.connectedEdges().some(function (edge) { return edge.style("display") === "element"; });
          node.style("display", linked ? "element" : "none");
        });
      });
      var note = shown + " of " + data.edges.length + " links shown";
      if (data.total > data.edges.length) note += " (the " + data.edges.length + " strongest of " + data.total + ")";
      document.getElementById("network-count").textContent = note;
    }

    var detail = document.getElementById("network-detail");
    cy.on("tap", "edge", function (event) {
      var edge = event.target.data();
      var html = "<p><b>" + escapeHtml(labels[edge.source]) + "</b> " + escapeHtml(edge.relation) + " <b>"
        + escapeHtml(labels[edge.target]) + "</b>: " + edge.weight + (edge.relation === "talked-with" ? " talks" : " claims") + "</p><ul>";
      edge.items.forEach(function (item) { html += "<li>" + link(item.href, item.doc) + "</li>"; });
      html += "</ul>" + (edge.more > 0 ? "<p class=\"note\">and " + edge.more + " more (see the claims table)</p>" : "");
      detail.innerHTML = html;
    });
    cy.on("tap", "node", function (event) {
      var node = event.target;
      var lines = node.connectedEdges().filter(function (e) { return e.style("display") === "element"; }).map(function (e) {
        return "<li>" + escapeHtml(labels[e.data("source")]) + " " + escapeHtml(e.data("relation")) + " "
          + escapeHtml(labels[e.data("target")]) + " (" + e.data("weight") + ")</li>";
      });
      detail.innerHTML = "<p><b>" + escapeHtml(node.data("label")) + "</b> · " + escapeHtml(node.data("kind")) + " · mentioned in "
        + node.data("documents") + " documents</p><ul>" + lines.join("") + "</ul>";
    });
  }

  // --- tables loaded chunk by chunk ---------------------------------------------------------------

  // A table over a chunked data set: choose a facet value (speaker, source, ...), filter, page through.
  function ChunkedTable(rootId, manifest, spec) {
    this.root = document.getElementById(rootId);
    this.manifest = manifest;
    this.spec = spec;
    this.state = { facet: "", choice: "", text: "", page: 0 };
    this.pageSize = 25;
    this.build();
    this.refresh();
  }

  ChunkedTable.prototype.build = function () {
    var self = this;
    var facets = this.manifest.facets;
    var html = "<form class=\"controls\" onsubmit=\"return false\">";
    if (facets.length > 1) {
      html += "<label>" + escapeHtml(this.spec.facetTitle) + " <select class=\"facet\"><option value=\"\">all (" + this.manifest.total + ")</option>";
      facets.forEach(function (facet) {
        html += "<option value=\"" + escapeHtml(facet[0]) + "\">" + escapeHtml(facet[0]) + " (" + facet[1] + ")</option>";
      });
      html += "</select></label>";
    }
    if (this.spec.choice) {
      html += "<label>" + escapeHtml(this.spec.choice.title) + " <select class=\"choice\"><option value=\"\">all</option>";
      this.spec.choice.values.forEach(function (value) { html += "<option>" + escapeHtml(value) + "</option>"; });
      html += "</select></label>";
    }
    html += "<label>search <input type=\"search\" class=\"text\" placeholder=\"words\"></label><span class=\"count\"></span></form>";
    html += "<div class=\"rows\"></div><div class=\"pager\"><button type=\"button\" class=\"prev\">‹ previous</button> "
      + "<span class=\"position\"></span> <button type=\"button\" class=\"next\">next ›</button>"
      + " <span class=\"filtered\"></span></div>";
    this.root.innerHTML = html;
    var onChange = function () {
      var facet = self.root.querySelector(".facet");
      var choice = self.root.querySelector(".choice");
      var state = { facet: facet ? facet.value : "", choice: choice ? choice.value : "",
                    text: self.root.querySelector(".text").value.trim().toLowerCase(), page: 0 };
      if (state.facet === self.state.facet && state.choice === self.state.choice && state.text === self.state.text) return;
      self.state = state;
      self.refresh();
    };
    // A select fires "change" (and in some browsers "input" too); a search box fires "input" on each key.
    this.root.querySelector("form").addEventListener("input", onChange);
    this.root.querySelector("form").addEventListener("change", onChange);
    this.root.querySelector(".prev").addEventListener("click", function () { self.state.page -= 1; self.refresh(); });
    this.root.querySelector(".next").addEventListener("click", function () { self.state.page += 1; self.refresh(); });
    this.root.querySelector(".rows").addEventListener("click", function (event) {
      var row = event.target.closest("tr[data-href]");
      if (row && !event.target.closest("a")) location.href = row.getAttribute("data-href");
    });
  };

  // Which chunks to read: a facet's own, every chunk of a small table, or one chunk per page of a big one.
  ChunkedTable.prototype.plan = function () {
    var m = this.manifest;
    var state = this.state;
    if (state.facet) {
      var facet = m.facets.filter(function (f) { return f[0] === state.facet; })[0];
      return { numbers: range(facet[2], facet[3]), whole: true };
    }
    if (m.total <= KG.data.limits.filter_rows) return { numbers: range(0, m.chunks - 1), whole: true };
    var first = state.page * this.pageSize;
    return { numbers: [Math.floor(first / m.chunk_rows)], whole: false, offset: first % m.chunk_rows };
  };

  ChunkedTable.prototype.refresh = function () {
    var self = this;
    var plan = this.plan();
    var searchBox = this.root.querySelector(".text");
    searchBox.disabled = !plan.whole;
    searchBox.title = plan.whole ? "" : "choose one " + this.spec.facetTitle + " to search a table this big";
    return Promise.all(plan.numbers.map(function (n) { return KG.load(self.manifest.name, n); })).then(function (loaded) {
      var rows = [].concat.apply([], loaded);
      var state = self.state;
      var total;
      if (plan.whole) {
        rows = rows.filter(function (row) {
          return (!state.facet || row.facet === state.facet)
            && (!state.choice || row[self.spec.choice.field] === state.choice)
            && (!state.text || searchText(row).indexOf(state.text) >= 0);
        });
        total = rows.length;
        state.page = Math.max(0, Math.min(state.page, Math.ceil(total / self.pageSize) - 1));
        rows = rows.slice(state.page * self.pageSize, (state.page + 1) * self.pageSize);
      } else {
        total = self.manifest.total;
        rows = rows.slice(plan.offset, plan.offset + self.pageSize);
      }
      self.render(rows, total);
    }).catch(function (error) { console.error(error); });
  };

  ChunkedTable.prototype.render = function (rows, total) {
    var spec = this.spec;
    var html = "<table><thead><tr>" + spec.columns.map(function (c) { return "<th>" + escapeHtml(c.title) + "</th>"; }).join("")
      + "</tr></thead><tbody>";
    rows.forEach(function (row) {
      html += "<tr data-href=\"" + escapeHtml(row.href || "") + "\" data-item=\"" + escapeHtml(row[spec.item] || "") + "\">"
        + spec.columns.map(function (c) { return "<td class=\"" + (c.css || "") + "\">" + c.cell(row) + "</td>"; }).join("") + "</tr>";
    });
    html += "</tbody></table>";
    if (!rows.length) html = "<p class=\"note\">No rows.</p>";
    this.root.querySelector(".rows").innerHTML = html;
    var first = this.state.page * this.pageSize;
    this.root.querySelector(".position").textContent = total ? (first + 1) + "–" + (first + rows.length) + " of " + total : "0 rows";
    this.root.querySelector(".prev").disabled = this.state.page === 0;
    this.root.querySelector(".next").disabled = first + rows.length >= total;
    this.root.querySelector(".count").textContent = total + " rows";
    // the filters in force, for paper, where the form is left out ("shown: source = Armenia")
    var shown = [];
    if (this.state.facet) shown.push(spec.facetTitle + " = " + this.state.facet);
    if (this.state.choice) shown.push(spec.choice.title + " = " + this.state.choice);
    if (this.state.text) shown.push("search “" + this.state.text + "”");
    this.root.querySelector(".filtered").textContent = shown.length ? "shown: " + shown.join("; ") : "";
  };

  // The words a row shows (not its links and IRIs), lower-cased once.
  function searchText(row) {
    if (row._search === undefined) {
      row._search = JSON.stringify(row, function (key, value) {
        return key === "href" || (typeof value === "string" && value.indexOf("https://") === 0) ? undefined : value;
      }).toLowerCase();
    }
    return row._search;
  }

  function range(first, last) {
    var numbers = [];
    for (var n = first; n <= last; n += 1) numbers.push(n);
    return numbers;
  }

  function text(field) { return function (row) { return escapeHtml(row[field]); }; }

  function evidence(row) {
    return "<span class=\"context\">" + escapeHtml(row.before) + "</span><mark class=\"sentence\">" + escapeHtml(row.evidence[0])
      + "<em>" + escapeHtml(row.evidence[1]) + "</em>" + escapeHtml(row.evidence[2]) + "</mark><span class=\"context\">"
      + escapeHtml(row.after) + "</span>";
  }

  function reportItem(item) {
    var value = item.value ? "<b>" + escapeHtml(item.value) + "</b> " + escapeHtml((item.qualifier || "").replace("_", " ")) + " · " : "";
    return value + escapeHtml(item.source || "unattributed") + "<br>“" + escapeHtml(item.text) + "”<br>" + link(item.href, item.doc);
  }

  function positionReports(row) {
    var items = row.reports.map(function (item) { return "<li>" + reportItem(item) + "</li>"; }).join("");
    return "<ul class=\"reports\">" + items + "</ul>" + (row.more ? "<i>and " + row.more + " more</i>" : "");
  }

  function tables() {
    var manifests = KG.data.tables;
    var docLink = function (row) { return link(row.href, row.doc); };
    new ChunkedTable("claims-table", manifests.claims, {
      facetTitle: "source", item: "claim", choice: { title: "kind", field: "kind", values: CLAIM_KINDS },
      columns: [
        { title: "source", cell: function (r) { return escapeHtml(r.speaker) + (r.literal && r.literal !== r.speaker ? " <i>(as " + escapeHtml(r.literal) + ")</i>" : ""); } },
        { title: "kind", cell: text("kind") }, { title: "cue", cell: text("cue") },
        { title: "evidence", cell: evidence, css: "evidence" }, { title: "document", cell: docLink }
      ]
    });
    new ChunkedTable("reports-table", manifests.reports, {
      facetTitle: "relation",
      columns: [
        { title: "what", cell: function (r) { return "<span class=\"badge badge-" + r.relation + "\">" + escapeHtml(r.relation) + "</span><br>"
          + escapeHtml(r.item_type) + " · " + escapeHtml(r.kind); } },
        { title: "event", cell: text("event") },
        { title: "statement", cell: function (r) { return "<b>" + escapeHtml(r.statement) + "</b>"; } },
        { title: "reports", cell: positionReports, css: "side" }
      ]
    });
    new ChunkedTable("figures-table", manifests.figures, {
      facetTitle: "source", item: "figure",
      columns: [
        { title: "source", cell: text("source") }, { title: "kind", cell: text("kind") },
        { title: "value", cell: function (r) { return "<b>" + r.value + "</b> " + escapeHtml(r.qualifier.replace("_", " ")); } },
        { title: "counted", cell: text("counted") }, { title: "event", cell: text("event_type") },
        { title: "text", cell: text("text") }, { title: "document", cell: docLink }
      ]
    });
    new ChunkedTable("events-table", manifests.events, {
      facetTitle: "type", item: "event",
      choice: { title: "modality", field: "modality", values: ["happened", "announced", "planned", "demanded", "denied"] },
      columns: [
        { title: "date", cell: text("date") }, { title: "type", cell: text("type") }, { title: "modality", cell: text("modality") },
        { title: "agents", cell: text("agents") }, { title: "places", cell: text("places") },
        { title: "evidence", cell: text("evidence"), css: "evidence" }, { title: "document", cell: docLink }
      ]
    });
    new ChunkedTable("documents-table", manifests.documents, {
      facetTitle: "source", item: "doc",
      columns: [
        { title: "document", cell: docLink }, { title: "title", cell: text("title") }, { title: "published", cell: text("published") },
        { title: "outlet", cell: text("outlet") }, { title: "events", cell: text("events") }, { title: "claims", cell: text("claims") },
        { title: "figures", cell: text("figures") }, { title: "duplicate of", cell: text("duplicate_of") }
      ]
    });
  }

  // --- figures by source --------------------------------------------------------------------------

  function figures() {
    var data = KG.data.figures;
    var note = document.getElementById("figures-note");
    if (!data.items.length) {
      note.textContent = "No figures.";
      return Promise.resolve();
    }
    var y = { field: "kind", type: "nominal", title: null };
    var x = { type: "quantitative", title: "value (log scale)", scale: { type: "symlog" },
              // Each tick in its own SI unit ("1", "10", "1k", "1M"): an axis format shares the largest tick's
              // prefix, which wrote 1 and 10 as "0k" or "0M".
              axis: { values: [0, 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000], labelExpr: "format(datum.value, '~s')" } };
    var colour = { field: "source", type: "nominal", scale: { scheme: scheme(data.items) } };
    var spec;
    if (data.mode === "points") {
      note.textContent = data.total + " figures, each coloured by the source it is attributed to.";
      var figureHint = document.createElement("span");
      figureHint.className = "hint";
      figureHint.textContent = " Click one to read it in its document.";
      note.appendChild(figureHint);
      spec = {
        width: "container", height: bandHeight(data.items, "kind"), autosize: { type: "fit-x", contains: "padding" },
        data: { values: data.items },
        mark: { type: "point", filled: true, size: 90, cursor: "pointer", opacity: 0.85 },
        encoding: {
          x: Object.assign({ field: "value" }, x), y: y, yOffset: { field: "source", type: "nominal" }, color: colour,
          shape: { field: "qualifier", type: "nominal" },
          tooltip: [{ field: "value" }, { field: "qualifier" }, { field: "kind" }, { field: "counted" }, { field: "source" }, { field: "text" }]
        }
      };
    } else {
      note.textContent = data.total + " figures as ranges (lowest to highest, tick at the median) per kind and source.";
      spec = {
        width: "container", height: bandHeight(data.items, "kind"), autosize: { type: "fit-x", contains: "padding" },
        data: { values: data.items },
        encoding: { y: y, yOffset: { field: "source", type: "nominal" }, color: colour },
        layer: [
          { mark: { type: "rule", strokeWidth: 3 }, encoding: { x: Object.assign({ field: "min" }, x), x2: { field: "max" } } },
          { mark: { type: "tick", thickness: 3 }, encoding: { x: Object.assign({ field: "median" }, x),
            tooltip: [{ field: "kind" }, { field: "source" }, { field: "min" }, { field: "median" }, { field: "max" }, { field: "count" }] } }
        ]
      };
    }
    return embed(document.getElementById("figures-chart"), spec);
  }

  // --- map ----------------------------------------------------------------------------------------

  function map() {
    var element = document.getElementById("map-chart");
    var places = KG.data.places;
    if (!element || !places.length || !KG.world) return Promise.resolve();
    var lons = places.map(function (p) { return p.long; });
    var lats = places.map(function (p) { return p.lat; });
    var west = Math.min.apply(null, lons), east = Math.max.apply(null, lons);
    var south = Math.min.apply(null, lats), north = Math.max.apply(null, lats);
    // Room for the circle-size legend right of the map, so that the chart stays inside its section.
    var width = Math.max(200, (element.clientWidth || 800) - 120), height = 440;
    var span = Math.max(east - west, (north - south) * 1.4, 3) * 1.5;
    var scale = Math.min(width, height) / (span * Math.PI / 180);
    var position = { longitude: { field: "long", type: "quantitative" }, latitude: { field: "lat", type: "quantitative" } };
    var spec = {
      width: width, height: height,
      projection: { type: "mercator", center: [(west + east) / 2, (south + north) / 2], scale: scale },
      layer: [
        { data: { values: KG.world, format: { type: "topojson", feature: "countries" } },
          mark: { type: "geoshape", fill: "#eeeeea", stroke: "#b5b5b0", strokeWidth: 0.7 } },
        { data: { values: places }, mark: { type: "circle", color: "#c0392b", opacity: 0.7 },
          encoding: Object.assign({ size: { field: "documents", type: "quantitative", title: "documents" },
            tooltip: [{ field: "label", title: "place" }, { field: "documents" }, { field: "events" }, { field: "lat" }, { field: "long" }] }, position) },
        { data: { values: places }, mark: { type: "text", dy: -11, fontSize: 11 },
          encoding: Object.assign({ text: { field: "label" } }, position) }
      ]
    };
    return embed(element, spec);
  }

  KG.start = function () {
    tables();
    network();
    KG.ready = Promise.all([timeline(), figures(), map()]).then(function () { document.body.setAttribute("data-ready", "true"); })
      .catch(function (error) { console.error(error); });
  };
})();
