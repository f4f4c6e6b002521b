package server_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"time"

	"math"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/server"
	"github.com/newskg/newskg/ingest/ingesttest"
	"os"
	"slices"
	"strings"
	"testing"
)

// A reader opens the page, searches "Poutine", sees Steve Witkoff in
// Putin's neighbourhood, clicks the "met" edge between them and reads the
// sentence that states it, with the two names highlighted; then hides the
// contact class, and clicks Witkoff's node to expand it. Runs in headless
// Chromium; skipped when Chromium or chromedriver is missing.
//
// NEWSKG_SCREENSHOT=docs/screenshot.png saves the page at the end (how the
// README's screenshot is made).
func TestWebViewSearchGraphAndEvidence(t *testing.T) {
	b := openWebView(t, ingesttest.SampleStore(t), "/")
	b.waitFor("the class filter", `return document.querySelectorAll("#classes input").length > 0`)
	b.typeInto("#search", "Poutine\uE007")
	b.waitFor("Steve Witkoff in the graph", `return newskg.cy.getElementById("Steve_Witkoff").nonempty()`)

	b.waitFor("Vladimir Putin's card", `const h = document.querySelector("#card h2"); return !!h && h.textContent === "Vladimir Putin"`)
	var label string
	b.script(&label, `return newskg.cy.getElementById("Steve_Witkoff").data("label")`)
	if label != "Steve Witkoff" {
		t.Errorf("Witkoff's node is labeled %q", label)
	}

	// Click the edge where it is drawn, as a user would.
	var at []float64
	b.script(&at, `
		const cy = newskg.cy;
		const e = cy.edges().filter(e => e.data("predicate") === "met" &&
			[e.data("source"), e.data("target")].sort().join() === "Steve_Witkoff,Vladimir_Putin");
		if (e.empty()) return [];
		const box = cy.container().getBoundingClientRect();
		const p = e.renderedMidpoint();
		return [box.left + p.x, box.top + p.y];`)
	if len(at) != 2 {
		t.Fatal("no met edge between Steve Witkoff and Vladimir Putin in the graph")
	}
	b.clickAt(int(at[0]), int(at[1]))
	b.waitFor("the evidence panel", `return !document.querySelector("#evidence").hidden &&
		document.querySelectorAll("#evidence .statement").length > 0`)

	var text string
	b.script(&text, `return document.querySelector("#evidence-body").textContent`)
	if !strings.Contains(text, "Poutine et l’envoi américain Steve Witkoff se soient rencontrés") {
		t.Errorf("the evidence panel does not show the source sentence:\n%s", text)
	}
	var marked []string
	b.script(&marked, `return [...document.querySelectorAll("#evidence mark")].map(m => m.textContent)`)
	for _, want := range []string{"Poutine", "Steve Witkoff"} {
		if !slices.Contains(marked, want) {
			t.Errorf("%q is not highlighted; marks: %q", want, marked)
		}
	}

	// Filtering out the contact class hides the edge.
	b.click(`#classes input[value="contact"]`)
	b.waitFor("met edges hidden with the contact class unchecked",
		`return newskg.cy.edges('[predicate = "met"]').every(e => !e.visible())`)
	b.click(`#classes input[value="contact"]`)
	b.waitFor("met edges shown again", `return newskg.cy.edges('[predicate = "met"]').every(e => e.visible())`)

	if path := os.Getenv("NEWSKG_SCREENSHOT"); path != "" {
		b.screenshot(path)
	}

	// Clicking Witkoff's node expands his neighbourhood into the graph.
	var before int
	b.script(&before, `return newskg.cy.nodes().length`)
	b.script(&at, `
		const cy = newskg.cy, box = cy.container().getBoundingClientRect();
		const p = cy.getElementById("Steve_Witkoff").renderedPosition();
		return [box.left + p.x, box.top + p.y];`)
	b.clickAt(int(at[0]), int(at[1]))
	b.waitFor("Witkoff's neighbourhood", `return newskg.cy.getElementById("Steve_Witkoff").hasClass("expanded") &&
		document.querySelector("#card h2").textContent === "Steve Witkoff"`)
	var after int
	b.script(&after, `return newskg.cy.nodes().length`)
	if after <= before {
		t.Errorf("expanding Steve Witkoff: %d nodes before, %d after", before, after)
	}
}

