package server_test

import (
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
	if testing.Short() {
		t.Skip("starts a browser")
	}
	b := startBrowser(t, 1400, 900)
	srv := sampleServer(t)

	b.open(srv.URL + "/")
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
	b.cmd("POST", "/element/"+b.find(`#classes input[value="contact"]`)+"/click", map[string]any{}, nil)
	b.waitFor("met edges hidden with the contact class unchecked",
		`return newskg.cy.edges('[predicate = "met"]').every(e => !e.visible())`)
	b.cmd("POST", "/element/"+b.find(`#classes input[value="contact"]`)+"/click", map[string]any{}, nil)
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
