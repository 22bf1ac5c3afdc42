"use strict";
// The vis Network, global on purpose: tests and users' scripts inspect it.
var network;
// Page figures and a small API (search, select, type filter) for scripts and benchmarks.
var kg = { timings: {} };

(function () {
  // All text from papers reaches the DOM through textContent or vis's innerText tooltips; never innerHTML.
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  kg.timings.parsed = performance.now();

  var details = data.details;
  var hiddenTypes = new Set();
  var relationColour = {};
  var outgoing = {};
  var incoming = {};
  var byType = {};

  function clip(text, limit) {
    text = String(text).split(/\s+/).filter(Boolean).join(" ");
    return text.length <= limit ? text : text.slice(0, limit - 1).trimEnd() + "\u2026";
  }

  data.relations.forEach(function (relation) { relationColour[relation.name] = relation.colour; });
  // Each link is a row [from, to, relation, papers] of indexes into data.nodes and data.relations;
  // its index is its vis edge id. The vis edge is made here: a vis object each made the page ten times bigger.
  var arrow = { to: { enabled: true, scaleFactor: 0.6 } };
  var noArrow = { to: { enabled: false, scaleFactor: 0.6 } };
  var edgeList = data.links.map(function (row, i) {
    var from = data.nodes[row[0]].id;
    var to = data.nodes[row[1]].id;
    var relation = data.relations[row[2]];
    var link = { id: i, from: from, to: to, relation: relation.name };
    (outgoing[from] = outgoing[from] || []).push(link);
    (incoming[to] = incoming[to] || []).push(link);
    return {
      id: i, from: from, to: to, relation: relation.name,
      color: relation.colour, dashes: relation.dashes, width: relation.width,
      // Arrowheads cost most of a frame; a paper's links need none (papers are the squares).
      arrows: details[from].type === "Paper" ? noArrow : arrow,
      title: clip(details[from].label, 80) + " \u2014" + relation.name + "\u2192 " + clip(details[to].label, 80) +
        "\n" + row[3] + " paper" + (row[3] === 1 ? "" : "s"),
    };
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(edgeList);
  data.nodes.forEach(function (node) {
    (byType[node.group] = byType[node.group] || []).push(node.id);
  });

  function el(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = String(text);
    if (className) element.className = className;
    return element;
  }

  // A link only for http(s) addresses; anything else (javascript:, data:) stays plain text.
  function externalLink(url, text) {
    if (!/^https?:\/\//i.test(url)) return el("span", text || url);
    var a = el("a", text || url);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function nodeButton(id, text) {
    if (!details[id] || !details[id].shown) return el("span", text, "not-drawn");
    var button = el("button", text, "node-link");
    button.type = "button";
    button.addEventListener("click", function () { select(id); });
    return button;
  }

  function typeSymbol(type) {
    var style = data.types.find(function (t) { return t.name === type; });
    var span = el("span", style ? style.symbol : "\u25cf", "symbol");
    if (style) span.style.color = style.colour;
    return span;
  }

  function paperLine(index) {
    var paper = data.papers[index];
    var line = el("span", null, "paper");
    line.appendChild(nodeButton(paper.id, paper.title));
    if (paper.url) {
      line.appendChild(document.createTextNode(" "));
      line.appendChild(externalLink(paper.url, "page"));
    }
    paper.code.forEach(function (url) {
      line.appendChild(document.createTextNode(" "));
      line.appendChild(externalLink(url, "code"));
    });
    return line;
  }

  // ---- network ----
  var container = document.getElementById("mynetwork");
  network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  network.once("afterDrawing", function () {
    kg.timings.drawn = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  network.on("click", function (params) {
    if (params.nodes.length) select(params.nodes[0]);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  });

  // ---- neighbourhood highlight ----
  // Drawn over vis's frame instead of restyling every other node and edge through the DataSets:
  // a veil over the whole canvas, then the neighbourhood drawn again on top. A click costs one
  // redraw whatever the size of the graph.
  var focus = null;
  network.on("afterDrawing", function (ctx) {
    if (!focus) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    var shown = [];
    focus.edges.forEach(function (id) {
      var edge = network.body.edges[id];
      if (edge && edge.connected && !edge.from.options.hidden && !edge.to.options.hidden) shown.push(edge);
    });
    shown.forEach(function (edge) { edge.draw(ctx); });
    shown.forEach(function (edge) { edge.drawArrows(ctx); });
    var labels = [];
    focus.nodes.forEach(function (id) {
      var node = network.body.nodes[id];
      if (!node || node.options.hidden) return;
      var drawn = node.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
  });

  function highlight(keepNodes, keepEdges) {
    focus = keepNodes ? { nodes: Array.from(keepNodes), edges: Array.from(keepEdges) } : null;
    kg.focus = focus;
    network.body.emitter.emit("_requestRedraw");  // coalesced with the redraw a selection or focus asks for
  }

  function neighbourhood(id) {
    var keepNodes = new Set(network.getConnectedNodes(id));
    keepNodes.add(id);
    return { nodes: keepNodes, edges: new Set(network.getConnectedEdges(id)) };
  }

  function clearSelection() {
    network.unselectAll();
    highlight(null, null);
    document.getElementById("details").hidden = true;
  }

  function showType(type, visible) {
    if (visible) hiddenTypes.delete(type); else hiddenTypes.add(type);
    var box = document.querySelector('#type-filters input[data-type="' + CSS.escape(type) + '"]');
    if (box) box.checked = visible;
    nodes.update((byType[type] || []).map(function (id) { return { id: id, hidden: !visible }; }));
  }

  // The details panel takes its width from the graph area: the canvas is sized to the area it is
  // left before a view is centred, or vis would resize it later and leave the node off centre.
  function fitCanvas() {
    network.setSize("100%", "100%");
  }

  function select(id) {
    if (!details[id] || !details[id].shown) return false;
    if (hiddenTypes.has(details[id].type)) showType(details[id].type, true);
    var near = neighbourhood(id);
    highlight(near.nodes, near.edges);
    network.selectNodes([id]);
    showDetails(id);
    fitCanvas();
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: false });
    return true;
  }

  function selectPair(model, dataset) {
    var near = neighbourhood(model);
    if (!details[model].shown || !details[dataset].shown) {
      select(details[model].shown ? model : dataset);
      return;
    }
    var pairEdges = new Set((outgoing[model] || []).filter(function (e) { return e.to === dataset; }).map(function (e) { return e.id; }));
    highlight(new Set([model, dataset]), pairEdges.size ? pairEdges : near.edges);
    network.selectNodes([model, dataset]);
    showDetails(model);
    fitCanvas();
    network.fit({ nodes: [model, dataset], animation: false });
    if (network.getScale() > 1.2) network.moveTo({ scale: 1.2, animation: false });
  }

  // ---- side panel ----
  function section(body, heading) {
    body.appendChild(el("h3", heading));
  }

  function evidenceList(edgeId) {
    var list = el("ul", null, "evidence");
    (data.evidence[edgeId] || []).forEach(function (item) {
      var li = el("li");
      li.appendChild(el("q", data.sentences[item[1]]));
      var meta = el("div", null, "meta");
      meta.appendChild(paperLine(item[0]));
      meta.appendChild(el("span", " \u00b7 rule " + item[2] + " \u00b7 confidence " + item[3], "rule"));
      li.appendChild(meta);
      list.appendChild(li);
    });
    var total = (data.evidenceTotal || {})[edgeId];
    if (total) {
      var note = el("li", (data.evidence[edgeId] || []).length + " of " + total + " sentences; all are in graph.ttl", "evidence-cut");
      list.appendChild(note);
    }
    return list;
  }

  function edgeBlock(edge, fromHere) {
    var block = el("div", null, "link");
    var head = el("div", null, "link-head");
    var other = fromHere ? edge.to : edge.from;
    var sample = el("span", null, "line-sample");
    sample.style.borderTopColor = relationColour[edge.relation];
    head.appendChild(sample);
    head.appendChild(el("span", fromHere ? edge.relation + " \u2192 " : "\u2190 " + edge.relation + " \u00b7 ", "relation"));
    head.appendChild(typeSymbol(details[other].type));
    head.appendChild(nodeButton(other, details[other].label));
    block.appendChild(head);
    block.appendChild(evidenceList(edge.id));
    return block;
  }

  function showDetails(id) {
    var info = details[id];
    var body = document.getElementById("details-body");
    body.replaceChildren();
    var title = el("h2");
    title.appendChild(typeSymbol(info.type));
    title.appendChild(document.createTextNode(" " + info.label));
    body.appendChild(title);
    var facts = el("dl");
    function fact(name, value) {
      facts.appendChild(el("dt", name));
      var dd = el("dd");
      if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
      facts.appendChild(dd);
    }
    fact("Type", info.type);
    fact("Id", id);
    if (info.notation) fact("Notation", info.notation);
    if (info.date) fact("Date", info.date);
    if (info.authors && info.authors.length) fact("Authors", info.authors.join(", "));
    if (info.type === "Paper") {
      var paper = data.papers.find(function (p) { return p.id === id; });
      if (paper && paper.url) fact("Page", externalLink(paper.url));
      if (paper && paper.code.length) {
        var codes = el("span");
        paper.code.forEach(function (url, i) {
          if (i) codes.appendChild(document.createTextNode(" "));
          codes.appendChild(externalLink(url));
        });
        fact("Code", codes);
      }
    }
    body.appendChild(facts);
    if (info.aliases.length) {
      section(body, "Also called");
      var aliases = el("ul", null, "aliases");
      info.aliases.forEach(function (alias) { aliases.appendChild(el("li", alias)); });
      body.appendChild(aliases);
    }
    if (info.codes.length) {
      section(body, "External codes");
      var codeList = el("ul", null, "codes");
      info.codes.forEach(function (code) {
        var li = el("li");
        li.appendChild(externalLink(code));
        codeList.appendChild(li);
      });
      body.appendChild(codeList);
    }
    var out = outgoing[id] || [];
    var inc = incoming[id] || [];
    if (info.type !== "Paper") {
      var papers = new Set();
      out.concat(inc).forEach(function (edge) {
        (data.evidence[edge.id] || []).forEach(function (item) { papers.add(item[0]); });
      });
      section(body, "Papers (" + papers.size + ")");
      var paperList = el("ul", null, "papers");
      Array.from(papers).sort(function (a, b) { return a - b; }).forEach(function (index) {
        var li = el("li");
        li.appendChild(paperLine(index));
        paperList.appendChild(li);
      });
      body.appendChild(paperList);
    }
    section(body, "Links and evidence (" + (out.length + inc.length) + ")");
    if (info.hiddenLinks) {
      // A reduced view explains links among drawn nodes only; the rest are counted.
      var hidden = Object.keys(info.hiddenLinks).map(function (relation) { return info.hiddenLinks[relation] + " " + relation; });
      body.appendChild(el("p", "Not drawn, so not listed here: " + hidden.join(", ") + " link(s) left out of this view; all are in graph.ttl.", "hidden-links"));
    }
    out.forEach(function (edge) { body.appendChild(edgeBlock(edge, true)); });
    inc.forEach(function (edge) { body.appendChild(edgeBlock(edge, false)); });
    var panel = document.getElementById("details");
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function selectEdge(edgeId) {
    var edge = edges.get(edgeId);
    network.selectEdges([edgeId]);
    highlight(new Set([edge.from, edge.to]), new Set([edgeId]));
    var body = document.getElementById("details-body");
    body.replaceChildren();
    var title = el("h2");
    title.appendChild(nodeButton(edge.from, details[edge.from].label));
    title.appendChild(el("span", " " + edge.relation + " ", "relation"));
    title.appendChild(nodeButton(edge.to, details[edge.to].label));
    body.appendChild(title);
    section(body, "Evidence");
    body.appendChild(evidenceList(edgeId));
    document.getElementById("details").hidden = false;
  }

  document.getElementById("details-close").addEventListener("click", clearSelection);

  // ---- legend and type filters ----
  var typeList = document.getElementById("type-filters");
  data.types.forEach(function (type) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-type", type.name);
    box.addEventListener("change", function () { showType(type.name, box.checked); });
    label.appendChild(box);
    label.appendChild(typeSymbol(type.name));
    label.appendChild(el("span", " " + type.title + " ", "name"));
    label.appendChild(el("span", type.count, "count"));
    li.appendChild(label);
    typeList.appendChild(li);
  });
  var relationList = document.getElementById("relation-legend");
  data.relations.forEach(function (relation) {
    var li = el("li");
    var sample = el("span", null, "line-sample");
    sample.style.borderTopColor = relation.colour;
    sample.style.borderTopStyle = relation.line;
    li.appendChild(sample);
    li.appendChild(el("span", " " + relation.name + " ", "name"));
    li.appendChild(el("span", relation.count, "count"));
    relationList.appendChild(li);
  });

  // ---- search ----
  var index = data.nodes.map(function (node) {
    var info = details[node.id];
    return { id: node.id, names: [info.label].concat(info.aliases).map(function (s) { return s.toLowerCase(); }), size: node.size };
  });

  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    index.forEach(function (entry) {
      var best = 3;
      entry.names.forEach(function (name) {
        var rank = name === q ? 0 : name.startsWith(q) ? 1 : name.indexOf(q) >= 0 ? 2 : 3;
        if (rank < best) best = rank;
      });
      if (best < 3) hits.push({ id: entry.id, rank: best, size: entry.size });
    });
    hits.sort(function (a, b) { return a.rank - b.rank || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
    return hits.slice(0, 12).map(function (hit) { return hit.id; });
  }

  var searchInput = document.getElementById("search");
  var results = document.getElementById("search-results");
  function showResults() {
    results.replaceChildren();
    var hits = search(searchInput.value);
    hits.forEach(function (id) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.appendChild(typeSymbol(details[id].type));
      li.appendChild(el("span", " " + details[id].label));
      var matchedAlias = details[id].aliases.find(function (a) {
        return a.toLowerCase().indexOf(searchInput.value.trim().toLowerCase()) >= 0;
      });
      if (matchedAlias && details[id].label.toLowerCase().indexOf(searchInput.value.trim().toLowerCase()) < 0) {
        li.appendChild(el("span", " (" + matchedAlias + ")", "alias"));
      }
      li.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(id);
      });
      results.appendChild(li);
    });
    if (!hits.length && searchInput.value.trim()) results.appendChild(el("li", "No node has that name.", "none"));
    results.hidden = !searchInput.value.trim();
  }
  function choose(id) {
    results.hidden = true;
    searchInput.value = details[id].label;
    select(id);
  }
  searchInput.addEventListener("input", showResults);
  searchInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var hits = search(searchInput.value);
      if (hits.length) choose(hits[0]);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  searchInput.addEventListener("blur", function () { results.hidden = true; });

  // ---- models x datasets ----
  var pairsPanel = document.getElementById("pairs");
  var pairsToggle = document.getElementById("pairs-toggle");
  var pairsFilled = false;
  function fillPairs() {
    var body = document.querySelector("#pairs-table tbody");
    if (!data.pairs.length) {
      var empty = el("tr");
      var cell = el("td", "No model is linked to a dataset in this graph.");
      cell.colSpan = 4;
      empty.appendChild(cell);
      body.appendChild(empty);
    }
    data.pairs.forEach(function (pair) {
      var row = el("tr");
      row.appendChild(el("td", details[pair[0]].label));
      row.appendChild(el("td", pair[2].join(", "), "relation"));
      row.appendChild(el("td", details[pair[1]].label));
      var cell = el("td", null, "papers");
      var count = pair[4] || pair[3].length;  // a fifth item: more papers than the page names
      cell.appendChild(el("span", count, "count"));
      var titles = pair[3].slice(0, 3).map(function (i) { return data.papers[i].title; });
      if (count > 3) titles.push("+" + (count - 3) + " more");
      cell.appendChild(el("span", " " + titles.join(" \u00b7 "), "titles"));
      var named = pair[3].map(function (i) { return data.papers[i].title; });
      if (count > named.length) named.push("+" + (count - named.length) + " more; all are in graph.ttl");
      cell.title = named.join("\n");
      row.appendChild(cell);
      row.addEventListener("click", function () { selectPair(pair[0], pair[1]); });
      body.appendChild(row);
    });
    pairsFilled = true;
  }
  function togglePairs(open) {
    if (open && !pairsFilled) fillPairs();
    pairsPanel.hidden = !open;
    pairsToggle.setAttribute("aria-expanded", String(open));
  }
  pairsToggle.textContent = "Models \u00d7 datasets (" + data.pairs.length + ")";
  pairsToggle.addEventListener("click", function () { togglePairs(pairsPanel.hidden); });
  document.getElementById("pairs-close").addEventListener("click", function () { togglePairs(false); });

  kg.search = search;
  kg.select = select;
  kg.showType = showType;
  kg.clearSelection = clearSelection;
  kg.togglePairs = togglePairs;
})();