// openWebView serves store and opens the page at path in headless
// Chromium, 1400×900 (the screenshot's size); it skips the test in -short
// mode.
func openWebView(t *testing.T, store *graph.Store, path string) *browser {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	b := startBrowser(t, 1400, 900)
	b.open(serverWith(t, store, server.Config{}).URL + path)
	return b
}

// Expanding nodes one after another adds their neighbours around them and
// moves nothing already placed; labels stay readable on screen however far
// the graph is zoomed out; and no edge is drawn through an expanded node
// that is not one of its ends.
func TestWebViewExpandsWithoutMovingWhatIsPlaced(t *testing.T) {
	b := openWebView(t, ingesttest.SampleStore(t), "/#/entity/Vladimir_Putin")
	b.waitFor("Putin's neighbourhood", `return newskg.cy.getElementById("Vladimir_Putin").hasClass("expanded")`)

	grew := 0
	for round := 1; round <= 3; round++ {
		// Click the first neighbour of the graph not yet expanded, where
		// it is drawn.
		var pick struct {
			ID     string
			At     []float64
			Before map[string][2]float64
			Nodes  int
		}
		b.script(&pick, `
			const cy = newskg.cy, box = cy.container().getBoundingClientRect();
			const n = cy.nodes(":visible").filter(n => !n.hasClass("expanded")).sort((a, b) => a.id() < b.id() ? -1 : 1)[0];
			cy.center(n);
			const p = n.renderedPosition(), before = {};
			cy.nodes().forEach(m => { before[m.id()] = [m.position("x"), m.position("y")]; });
			return {id: n.id(), at: [box.left + p.x, box.top + p.y], before, nodes: cy.nodes().length};`)
		b.clickAt(int(pick.At[0]), int(pick.At[1]))
		b.waitFor(pick.ID+" expanded", `return newskg.cy.getElementById(arguments[0]).hasClass("expanded") &&
			document.querySelector("#graph-status").textContent.includes("relations")`, pick.ID)
		var after map[string][2]float64
		b.script(&after, `const after = {}; newskg.cy.nodes().forEach(m => { after[m.id()] = [m.position("x"), m.position("y")]; }); return after;`)
		for id, p := range pick.Before {
			if q := after[id]; math.Abs(q[0]-p[0]) > 0.5 || math.Abs(q[1]-p[1]) > 0.5 {
				t.Errorf("expansion %d (%s) moved %s from %.1f,%.1f to %.1f,%.1f", round, pick.ID, id, p[0], p[1], q[0], q[1])
			}
		}
		if len(after) > pick.Nodes {
			grew++
		}
	}
	if grew == 0 {
		t.Fatal("no expansion added a node; the test proves nothing about placed nodes")
	}

	// Zoomed out to the whole graph, as a reader does after a few
	// expansions, a node label is still at least 11 px on screen, an edge
	// label 9.
	var fonts struct {
		Zoom         float64
		Smallest     float64
		SmallestEdge float64
	}
	b.script(&fonts, `
		const cy = newskg.cy;
		cy.fit(cy.elements(":visible"), 10);
		cy.zoom(cy.zoom() * 0.6);
		cy.emit("zoom");
		return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done({
			zoom: cy.zoom(),
			smallest: Math.min(...cy.nodes(":visible").map(n => parseFloat(n.renderedStyle("font-size")))),
			smallestEdge: Math.min(...cy.edges(":visible").map(e => parseFloat(e.renderedStyle("font-size")))),
		}))));`)
	if fonts.Zoom >= 0.9 {
		t.Errorf("zoom %.2f after fitting three neighbourhoods; the label check needs a zoomed-out graph", fonts.Zoom)
	}
	if fonts.Smallest < 11 {
		t.Errorf("at zoom %.2f the smallest node label is %.1f px on screen, want at least 11", fonts.Zoom, fonts.Smallest)
	}
	if fonts.SmallestEdge < 9 {
		t.Errorf("at zoom %.2f the smallest edge label is %.1f px on screen, want at least 9", fonts.Zoom, fonts.SmallestEdge)
	}

	// The reader drags two linked neighbours of Putin to opposite sides of
	// him, so that a straight edge between them would cross his node.
	var dragged string
	b.script(&dragged, `
		const cy = newskg.cy, hub = cy.getElementById("Vladimir_Putin"), around = hub.neighborhood("node");
		const e = cy.edges(":visible").filter(e => !e.source().same(hub) && !e.target().same(hub) &&
			around.contains(e.source()) && around.contains(e.target()))[0];
		if (!e) return "";
		// Outside the graph's box on either side, level with him: where no
		// other node is (a place 160 px away could hold one, and an edge
		// cannot be routed round a node that covers its own end).
		const p = hub.position(), box = cy.nodes(":visible").boundingBox();
		e.source().position({x: box.x1 - 100, y: p.y + 3});
		e.target().position({x: box.x2 + 100, y: p.y - 3});
		e.target().emit("dragfree");
		return e.id();`)
	if dragged == "" {
		t.Fatal("no edge between two neighbours of Vladimir Putin")
	}

	// No edge passes over an expanded node it does not touch: sample each
	// edge's drawn curve (its ends and Bézier control point, as Cytoscape
	// draws it).
	var crossings struct {
		Checked  int
		Neighbor int
		Through  []string
	}
	b.script(&crossings, `
		const cy = newskg.cy, out = {checked: 0, neighbor: 0, through: []};
		const hubs = cy.nodes(".expanded");
		cy.edges(":visible").forEach(e => {
			const a = e.sourceEndpoint(), c = (e.controlPoints() || [])[0], z = e.targetEndpoint();
			hubs.forEach(h => {
				if (e.source().same(h) || e.target().same(h)) return;
				out.checked++;
				if (h.neighborhood().contains(e.source()) && h.neighborhood().contains(e.target())) out.neighbor++;
				const p = h.position(), r = h.width() / 2;
				for (let k = 0; k <= 50; k++) {
					const q = k / 50, m = c || {x: (a.x + z.x) / 2, y: (a.y + z.y) / 2};
					const x = (1-q)*(1-q)*a.x + 2*q*(1-q)*m.x + q*q*z.x, y = (1-q)*(1-q)*a.y + 2*q*(1-q)*m.y + q*q*z.y;
					if (Math.hypot(x - p.x, y - p.y) < r) { out.through.push(e.id() + " over " + h.id()); return; }
				}
			});
		});
		return out;`)
	if crossings.Neighbor == 0 {
		t.Errorf("no edge links two neighbours of an expanded node (%d edges checked); the check proves little", crossings.Checked)
	}
	if len(crossings.Through) > 0 {
		t.Errorf("edges drawn through an expanded node: %q", crossings.Through)
	}

	// The edges of one pair of nodes are drawn apart, not on top of each
	// other.
	var overlaps []string
	b.script(&overlaps, `
		const cy = newskg.cy, out = [], mid = e => { const c = e.controlPoints(); return c ? c[0] : e.midpoint(); };
		cy.edges(":visible").forEach(e => cy.edges(":visible").forEach(f => {
			if (e.id() >= f.id() || !e.connectedNodes().same(f.connectedNodes())) return;
			const p = mid(e), q = mid(f);
			if (Math.hypot(p.x - q.x, p.y - q.y) < 10) out.push(e.id() + " on " + f.id());
		}));
		return out;`)
	if len(overlaps) > 0 {
		t.Errorf("edges drawn on top of each other: %q", overlaps)
	}
}

