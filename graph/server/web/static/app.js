// newskg web view: search an entity, read its card (relations, quotes, the
// contradictions between its sources, its timeline), explore its
// neighbourhood graph (click a node to expand it, an edge to read the
// sentences behind it with their documents, and from there the article),
// run a Gizmo query whose results show as a graph and a table, and download
// what the graph shows. Everything comes from the JSON API of the same
// server; nothing is loaded from elsewhere.
"use strict";

const api = {
  async get(path) {
    const res = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => ({ error: res.status + " " + res.statusText }));
    if (!res.ok || body.error) throw new Error(body.error || res.statusText);
    return body;
  },
  async gizmo(script) {
    const res = await fetch("api/v1/query/gizmo?limit=500", { method: "POST", body: script });
    const body = await res.json().catch(() => ({ error: res.status + " " + res.statusText }));
    if (!res.ok || body.error) throw new Error(body.error || res.statusText);
    return body.result || [];
  },
  search: (q) => api.get("api/v1/entities?limit=12&q=" + encodeURIComponent(q)),
  entity: (id) => api.get("api/v1/entities/" + encodeURIComponent(id) + "?limit=200"),
  timeline: (id, when) => api.get("api/v1/entities/" + encodeURIComponent(id) + "/timeline?" +
    new URLSearchParams(Object.entries(when).filter(([, v]) => v))),
  contradictions: (id) => api.get("api/v1/contradictions?entity=" + encodeURIComponent(id)),
  neighbourhood: (id) => api.get("api/v1/export?format=cytoscape&depth=1&entity=" + encodeURIComponent(id)),
  statements: (p) => api.get("api/v1/statements?facts=true&limit=100&" + new URLSearchParams(p)),
  document: (id, offset) => api.get("api/v1/documents/" + id.split("/").map(encodeURIComponent).join("/") + "?limit=1000&offset=" + offset),
  vocabulary: () => api.get("api/v1/vocabulary"),
};

const $ = (sel) => document.querySelector(sel);

// el builds an element; children are nodes or strings (always text, never
// HTML, so nothing from the store can inject markup).
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

const css = getComputedStyle(document.documentElement);
const colour = (name, fallback) => css.getPropertyValue("--" + name).trim() || fallback;

// The graph.
const state = {
  focus: null,          // the entity whose card is shown
  root: null,           // the entity the graph was opened on
  expanded: new Set(),  // entities whose neighbourhood is in the graph
  hidden: new Set(),    // relation classes filtered out
  vocabulary: null,     // GET /api/v1/vocabulary
};

// Labels never get smaller on screen than these sizes in pixels: zoomed
// out, a label keeps its size on screen instead of shrinking with the
// graph (zoomed in, it grows with it).
const nodeLabelPx = 12;
const edgeLabelPx = 10;
let zoom = 1;
const onScreen = (px) => px / Math.min(zoom, 1);

const cy = cytoscape({
  container: $("#graph"),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    { selector: "node", style: {
      "label": "data(label)", "text-valign": "bottom", "text-halign": "center", "text-wrap": "wrap",
      "font-size": () => onScreen(nodeLabelPx), "text-max-width": () => onScreen(130), "text-margin-y": 3,
      "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
      "text-background-shape": "round-rectangle", "color": "#1d2433",
      "shape": "ellipse", "width": 24, "height": 24, "border-width": 1.5, "border-color": "#6b7385",
      "background-color": (n) => colour(n.data("type"), "#eee"),
    } },
    { selector: "node.expanded", style: { "border-width": 2.5, "border-color": "#1d2433" } },
    { selector: "node.focus", style: { "width": 32, "height": 32, "border-width": 3.5, "border-color": "#1d2433", "font-weight": "bold" } },
    { selector: "edge", style: {
      "label": "data(label)", "font-size": () => onScreen(edgeLabelPx), "text-rotation": "autorotate",
      "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1, "curve-style": "bezier",
      "width": (e) => Math.min(1.5 + e.data("weight"), 5), "arrow-scale": 0.9,
      "line-color": (e) => colour(e.data("class"), "#999"),
      "target-arrow-color": (e) => colour(e.data("class"), "#999"),
      "color": (e) => colour(e.data("class"), "#555"),
      "target-arrow-shape": (e) => (e.data("symmetric") ? "none" : "triangle"),
    } },
    // An edge between two nodes that would cross a third goes round it
    // (see routeEdges).
    { selector: "edge.detour", style: {
      "curve-style": "unbundled-bezier", "edge-distances": "node-position",
      "control-point-distances": "data(bend)", "control-point-weights": 0.5,
    } },
    { selector: "edge:selected", style: { "width": 6, "underlay-color": "#ffd86b", "underlay-opacity": 0.7, "underlay-padding": 3 } },
    { selector: ".filtered", style: { "display": "none" } },
  ],
});
window.newskg = { cy, state, select, expand, runQuery, exportGraph, openArticle, routeEdges }; // for the end-to-end test and the console

