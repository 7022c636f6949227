// The actor network, drawn with the vendored Cytoscape.js from data embedded in the page.
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!holder || !source || typeof cytoscape !== "function") return;
  var graph = JSON.parse(source.textContent);
  var colors = { PERSON: "#4f7fd9", ORG: "#d9774f", GPE: "#4fae6a", LOC: "#8a6fd1", NORP: "#c9a227", MISC: "#888" };
  var maxWeight0 = graph.nodes.reduce(function (m, n) { return Math.max(m, n.weight || n.degree); }, 1);
  var maxWeight = graph.edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);
  var elements = graph.nodes.map(function (n) {
    var share = Math.sqrt((n.weight || n.degree) / maxWeight0);
    return { data: { id: n.id, label: n.name, color: colors[n.type] || "#888",
                     size: 16 + 34 * share, font: Math.round(13 + 7 * share) } };
  }).concat(graph.edges.map(function (e, i) {
    return { data: { id: "e" + i, source: e.source, target: e.target, kind: e.kind,
                     width: 1 + 4 * e.weight / maxWeight, title: e.labels.join(", ") + " ×" + e.weight } };
  }));
  var cy = cytoscape({
    container: holder,
    elements: elements,
    style: [
      // labels: sized by the actor's weight, on a white background, wrapped, and hidden when zoomed out
      // so far that they would be unreadable
      { selector: "node", style: { "background-color": "data(color)", label: "data(label)", width: "data(size)",
        height: "data(size)", "font-size": "data(font)", "font-weight": 600, "text-valign": "bottom",
        "text-margin-y": 4, color: "#1d2330", "text-wrap": "wrap", "text-max-width": 140,
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2,
        "text-background-shape": "roundrectangle", "min-zoomed-font-size": 9 } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": "#9aa5b4", "target-arrow-color": "#9aa5b4", "arrow-scale": 0.8, opacity: 0.8 } },
      { selector: "edge[kind = 'quote']", style: { "line-style": "dashed", "line-color": "#d9a400",
        "target-arrow-color": "#d9a400" } },
      { selector: ".faded", style: { opacity: 0.15 } }
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
              nodeRepulsion: 900000, idealEdgeLength: 160, nodeOverlap: 40, componentSpacing: 120, padding: 30 }
  });
  cy.on("tap", "node", function (event) {
    window.location.href = "/actors/" + encodeURIComponent(event.target.id());
  });
  cy.on("mouseover", "node", function (event) {
    var near = event.target.closedNeighborhood();
    cy.elements().not(near).addClass("faded");
  });
  cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });
})();