// Four articles written for the tests, with the metadata JSON Lines gives
// (outlet, date, title, link): one says Emmanuel Macron met Olaf Scholz on
// Tuesday, after a sentence that names Scholz alone; another that they did
// not meet; a third, published later, that they spoke on 2 March; a fourth
// that Scholz will meet Giorgia Meloni.
var sourcedArticles = []string{
	`{"id":"sommet","date":"2025-03-13","source":"Le Quotidien","title":"Sommet à Paris","url":"https://quotidien.example/2025/03/13/sommet","text":"Olaf Scholz est arrivé lundi à Paris pour deux jours.\nLe programme de la visite reste discret.\nEmmanuel Macron a rencontré Olaf Scholz mardi à l'Élysée."}`,
	`{"id":"dementi","date":"2025-03-14","source":"Le Temps","title":"Pas de rencontre","url":"https://letemps.example/dementi","text":"Emmanuel Macron et Olaf Scholz ne se sont pas rencontrés mardi."}`,
	`{"id":"appel","date":"2025-03-15","source":"La Gazette","title":"Un appel","text":"Olaf Scholz a téléphoné à Emmanuel Macron le 2 mars."}`,
	`{"id":"visite","date":"2025-03-16","source":"Le Quotidien","title":"Prochaine visite","text":"Olaf Scholz rencontrera Giorgia Meloni jeudi prochain à Rome."}`,
}