// Labels keep their size on screen: restyle after a zoom (once a frame).
let restyle = 0;
cy.on("zoom", () => {
  if (restyle) return;
  restyle = requestAnimationFrame(() => {
    restyle = 0;
    zoom = cy.zoom();
    cy.style().update();
  });
});
// Cytoscape only watches the window; the pane also changes size when the
// header wraps or a side panel opens. The view keeps its centre, and zooms
// out (as far as labels stay readable) if the graph no longer fits.
let paneSize = null;
new ResizeObserver(() => {
  const w = cy.container().clientWidth, h = cy.container().clientHeight;
  cy.resize();
  if (paneSize && cy.nodes().nonempty()) {
    cy.panBy({ x: (w - paneSize.w) / 2, y: (h - paneSize.h) / 2 });
    const bb = cy.elements(":visible").renderedBoundingBox();
    if (bb.x1 < 0 || bb.y1 < 0 || bb.x2 > w || bb.y2 > h) fitReadable(cy.elements(":visible"), null);
  }
  paneSize = { w, h };
}).observe($("#graph"));

function status(text) { $("#graph-status").textContent = text || ""; }

function showCounts(truncated) {
  status(cy.nodes(":visible").length + " entities, " + cy.edges(":visible").length + " relations" +
    (truncated ? " (neighbourhood cut at the server's node limit)" : ""));
}

// fcose lays out the graph; with fixed nodes it places only the others.
const layoutOptions = {
  name: "fcose", animate: false, fit: false, nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 120, nodeRepulsion: 12000, nodeSeparation: 90, packComponents: true,
};

// layoutAll lays out a new graph from scratch.
function layoutAll() {
  cy.layout({ ...layoutOptions, quality: "default", randomize: true }).run();
}

// layoutAdded places the nodes just added around the node they were
// expanded from, on the side away from the rest of the graph, and lets
// fcose settle them while every node already placed stays where it is: the
// reader's mental map survives an expansion.
function layoutAdded(center, added) {
  if (added.empty()) return;
  const placed = cy.nodes().not(added);
  const c = center.position();
  let away = 0;
  const others = placed.not(center);
  if (others.nonempty()) {
    const bb = others.boundingBox();
    away = Math.atan2(c.y - (bb.y1 + bb.y2) / 2, c.x - (bb.x1 + bb.x2) / 2);
  }
  const n = added.length;
  const arc = Math.min(2 * Math.PI, 0.6 * n);
  const radius = 140 + 6 * n;
  added.forEach((node, i) => {
    const a = away - arc / 2 + (arc * (i + 0.5)) / n;
    node.position({ x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) });
  });
  const fixed = placed.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  cy.layout({ ...layoutOptions, quality: "proof", randomize: false, fixedNodeConstraint: fixed }).run();
  // fcose lets fixed nodes drift a little (up to 9 units, against edges of
  // 120, over three expansions of the sample graph); put them back exactly.
  cy.batch(() => fixed.forEach((f) => cy.getElementById(f.nodeId).position(f.position)));
}

// view shows a node's neighbourhood.
function view(center) {
  fitReadable(center.closedNeighborhood(":visible"), center);
}

