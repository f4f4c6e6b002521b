// newskg web view: search an entity, read its card, explore its
// neighbourhood graph (click a node to expand it, an edge to read the
// sentences behind it), filter relations by class. Everything comes from the
// JSON API of the same server; nothing is loaded from elsewhere.
"use strict";

const api = {
  async get(path) {
    const res = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => ({ error: res.status + " " + res.statusText }));
    if (!res.ok || body.error) throw new Error(body.error || res.statusText);
    return body;
  },
  search: (q) => api.get("api/v1/entities?limit=12&q=" + encodeURIComponent(q)),
  entity: (id) => api.get("api/v1/entities/" + encodeURIComponent(id) + "?limit=200"),
  neighbourhood: (id) => api.get("api/v1/export?format=cytoscape&depth=1&entity=" + encodeURIComponent(id)),
  statements: (p) => api.get("api/v1/statements?facts=true&limit=100&" + new URLSearchParams(p)),
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
};

const cy = cytoscape({
  container: $("#graph"),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    { selector: "node", style: {
      "label": "data(label)", "text-valign": "center", "text-halign": "center", "text-wrap": "wrap",
      "text-max-width": 110, "font-size": 11, "shape": "round-rectangle", "width": "label", "height": "label",
      "padding": 8, "border-width": 1, "border-color": "#9aa3b2",
      "background-color": (n) => colour(n.data("type"), "#eee"),
    } },
    { selector: "node.expanded", style: { "border-width": 2, "border-color": "#1d2433" } },
    { selector: "node.focus", style: { "border-width": 3, "border-color": "#1d2433", "font-weight": "bold" } },
    { selector: "edge", style: {
      "label": "data(label)", "font-size": 9, "text-rotation": "autorotate", "text-background-color": "#fff",
      "text-background-opacity": 0.85, "text-background-padding": 1, "curve-style": "bezier",
      "width": (e) => Math.min(1.5 + e.data("weight"), 5), "arrow-scale": 0.9,
      "line-color": (e) => colour(e.data("class"), "#999"),
      "target-arrow-color": (e) => colour(e.data("class"), "#999"),
      "color": (e) => colour(e.data("class"), "#555"),
      "target-arrow-shape": (e) => (e.data("symmetric") ? "none" : "triangle"),
    } },
    { selector: "edge:selected", style: { "width": 6, "underlay-color": "#ffd86b", "underlay-opacity": 0.7, "underlay-padding": 3 } },
    { selector: ".filtered", style: { "display": "none" } },
  ],
});
window.newskg = { cy, state, select, expand }; // for the end-to-end test and the console
// Cytoscape only watches the window; the pane also changes size when the
// header wraps or a side panel opens.
new ResizeObserver(() => {
  cy.resize();
  if (cy.nodes().nonempty()) cy.fit(cy.elements(":visible"), 30);
}).observe($("#graph"));

function status(text) { $("#graph-status").textContent = text || ""; }

function layout() {
  const roots = state.root ? cy.getElementById(state.root) : undefined;
  cy.layout({ name: "breadthfirst", circle: true, roots, spacingFactor: 1.25, animate: false, fit: true, padding: 30 }).run();
}

// addGraph merges a Cytoscape JSON export into the graph.
function addGraph(g) {
  const add = [];
  for (const n of g.elements.nodes) if (cy.getElementById(n.data.id).empty()) add.push({ group: "nodes", data: n.data });
  for (const e of g.elements.edges) if (cy.getElementById(e.data.id).empty()) add.push({ group: "edges", data: e.data });
  cy.add(add);
  applyFilter();
  return g.data && g.data.truncated;
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
    const truncated = addGraph(await api.neighbourhood(id));
    state.expanded.add(id);
    cy.getElementById(id).addClass("expanded");
    cy.nodes().removeClass("focus");
    cy.getElementById(id).addClass("focus");
    layout();
    status(cy.nodes(":visible").length + " entities, " + cy.edges(":visible").length + " relations" +
      (truncated ? " (neighbourhood cut at the server's node limit)" : ""));
  } catch (err) {
    status("");
    showError($("#card"), err);
  }
}