// A reader opens Olaf Scholz: the card shows the contradiction between
// the two articles with both sources; the "met" edge's evidence names its
// article's outlet, date, title and link; the article view highlights the
// second "Olaf Scholz" of the text, the one of the fact; the timeline lists
// his facts by the date of the event, not of the report.
func TestWebViewSourcesArticleTimelineAndContradiction(t *testing.T) {
	b := openWebView(t, ingesttest.BuildLines(t, sourcedArticles...), "/#/entity/Olaf_Scholz")
	b.waitFor("Olaf Scholz's card", `const h = document.querySelector("#card h2"); return !!h && h.textContent === "Olaf Scholz"`)

	// The contradiction, with both sides and their sources.
	b.waitFor("the contradictions", `return document.querySelectorAll("#contradictions .contradiction .side").length === 2`)
	var sides []string
	b.script(&sides, `return [...document.querySelectorAll("#contradictions .side")].map(s => s.textContent)`)
	for i, want := range [][]string{
		{"Emmanuel Macron a rencontré Olaf Scholz mardi", "Le Quotidien", "2025-03-13", "Sommet à Paris"},
		{"ne se sont pas rencontrés mardi", "negated", "Le Temps", "2025-03-14", "Pas de rencontre"},
	} {
		for _, w := range want {
			if !strings.Contains(sides[i], w) {
				t.Errorf("contradiction side %d lacks %q: %s", i+1, w, sides[i])
			}
		}
	}

	// The evidence of the met edge, clicked where it is drawn.
	var at []float64
	b.waitFor("the met edge", `return newskg.cy.getElementById("Emmanuel_Macron met Olaf_Scholz").nonempty()`)
	b.script(&at, `
		const cy = newskg.cy, e = cy.getElementById("Emmanuel_Macron met Olaf_Scholz");
		const box = cy.container().getBoundingClientRect(), p = e.renderedMidpoint();
		return [box.left + p.x, box.top + p.y];`)
	b.clickAt(int(at[0]), int(at[1]))
	b.waitFor("the evidence", `return document.querySelectorAll("#evidence .statement .source").length === 1`)
	var source struct{ Text, Href string }
	b.script(&source, `const s = document.querySelector("#evidence .statement .source");
		return {text: s.textContent, href: s.querySelector("a").href};`)
	for _, w := range []string{"Le Quotidien", "2025-03-13", "Sommet à Paris"} {
		if !strings.Contains(source.Text, w) {
			t.Errorf("the evidence's source lacks %q: %s", w, source.Text)
		}
	}
	if source.Href != "https://quotidien.example/2025/03/13/sommet" {
		t.Errorf("the evidence links to %q, want the article's URL", source.Href)
	}

	// The article view, from the evidence: the fact's sentence outlined and
	// its "Olaf Scholz" marked where it is in the text, not at the first
	// occurrence.
	b.click("#evidence .statement button.read")
	b.waitFor("the article", `return !!document.querySelector("#article .sentence.current")`)
	var article struct {
		Current string
		Marks   [][]any
	}
	b.script(&article, `return {
		current: document.querySelector("#article .current").dataset.index,
		marks: [...document.querySelectorAll("#article mark")].map(m => [m.textContent, +m.dataset.start, +m.dataset.end, m.className]),
	};`)
	text := "Olaf Scholz est arrivé lundi à Paris pour deux jours.\nLe programme de la visite reste discret.\nEmmanuel Macron a rencontré Olaf Scholz mardi à l'Élysée."
	second := strings.LastIndex(text, "Olaf Scholz")
	if article.Current != "2" {
		t.Errorf("the article outlines sentence %s, want 2 (the fact's)", article.Current)
	}
	found := false
	for _, m := range article.Marks {
		start, end := int(m[1].(float64)), int(m[2].(float64))
		if got := text[start:end]; got != m[0] {
			t.Errorf("mark %q is at bytes %d-%d of the text, which hold %q", m[0], start, end, got)
		}
		if m[0] == "Olaf Scholz" && start == 0 {
			t.Errorf("the first Olaf Scholz (sentence 0, no fact) is marked: %v", m)
		}
		found = found || m[0] == "Olaf Scholz" && start == second
	}
	if !found {
		t.Errorf("the fact's Olaf Scholz (byte %d) is not marked; marks: %v", second, article.Marks)
	}

	// Back to the evidence the article was opened from.
	b.click("#evidence button.back")
	b.waitFor("the evidence again", `return !document.querySelector("#article") &&
		document.querySelector("#evidence .statement .source").textContent.includes("Sommet à Paris")`)

	// The timeline: by event time (2, 11, 11, 20 March), while the reports
	// came on 13, 14, 15 and 16 March.
	b.click("#timeline-open")
	b.waitFor("the timeline", `return document.querySelectorAll("#timeline li").length > 0`)
	var items []string
	b.script(&items, `return [...document.querySelectorAll("#timeline li")].map(li =>
		li.querySelector(".when").textContent + " | " + li.querySelector(".claim").textContent.trim() + " | " + li.querySelector(".source").textContent)`)
	want := []string{
		"2025-03-02 (le 2 mars) | Emmanuel Macron spokeWith Olaf Scholz | La Gazette · 2025-03-15 · Un appel",
		"2025-03-11 (mardi) | Emmanuel Macron met Olaf Scholz | Le Quotidien · 2025-03-13 · Sommet à Paris",
		"2025-03-11 (mardi) | Emmanuel Macron met Olaf Scholz | Le Temps · 2025-03-14 · Pas de rencontrenegated",
		"2025-03-20 (jeudi prochain) | Giorgia Meloni plansToMeet Olaf Scholz | Le Quotidien · 2025-03-16 · Prochaine visite",
	}
	for i := range items {
		items[i] = strings.TrimSuffix(items[i], "read the article")
	}
	if strings.Join(items, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(items, "\n"), strings.Join(want, "\n"))
	}

	// As of 14 March, the store knew the meeting and its denial only.
	b.script(nil, `const i = document.querySelector("#timeline-filter input[name=asOf]");
		i.value = "2025-03-14"; i.dispatchEvent(new Event("change"));`)
	b.waitFor("the timeline as of 14 March", `const i = document.querySelector("#timeline-filter input[name=asOf]");
		return !!i && i.value === "2025-03-14"`)
	b.script(&items, `return [...document.querySelectorAll("#timeline li .source .outlet")].map(o => o.textContent)`)
	if got := strings.Join(items, ", "); got != "Le Quotidien, Le Temps" {
		t.Errorf("timeline as of 2025-03-14: outlets %s, want Le Quotidien, Le Temps", got)
	}
}