// fitReadable fits elements in the pane, but never zooms out so far that
// the graph becomes a speck (then it centres on center, or on the middle of
// the elements), nor zooms in past 140%.
function fitReadable(eles, center) {
  const bb = eles.boundingBox();
  const pad = 40, least = 0.55;
  let z = Math.min((cy.width() - 2 * pad) / Math.max(bb.w, 1), (cy.height() - 2 * pad) / Math.max(bb.h, 1), 1.4);
  const mid = z < least && center ? center.position() : { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
  z = Math.max(z, least);
  cy.viewport({ zoom: z, pan: { x: cy.width() / 2 - z * mid.x, y: cy.height() / 2 - z * mid.y } });
  zoom = cy.zoom();
  cy.style().update();
}

// routeEdges draws the edges as quadratic Bézier curves through a control
// point on the perpendicular at their middle: straight for a lone edge,
// fanned out for the edges of one pair, and bent round any node other than
// its ends that the curve would cross (two neighbours of the focus linked
// across it, say). Each curve is checked point by point and bent further
// until it clears every node.
function routeEdges() {
  const nodes = cy.nodes(":visible").map((n) => ({ id: n.id(), p: n.position(), r: n.width() / 2 + 6 }));
  const sign = bendSign();
  const fan = 36; // between the edges of one pair
  const pairs = new Map();
  cy.edges(":visible").forEach((e) => {
    const key = [e.source().id(), e.target().id()].sort().join(" ");
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  });
  cy.batch(() => {
    for (const [key, edges] of pairs) {
      const [s, t] = key.split(" ");
      edges.forEach((e) => e.removeClass("detour"));
      if (s === t) continue;
      // Measured from the pair's first end (by id) to the other, whichever
      // way each edge points.
      const a = cy.getElementById(s).position(), b = cy.getElementById(t).position();
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      if (len < 1) continue;
      const perp = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
      // The first node the curve bent by c comes within reach of, or null;
      // only nodes in the curve's bounding box can be in the way.
      const blocking = (c) => {
        const m = { x: (a.x + b.x) / 2 + perp.x * c, y: (a.y + b.y) / 2 + perp.y * c };
        const x1 = Math.min(a.x, b.x, m.x), x2 = Math.max(a.x, b.x, m.x);
        const y1 = Math.min(a.y, b.y, m.y), y2 = Math.max(a.y, b.y, m.y);
        const near = nodes.filter((n) => n.id !== s && n.id !== t &&
          n.p.x + n.r > x1 && n.p.x - n.r < x2 && n.p.y + n.r > y1 && n.p.y - n.r < y2);
        if (!near.length) return null;
        for (let k = 1; k < 40; k++) {
          const q = k / 40;
          const x = (1 - q) * (1 - q) * a.x + 2 * q * (1 - q) * m.x + q * q * b.x;
          const y = (1 - q) * (1 - q) * a.y + 2 * q * (1 - q) * m.y + q * q * b.y;
          for (const n of near) if (Math.hypot(x - n.p.x, y - n.p.y) < n.r) return n;
        }
        return null;
      };
      // The fan of the pair's edges, moved as one round a node in the way,
      // to the side away from it.
      const offsets = edges.map((e, i) => (i - (edges.length - 1) / 2) * fan);
      let base = 0;
      const hit = offsets.map((o) => blocking(o)).find(Boolean);
      if (!hit && edges.length === 1) continue; // a straight line
      if (hit) {
        // Away from the node in the way first; a bend that clears it may
        // meet another node on that side, so widen the bend, on either
        // side, until the whole fan clears every node.
        const side = (hit.p.x - a.x) * perp.x + (hit.p.y - a.y) * perp.y >= 0 ? -1 : 1;
        const first = 2 * hit.r + 12 + ((edges.length - 1) / 2) * fan;
        base = side * first;
        search: for (let k = 0, size = first; k < 16; k++, size *= 1.3) {
          for (const dir of [side, -side]) {
            if (!offsets.some((o) => blocking(dir * size + o))) {
              base = dir * size;
              break search;
            }
          }
        }
      }
      edges.forEach((e, i) => {
        const flip = e.source().id() === s ? 1 : -1;
        e.data("bend", sign * flip * (base + offsets[i]));
        e.addClass("detour");
      });
    }
  });
}

// bendSign finds which way Cytoscape measures control-point-distances
// against the perpendicular routeEdges uses, once, on a scratch edge.
let bendSignCache = 0;
function bendSign() {
  if (bendSignCache) return bendSignCache;
  const probe = cy.add([
    { group: "nodes", data: { id: "__a" }, position: { x: 0, y: 0 }, classes: "filtered" },
    { group: "nodes", data: { id: "__b" }, position: { x: 100, y: 0 }, classes: "filtered" },
    { group: "edges", data: { id: "__e", source: "__a", target: "__b", bend: 50 }, classes: "detour" },
  ]);
  probe.removeClass("filtered");
  const cp = cy.getElementById("__e").controlPoints();
  // Our perpendicular of (1, 0) is (0, 1): a positive bend lies at y > 0.
  bendSignCache = cp && cp.length && cp[0].y < 0 ? -1 : 1;
  cy.remove(probe);
  return bendSignCache;
}

cy.on("dragfree", "node", routeEdges);

// addGraph merges a Cytoscape JSON export into the graph and returns the
// nodes it added.
function addGraph(g) {
  const add = [];
  for (const n of g.elements.nodes) if (cy.getElementById(n.data.id).empty()) add.push({ group: "nodes", data: n.data });
  for (const e of g.elements.edges) if (cy.getElementById(e.data.id).empty()) add.push({ group: "edges", data: e.data });
  const added = cy.add(add);
  applyFilter();
  return { added: added.nodes(), truncated: g.data && g.data.truncated };
}

// select opens an entity: its card, and a graph of its neighbourhood.
async function select(id, { keepGraph = false } = {}) {
  hideEvidence();
  if (!keepGraph) {
    cy.elements().remove();
    state.expanded.clear();
    state.root = id;
  }
  if (location.hash !== "#/entity/" + encodeURIComponent(id)) history.replaceState(null, "", "#/entity/" + encodeURIComponent(id));
  await Promise.all([showCard(id), expand(id)]);
}

// expand adds an entity's neighbourhood to the graph.
async function expand(id) {
  status("loading…");
  try {
    const fresh = cy.nodes().empty();
    const { added, truncated } = addGraph(await api.neighbourhood(id));
    state.expanded.add(id);
    const center = cy.getElementById(id);
    center.addClass("expanded");
    cy.nodes().removeClass("focus");
    center.addClass("focus");
    if (fresh) layoutAll(); else layoutAdded(center, added);
    routeEdges();
    view(center);
    showCounts(truncated);
  } catch (err) {
    status("");
    showError($("#card"), err);
  }
}

cy.on("tap", "node", async (ev) => {
  const id = ev.target.id();
  state.focus = id;
  hideEvidence();
  cy.nodes().removeClass("focus");
  ev.target.addClass("focus");
  await Promise.all([showCard(id), state.expanded.has(id) ? null : expand(id)]);
});

cy.on("tap", "edge", (ev) => {
  const d = ev.target.data();
  cy.edges().unselect();
  ev.target.select();
  showEdge(d);
});

// The relation class filter: checkboxes that hide edges of a class, and the
// entities that are then cut off from everything expanded.
async function setupClasses() {
  let vocab;
  try { vocab = await api.vocabulary(); } catch (err) { return; }
  state.vocabulary = vocab;
  const box = $("#classes");
  for (const c of vocab.classes) {
    box.append(el("label", {},
      el("input", { type: "checkbox", value: c, checked: true, "data-class": c, onchange: (ev) => {
        if (ev.target.checked) state.hidden.delete(c); else state.hidden.add(c);
        applyFilter();
        routeEdges();
        showCounts();
      } }),
      el("span", { class: "swatch", style: "background:" + colour(c, "#999") }), c));
  }
}

function applyFilter() {
  cy.batch(() => {
    cy.elements().removeClass("filtered");
    cy.edges().filter((e) => state.hidden.has(e.data("class"))).addClass("filtered");
    cy.nodes().filter((n) => !state.expanded.has(n.id()) && n.connectedEdges(":visible").empty() &&
      n.connectedEdges().nonempty()).addClass("filtered");
  });
  for (const li of document.querySelectorAll(".relations li[data-class]")) {
    li.hidden = state.hidden.has(li.dataset.class);
  }
}

// The entity card.
async function showCard(id) {
  state.focus = id;
  const card = $("#card");
  let e, contra;
  try {
    [e, contra] = await Promise.all([api.entity(id), api.contradictions(id).catch(() => ({ contradictions: [] }))]);
  } catch (err) { showError(card, err); return; }
  if (state.focus !== id) return; // another card was asked for meanwhile
  // One chip per spelling, with the languages it is tagged with.
  const langs = new Map();
  for (const n of e.names) {
    if (n.text === e.name) continue;
    if (!langs.has(n.text)) langs.set(n.text, []);
    if (n.lang) langs.get(n.text).push(n.lang);
  }
  const names = [...langs].map(([text, ls]) => ({ text, lang: ls.join(" ") }));
  const rels = e.relations.items;
  const groups = groupStatements(rels.filter((s) => s.object));
  const quotes = rels.filter((s) => s.quote);
  const clashes = contra.contradictions || [];
  card.replaceChildren(...[
    el("h2", { class: "card-name" }, e.name),
    el("span", { class: "type", style: "background:" + colour(e.type, "#eee") }, e.type || "entity"),
    el("p", { class: "meta" }, "id ", el("code", {}, e.id),
      e.wikidata ? [" · Wikidata ", el("a", { href: e.wikidataUrl, target: "_blank", rel: "noopener" }, e.wikidata)] : null),
    e.roles && e.roles.length ? el("p", { class: "meta" }, "roles: " + e.roles.join(", ")) : null,
    names.length ? [el("h3", {}, "Also named"), el("ul", { class: "names" },
      names.map((n) => el("li", {}, n.text, n.lang ? el("span", { class: "lang" }, n.lang) : null)))] : null,
    el("p", {}, el("button", { type: "button", id: "timeline-open", class: "action", onclick: () => showTimeline(e) }, "Timeline"),
      " its facts in the order they happened, with their sources"),
    clashes.length ? [el("h3", { class: "warn" }, "Contradictions (" + (contra.total || clashes.length) + ")"),
      el("ul", { class: "contradictions", id: "contradictions" }, clashes.map(contradictionItem)),
      contra.total > clashes.length ? el("p", { class: "meta" }, "first " + clashes.length + " of " + contra.total +
        " (GET /api/v1/contradictions?entity=" + e.id + "&offset=" + clashes.length + " gives the next)") : null] : null,
    el("h3", {}, "Relations (" + groups.length + ")"),
    el("ul", { class: "relations", id: "relations" }, groups.map((g) => relationItem(e, g))),
    quotes.length ? [el("h3", {}, "Quotes (" + quotes.length + ")"),
      el("ul", { class: "relations" }, quotes.map((s) => el("li", { onclick: () => showStatements(s.subject.name + " said", [s]) },
        el("span", { class: "quote" }, "« " + s.quote + " »"))))] : null,
    e.relations.total > rels.length ? el("p", { class: "meta" }, "first " + rels.length + " of " + e.relations.total + " statements") : null,
  ].flat().filter(Boolean));
  applyFilter();
}

// groupStatements puts together the statements that say the same thing
// (subject, predicate, object, polarity, modality) in several sentences.
function groupStatements(sts) {
  const byKey = new Map();
  for (const s of sts) {
    const k = [s.subject.id, s.predicate, s.object.id, s.polarity, s.modality].join(" ");
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push(s);
  }
  return [...byKey.values()];
}

function flagsOf(s) {
  const flags = [];
  if (s.polarity === "negative") flags.push("negated");
  if (s.modality && s.modality !== "asserted") flags.push(s.modality);
  return flags;
}

const says = (s) => s.subject.name + " " + s.predicate + " " + (s.object ? s.object.name : "« " + s.quote + " »");

function relationItem(e, group) {
  const s = group[0];
  const out = s.subject.id === e.id;
  const other = out ? s.object : s.subject;
  const flags = flagsOf(s);
  if (group.length > 1) flags.push("×" + group.length);
  return el("li", { "data-class": s.class, onclick: () => showStatements(says(s), group) },
    el("span", { class: "swatch", style: "background:" + colour(s.class, "#999") }), " ",
    out ? "" : other.name + " ", el("span", { class: "pred" }, s.predicate), out ? " " + other.name : " " + e.name,
    flags.map((f) => el("span", { class: "flag" }, f)));
}

// contradictionItem shows two statements that cannot both hold, each with
// its sentence and source; newskg does not say which is right.
const clashKinds = { polarity: "one says it happened, the other that it did not",
  acceptedRejected: "accepted against rejected", leader: "two leaders of one place" };
function contradictionItem(c) {
  return el("li", { class: "contradiction", "data-kind": c.kind },
    el("p", { class: "meta" }, clashKinds[c.kind] || c.kind),
    c.statements.map((s) => el("div", { class: "side" },
      el("p", { class: "claim" }, says(s), flagsOf(s).map((f) => el("span", { class: "flag" }, f))),
      s.sentence ? el("p", { class: "sentence" }, highlight(s.sentence.text, s.marks || [])) : null,
      sourceLine(s))));
}

// The side panel: the sentences behind an edge, a timeline, an article, a
// query's table.
async function showEdge(d) {
  const src = cy.getElementById(d.source).data("name") || d.source;
  const dst = cy.getElementById(d.target).data("name") || d.target;
  const title = src + " " + d.predicate + " " + dst;
  showPanel(el("p", { class: "meta" }, "loading…"));
  try {
    const page = await api.statements({ entity: d.source, other: d.target, predicate: d.predicate });
    showStatements(title, page.items.filter((s) => s.subject.id === d.source));
  } catch (err) {
    showPanel(el("p", { class: "error" }, err.message));
  }
}

function showStatements(title, statements) {
  showPanel(
    el("h2", { class: "edge-title" }, title),
    statements.length ? statements.map(statementView) : [el("p", { class: "meta" }, "no sentence found")],
  );
}

function statementView(s) {
  const sen = s.sentence;
  return el("div", { class: "statement", style: "border-left-color:" + colour(s.class, "#999") },
    el("p", { class: "sentence" }, sen ? highlight(sen.text, s.marks || []) : s.evidence),
    s.eventTime ? el("p", { class: "when" }, "when: " + s.eventTime + (s.eventText ? " (" + s.eventText + ")" : "")) : null,
    sourceLine(s),
    s.support ? el("p", { class: "support" }, supportText(s.support)) : null);
}

// sourceLine says where a statement comes from: the document's outlet,
// date and title (a link when the input gave its URL), and a button that
// opens the article at the statement's sentence.
function sourceLine(s) {
  const d = s.document || {};
  const docID = d.id || (s.sentence && s.sentence.document);
  const parts = [];
  if (d.outlet) parts.push(el("span", { class: "outlet" }, d.outlet.name));
  if (d.date) parts.push(el("time", { datetime: d.date }, d.date));
  const title = d.title || docID;
  parts.push(d.url ? el("a", { class: "doc-title", href: d.url, target: "_blank", rel: "noopener" }, title)
    : el("span", { class: "doc-title" }, title));
  const joined = parts.flatMap((p, i) => (i ? [" · ", p] : [p]));
  return el("p", { class: "source" }, joined,
    flagsOf(s).map((f) => el("span", { class: "flag" }, f)),
    docID ? el("button", { type: "button", class: "read", onclick: () => openArticle(docID, s) }, "read the article") : null);
}

const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");

// supportText says how many statements and documents state a fact.
function supportText(sup) {
  return "stated by " + plural(sup.statements, "statement") + " in " + plural(sup.documents, "document");
}

// highlight splits a sentence at the marks' byte offsets (the API counts
// bytes of UTF-8, as the store does) and wraps the marked spans. With base,
// the sentence's offset in its document, each mark also says where it is
// in the document (data-start, data-end).
function highlight(text, marks, base) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const cuts = new Set([0, bytes.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= bytes.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const part = dec.decode(bytes.slice(a, b));
    const roles = marks.filter((m) => m.start <= a && b <= m.end).map((m) => m.role);
    out.push(roles.length ? el("mark", { class: [...new Set(roles)].join(" "),
      "data-start": base === undefined ? null : base + a, "data-end": base === undefined ? null : base + b }, part) : part);
  }
  return out;
}

// The timeline panel: the entity's statements by event time (or, when the
// sentence gives none, report date), each with its source. "Reported
// since" keeps the facts first reported on or after a date (what is new);
// "as of" what the documents published by a date said (what was known).
async function showTimeline(e, when = {}) {
  showPanel(el("p", { class: "meta" }, "loading…"));
  let t;
  try { t = await api.timeline(e.id, when); } catch (err) { showPanel(el("p", { class: "error" }, err.message)); return; }
  const dateInput = (name, label) => el("label", {}, label + " ",
    el("input", { type: "date", name, value: when[name] || "", onchange: (ev) => showTimeline(e, { ...when, [name]: ev.target.value }) }));
  showPanel(
    el("h2", { class: "edge-title" }, "Timeline of " + e.name),
    el("form", { class: "when-filter", id: "timeline-filter", onsubmit: (ev) => ev.preventDefault() },
      dateInput("since", "reported since"), dateInput("asOf", "as of")),
    el("p", { class: "meta" }, plural(t.items.length, "statement") + ", by the time of the event (or of the report when the sentence gives none)"),
    el("ol", { class: "timeline", id: "timeline" }, t.items.map((s) => el("li", { "data-event": s.eventTime || "", "data-statement": s.id },
      el("p", { class: "when" }, s.eventTime ? [el("strong", {}, s.eventTime), s.eventText ? " (" + s.eventText + ")" : ""]
        : [el("strong", {}, (s.document && s.document.date) || "undated"), " (reported)"]),
      el("p", { class: "claim" }, el("span", { class: "swatch", style: "background:" + colour(s.class, "#999") }), " ", says(s)),
      s.sentence ? el("p", { class: "sentence" }, highlight(s.sentence.text, s.marks || [])) : null,
      sourceLine(s)))),
  );
}

// The article view: the document's sentences at their places (the store
// keeps each sentence's byte span in the document, not the spaces and line
// breaks between them: a gap of two bytes or more starts a paragraph), the
// sentences that state something shaded, their names and evidence marked
// from the byte offsets the API gives, and the sentence the reader came
// from outlined.
async function openArticle(docID, from) {
  const back = backButton();
  showPanel(el("p", { class: "meta" }, "loading…"));
  let d, sentences = [];
  try {
    do {
      d = await api.document(docID, sentences.length);
      sentences = sentences.concat(d.sentences.items);
    } while (sentences.length < d.sentences.total && d.sentences.items.length);
  } catch (err) { showPanel(el("p", { class: "error" }, err.message)); return; }
  const paras = [];
  let para = null, prevEnd = -1;
  for (const sen of sentences) {
    if (!para || sen.start - prevEnd >= 2) { para = el("p", {}); paras.push(para); } else para.append(" ");
    prevEnd = sen.end;
    const marks = sen.statements.flatMap((st) => st.marks || []);
    const current = from && from.sentenceId === sen.id;
    para.append(el("span", {
      class: "sentence" + (sen.statements.length ? " stated" : "") + (current ? " current" : ""),
      "data-index": sen.index, "data-start": sen.start, "data-end": sen.end,
      title: sen.statements.map(says).join("\n") || null,
    }, highlight(sen.text, current ? from.marks || marks : marks, sen.start)));
  }
  showPanel(
    back,
    el("h2", { class: "edge-title" }, d.title || d.id),
    el("p", { class: "source" }, [d.outlet ? el("span", { class: "outlet" }, d.outlet.name) : null,
      d.date ? el("time", { datetime: d.date }, d.date) : null,
      d.url ? el("a", { href: d.url, target: "_blank", rel: "noopener" }, d.url) : null,
      el("code", {}, d.id)].filter(Boolean).flatMap((p, i) => (i ? [" · ", p] : [p]))),
    el("p", { class: "meta" }, plural(d.statements, "statement") + " in " + plural(d.sentences.total, "sentence") +
      "; shaded: a sentence that states something (hover it to read what)"),
    el("article", { id: "article" }, paras),
  );
  $("#evidence").classList.add("wide");
  const cur = $("#article .current");
  if (cur) cur.scrollIntoView({ block: "center" });
}

// backButton returns a button that puts back what the side panel shows
// now (the evidence an article was opened from), or null if it is closed.
function backButton() {
  const panel = $("#evidence");
  if (panel.hidden) return null;
  const saved = [...$("#evidence-body").childNodes], wide = panel.classList.contains("wide");
  return el("button", { type: "button", class: "back", onclick: () => {
    showPanel(saved);
    panel.classList.toggle("wide", wide);
  } }, "← back");
}

function showPanel(...children) {
  $("#evidence").classList.remove("wide");
  $("#evidence-body").replaceChildren(...children.flat().filter(Boolean));
  $("#evidence").hidden = false;
}

function hideEvidence() {
  $("#evidence").hidden = true;
  cy.edges().unselect();
}
$("#evidence-close").addEventListener("click", hideEvidence);

function showError(where, err) {
  where.replaceChildren(el("p", { class: "error" }, err.message || String(err)));
}

// The Gizmo box: the query's rows as a table in the side panel, and the
// entities among their values as a graph, with the facts that link them.
const iriOf = (v) => (typeof v === "string" && /^<[^<>]+>$/.test(v) ? v.slice(1, -1) : null);

async function runQuery(script) {
  status("running the query…");
  let rows;
  try { rows = await api.gizmo(script); } catch (err) {
    status("");
    showPanel(el("h2", { class: "edge-title" }, "Query"), el("p", { class: "error", id: "query-error" }, err.message));
    return;
  }
  // The result ("id") first, then the tags in the order they come.
  const columns = [...new Set(rows.flatMap((r) => (r && typeof r === "object" ? Object.keys(r) : ["value"])))]
    .sort((a, b) => (b === "id") - (a === "id"));
  const cell = (r, c) => (r && typeof r === "object" ? r[c] : r);
  const iris = [...new Set(rows.flatMap((r) => columns.map((c) => iriOf(cell(r, c)))).filter(Boolean))].slice(0, 300);
  let entities = [], facts = [];
  if (iris.length) {
    const list = iris.map((i) => JSON.stringify("<" + i + ">")).join(",");
    const preds = ((state.vocabulary && state.vocabulary.predicates) || []).filter((p) => p.class !== "speech");
    try {
      entities = await api.gizmo(`g.V(${list}).Has("<name>").Tag("key").Out("<name>").Tag("name").Back("key").Out("<type>").Tag("type").All()`);
      if (preds.length && entities.length > 1) {
        const ps = preds.map((p) => JSON.stringify("<" + p.name + ">")).join(",");
        facts = await api.gizmo(`g.V(${list}).Tag("source").Out([${ps}], "predicate").Is(${list}).Tag("target").All()`);
      }
    } catch (err) { /* the table still shows */ }
  }
  const info = new Map(((state.vocabulary && state.vocabulary.predicates) || []).map((p) => [p.name, p]));
  cy.elements().remove();
  state.expanded.clear();
  state.root = null;
  const seen = new Set();
  const add = [];
  for (const e of entities) {
    const id = iriOf(e.key);
    if (seen.has(id)) continue;
    seen.add(id);
    add.push({ group: "nodes", data: { id, label: e.name, name: e.name, type: iriOf(e.type) || "" } });
  }
  for (const f of facts) {
    const [s, p, t] = [iriOf(f.source), iriOf(f.predicate), iriOf(f.target)];
    const id = s + " " + p + " " + t;
    if (!seen.has(s) || !seen.has(t) || seen.has(id)) continue;
    seen.add(id);
    const pi = info.get(p) || {};
    add.push({ group: "edges", data: { id, source: s, target: t, predicate: p, label: p, class: pi.class, symmetric: !!pi.symmetric, weight: 1 } });
  }
  cy.add(add);
  applyFilter();
  if (cy.nodes().nonempty()) {
    layoutAll();
    routeEdges();
    fitReadable(cy.elements(":visible"), null);
  }
  status(rows.length + " rows; " + cy.nodes().length + " entities, " + cy.edges().length + " relations among them");
  showPanel(
    el("h2", { class: "edge-title" }, "Query results"),
    el("pre", { class: "script" }, script),
    rows.length ? el("table", { id: "query-table" },
      el("thead", {}, el("tr", {}, columns.map((c) => el("th", {}, c)))),
      el("tbody", {}, rows.map((r) => el("tr", {}, columns.map((c) => {
        const v = cell(r, c);
        const id = iriOf(v);
        return el("td", {}, id && seen.has(id) ? el("a", { href: "#/entity/" + encodeURIComponent(id) }, v)
          : v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
      })))))
      : el("p", { class: "meta" }, "no result"),
  );
  $("#evidence").classList.add("wide");
}

const queryBox = $("#query");
queryBox.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); $("#query-form").requestSubmit(); }
});
queryBox.addEventListener("input", () => { queryBox.rows = Math.min(8, Math.max(1, queryBox.value.split("\n").length)); });
$("#query-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  if (queryBox.value.trim()) runQuery(queryBox.value);
});