cy.on("tap", "node", async (ev) => {
  const id = ev.target.id();
  state.focus = id;
  hideEvidence();
  await Promise.all([showCard(id), state.expanded.has(id) ? null : expand(id)]);
  cy.nodes().removeClass("focus");
  ev.target.addClass("focus");
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
  const box = $("#classes");
  for (const c of vocab.classes) {
    box.append(el("label", {},
      el("input", { type: "checkbox", value: c, checked: true, "data-class": c, onchange: (ev) => {
        if (ev.target.checked) state.hidden.delete(c); else state.hidden.add(c);
        applyFilter();
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
  let e;
  try { e = await api.entity(id); } catch (err) { showError(card, err); return; }
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
  card.replaceChildren(...[
    el("h2", { class: "card-name" }, e.name),
    el("span", { class: "type", style: "background:" + colour(e.type, "#eee") }, e.type || "entity"),
    el("p", { class: "meta" }, "id ", el("code", {}, e.id),
      e.wikidata ? [" · Wikidata ", el("a", { href: e.wikidataUrl, target: "_blank", rel: "noopener" }, e.wikidata)] : null),
    e.roles && e.roles.length ? el("p", { class: "meta" }, "roles: " + e.roles.join(", ")) : null,
    names.length ? [el("h3", {}, "Also named"), el("ul", { class: "names" },
      names.map((n) => el("li", {}, n.text, n.lang ? el("span", { class: "lang" }, n.lang) : null)))] : null,
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

function relationItem(e, group) {
  const s = group[0];
  const out = s.subject.id === e.id;
  const other = out ? s.object : s.subject;
  const flags = [];
  if (s.polarity === "negative") flags.push("negated");
  if (s.modality && s.modality !== "asserted") flags.push(s.modality);
  if (group.length > 1) flags.push("×" + group.length);
  return el("li", { "data-class": s.class, onclick: () => showStatements(s.subject.name + " " + s.predicate + " " + s.object.name, group) },
    el("span", { class: "swatch", style: "background:" + colour(s.class, "#999") }), " ",
    out ? "" : other.name + " ", el("span", { class: "pred" }, s.predicate), out ? " " + other.name : " " + e.name,
    flags.map((f) => el("span", { class: "flag" }, f)));
}

// The evidence panel: the sentences behind an edge, words highlighted.
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
  const flags = [];
  if (s.polarity === "negative") flags.push("negated");
  if (s.modality && s.modality !== "asserted") flags.push(s.modality);
  const sen = s.sentence;
  return el("div", { class: "statement", style: "border-left-color:" + colour(s.class, "#999") },
    el("p", { class: "sentence" }, sen ? highlight(sen.text, s.marks || []) : s.evidence),
    el("p", { class: "source" }, sen ? "document " + sen.document + ", sentence " + sen.index + " (bytes " + sen.start + "–" + sen.end + ")" : "",
      flags.map((f) => el("span", { class: "flag" }, f))),
    s.support ? el("p", { class: "support" }, supportText(s.support)) : null);
}

// supportText says how many statements and documents state a fact.
function supportText(sup) {
  const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");
  return "stated by " + plural(sup.statements, "statement") + " in " + plural(sup.documents, "document");
}

// highlight splits a sentence at the marks' byte offsets (the API counts
// bytes of UTF-8, as the store does) and wraps the marked spans.
function highlight(text, marks) {
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
    out.push(roles.length ? el("mark", { class: [...new Set(roles)].join(" ") }, part) : part);
  }
  return out;
}

function showPanel(...children) {
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
  }, el("span", {}, h.name), el("span", { class: "matched" }, h.matched !== h.name ? h.matched + " · " + h.type : h.type)))
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