// A reader runs a Gizmo query in the box: its rows show as a table and its
// entities as a graph with the facts between them; then downloads the
// graph on screen as JSON, GraphML and PNG, and each file holds what the
// screen shows.
func TestWebViewGizmoBoxAndExport(t *testing.T) {
	b := openWebView(t, ingesttest.BuildLines(t, sourcedArticles...), "/")
	dir := t.TempDir()
	b.downloadTo(dir)
	b.waitFor("the class filter", `return document.querySelectorAll("#classes input").length > 0`)

	// A script that does not parse says why, in the panel.
	b.typeInto("#query", `g.V(`)
	b.click("#query-run")
	b.waitFor("the query's error", `const e = document.querySelector("#query-error"); return !!e && e.textContent.includes("SyntaxError")`)
	b.script(nil, `document.querySelector("#query").value = ""`)

	b.typeInto("#query", `g.V("<Olaf_Scholz>").Tag("source").Both(["<met>", "<spokeWith>", "<plansToMeet>"]).All()`)
	b.click("#query-run")
	b.waitFor("the query's table", `return document.querySelectorAll("#query-table tbody tr").length > 0`)
	var table struct {
		Head []string
		Rows [][]string
	}
	b.script(&table, `return {
		head: [...document.querySelectorAll("#query-table th")].map(th => th.textContent),
		rows: [...document.querySelectorAll("#query-table tbody tr")].map(tr => [...tr.cells].map(td => td.textContent)).sort(),
	};`)
	if got := strings.Join(table.Head, " "); got != "id source" {
		t.Errorf("table columns %q, want id source", got)
	}
	var rows []string
	for _, r := range table.Rows {
		rows = append(rows, strings.Join(r, " "))
	}
	if got, want := strings.Join(slices.Compact(rows), ", "), "<Emmanuel_Macron> <Olaf_Scholz>, <Giorgia_Meloni> <Olaf_Scholz>"; got != want {
		t.Errorf("table rows %q, want %q", got, want)
	}
	var shown struct{ Nodes, Edges []string }
	b.script(&shown, `const cy = newskg.cy; return {
		nodes: cy.nodes(":visible").map(n => n.data("label")).sort(),
		edges: cy.edges(":visible").map(e => e.id()).sort(),
	};`)
	if got, want := strings.Join(shown.Nodes, ", "), "Emmanuel Macron, Giorgia Meloni, Olaf Scholz"; got != want {
		t.Errorf("graph of the query: nodes %s, want %s", got, want)
	}
	if got, want := strings.Join(shown.Edges, ", "), "Emmanuel_Macron met Olaf_Scholz, Emmanuel_Macron spokeWith Olaf_Scholz, Giorgia_Meloni plansToMeet Olaf_Scholz"; got != want {
		t.Errorf("graph of the query: edges %s, want %s", got, want)
	}

	// The downloads.
	download := func(button, name string) []byte {
		t.Helper()
		b.click(`#export button[data-format="` + button + `"]`)
		path := filepath.Join(dir, name)
		deadline := time.Now().Add(15 * time.Second)
		for {
			if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
				return data
			}
			if time.Now().After(deadline) {
				entries, _ := os.ReadDir(dir)
				t.Fatalf("no %s downloaded (in %s: %v)", name, dir, entries)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	var saved struct {
		Elements struct {
			Nodes []struct {
				Data     struct{ ID, Label string }
				Position struct{ X, Y float64 }
			}
			Edges []struct {
				Data struct{ ID, Source, Target string }
			}
		}
	}
	if err := json.Unmarshal(download("json", "newskg-graph.json"), &saved); err != nil {
		t.Fatalf("the JSON download: %v", err)
	}
	var names, edges []string
	for _, n := range saved.Elements.Nodes {
		names = append(names, n.Data.Label)
	}
	for _, e := range saved.Elements.Edges {
		edges = append(edges, e.Data.ID)
	}
	slices.Sort(names)
	slices.Sort(edges)
	if !slices.Equal(names, shown.Nodes) || !slices.Equal(edges, shown.Edges) {
		t.Errorf("the JSON download holds %q and %q; the screen shows %q and %q", names, edges, shown.Nodes, shown.Edges)
	}

	var graphml struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				ID string `xml:"id,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(download("graphml", "newskg-graph.graphml"), &graphml); err != nil {
		t.Fatalf("the GraphML download: %v", err)
	}
	names, edges = nil, nil
	for _, n := range graphml.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "n_label" {
				names = append(names, d.Value)
			}
		}
	}
	for _, e := range graphml.Graph.Edges {
		edges = append(edges, e.ID)
	}
	slices.Sort(names)
	slices.Sort(edges)
	if !slices.Equal(names, shown.Nodes) || !slices.Equal(edges, shown.Edges) {
		t.Errorf("the GraphML download holds %q and %q; the screen shows %q and %q", names, edges, shown.Nodes, shown.Edges)
	}

	if png := download("png", "newskg-graph.png"); !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("the PNG download is not a PNG: % x", png[:min(8, len(png))])
	}
}