// Export what is on screen: the visible nodes and edges, as Cytoscape.js
// JSON (with positions), as GraphML (for yEd and Gephi), or as a PNG.
function exportGraph(format) {
  const nodes = cy.nodes(":visible"), edges = cy.edges(":visible");
  const stamp = "newskg-" + (state.root || "graph");
  if (format === "json") {
    const data = { format: "cytoscape.js", elements: {
      nodes: nodes.map((n) => ({ data: n.data(), position: n.position() })),
      edges: edges.map((e) => ({ data: e.data() })),
    } };
    return { name: stamp + ".json", blob: new Blob([JSON.stringify(data, null, 1)], { type: "application/json" }) };
  }
  if (format === "graphml") {
    const x = (s) => String(s === undefined || s === null ? "" : s).replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" }[c]));
    const keys = [["label", "node"], ["type", "node"], ["x", "node", "double"], ["y", "node", "double"],
      ["label", "edge"], ["predicate", "edge"], ["class", "edge"], ["weight", "edge", "int"]];
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      ...keys.map(([k, f, t]) => `  <key id="${f[0]}_${k}" for="${f}" attr.name="${k}" attr.type="${t || "string"}"/>`),
      '  <graph id="newskg" edgedefault="directed">'];
    nodes.forEach((n) => {
      const p = n.position();
      lines.push(`    <node id="${x(n.id())}"><data key="n_label">${x(n.data("label"))}</data><data key="n_type">${x(n.data("type"))}</data>` +
        `<data key="n_x">${p.x.toFixed(1)}</data><data key="n_y">${p.y.toFixed(1)}</data></node>`);
    });
    edges.forEach((e) => lines.push(`    <edge id="${x(e.id())}" source="${x(e.data("source"))}" target="${x(e.data("target"))}">` +
      `<data key="e_label">${x(e.data("label"))}</data><data key="e_predicate">${x(e.data("predicate"))}</data>` +
      `<data key="e_class">${x(e.data("class"))}</data><data key="e_weight">${x(e.data("weight"))}</data></edge>`));
    lines.push("  </graph>", "</graphml>", "");
    return { name: stamp + ".graphml", blob: new Blob([lines.join("\n")], { type: "application/graphml+xml" }) };
  }
  if (format === "png") {
    return { name: stamp + ".png", blob: cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) };
  }
  throw new Error("unknown export format " + format);
}

for (const b of document.querySelectorAll("#export button")) {
  b.addEventListener("click", () => {
    const { name, blob } = exportGraph(b.dataset.format);
    const a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  });
}

// Search: results as you type, Enter opens the first (or the highlighted) one.
const input = $("#search");
const results = $("#results");
let hits = [];
let active = -1;
let searchSeq = 0;

async function runSearch() {
  const q = input.value.trim();
  const seq = ++searchSeq;
  if (!q) { results.hidden = true; hits = []; return hits; }
  let page;
  try { page = await api.search(q); } catch (err) { return []; }
  if (seq !== searchSeq) return hits;
  hits = page.items;
  active = hits.length ? 0 : -1;
  renderResults();
  return hits;
}

function renderResults() {
  results.replaceChildren(...(hits.length ? hits.map((h, i) => el("li", {
    role: "option", "aria-selected": i === active ? "true" : "false", "data-id": h.id,
    onmousedown: (ev) => { ev.preventDefault(); choose(h.id); },
  }, el("span", {}, h.name), el("span", { class: "matched" },
    (h.matched !== h.name ? h.matched + (h.via ? " (" + h.via + ")" : "") + " · " : "") + h.type)))
    : [el("li", { "aria-disabled": "true" }, "no entity named like this")]));
  results.hidden = false;
}

function choose(id) {
  results.hidden = true;
  input.blur();
  select(id);
}

let timer;
input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(runSearch, 150); });
input.addEventListener("keydown", (ev) => {
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    if (!hits.length) return;
    active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
    renderResults();
    ev.preventDefault();
  } else if (ev.key === "Escape") {
    results.hidden = true;
  }
});
input.addEventListener("blur", () => setTimeout(() => { results.hidden = true; }, 100));
$("#search-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  clearTimeout(timer);
  const list = await runSearch();
  const pick = list[active >= 0 ? active : 0];
  if (pick) choose(pick.id);
});

// Deep links: #/entity/Vladimir_Putin.
function fromHash() {
  const m = location.hash.match(/^#\/entity\/(.+)$/);
  if (m) select(decodeURIComponent(m[1]));
}
window.addEventListener("hashchange", fromHash);

setupClasses();
fromHash();
