package server_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// This file is a small client of the W3C WebDriver protocol
// (https://www.w3.org/TR/webdriver2/), enough to drive headless Chromium
// through chromedriver with net/http: open a page, type, click at a point,
// run a script, take a screenshot, save downloads.

// browser is a chromedriver process and one session in it.
type browser struct {
	t       *testing.T
	base    string // http://127.0.0.1:PORT
	session string
}

// findBrowser returns the paths of Chromium and chromedriver, or skips the
// test saying what to install.
func findBrowser(t *testing.T) (chromium, driver string) {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	driver, _ = exec.LookPath("chromedriver")
	if chromium == "" || driver == "" {
		t.Skip("end-to-end test skipped: it needs Chromium and chromedriver (Debian: apt-get install chromium chromium-driver; .ci/run installs them)")
	}
	return chromium, driver
}

// startBrowser starts chromedriver and a headless Chromium session; both
// stop when the test ends.
func startBrowser(t *testing.T, width, height int) *browser {
	chromium, driver := findBrowser(t)
	port := freePort(t)
	cmd := exec.Command(driver, "--port="+strconv.Itoa(port))
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting chromedriver: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	b := &browser{t: t, base: fmt.Sprintf("http://127.0.0.1:%d", port)}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var st struct {
			Value struct{ Ready bool } `json:"value"`
		}
		if err := b.call("GET", "/status", nil, &st); err == nil && st.Value.Ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chromedriver did not start:\n%s", logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	args := []string{"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--hide-scrollbars", "--force-device-scale-factor=1", fmt.Sprintf("--window-size=%d,%d", width, height)}
	var created struct {
		Value struct {
			SessionID string `json:"sessionId"`
		} `json:"value"`
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName":        "chrome",
		"goog:chromeOptions": map[string]any{"binary": chromium, "args": args},
	}}}
	if err := b.call("POST", "/session", caps, &created); err != nil {
		t.Fatalf("starting Chromium: %v\n%s", err, logs.String())
	}
	b.session = created.Value.SessionID
	t.Cleanup(func() { b.call("DELETE", "/session/"+b.session, nil, nil) })
	return b
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// call sends one WebDriver command and decodes its answer into out.
func (b *browser) call(method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		data, _ := json.Marshal(body)
		rd = bytes.NewReader(data)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, b.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("webdriver %s %s: %s: %s", method, path, res.Status, data)
	}
	if out != nil {
		return json.Unmarshal(data, out)
	}
	return nil
}

func (b *browser) cmd(method, path string, body, out any) {
	b.t.Helper()
	if err := b.call(method, "/session/"+b.session+path, body, out); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) open(url string) { b.cmd("POST", "/url", map[string]string{"url": url}, nil) }

// find returns the id of the element matching a CSS selector.
func (b *browser) find(css string) string {
	var r struct {
		Value map[string]string `json:"value"`
	}
	b.cmd("POST", "/element", map[string]string{"using": "css selector", "value": css}, &r)
	for _, id := range r.Value {
		return id
	}
	b.t.Fatalf("no element %s", css)
	return ""
}

// typeInto types text into an element ("\uE007" is Enter).
func (b *browser) typeInto(css, text string) {
	b.cmd("POST", "/element/"+b.find(css)+"/value", map[string]string{"text": text}, nil)
}

// script runs JavaScript in the page and decodes its return value into out.
func (b *browser) script(out any, js string, args ...any) {
	b.t.Helper()
	if args == nil {
		args = []any{}
	}
	var r struct {
		Value json.RawMessage `json:"value"`
	}
	b.cmd("POST", "/execute/sync", map[string]any{"script": js, "args": args}, &r)
	if out != nil {
		if err := json.Unmarshal(r.Value, out); err != nil {
			b.t.Fatalf("script result %s: %v", r.Value, err)
		}
	}
}

// waitFor runs a script (with its arguments) until it returns true.
func (b *browser) waitFor(what, js string, args ...any) {
	b.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		var ok bool
		b.script(&ok, js, args...)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// clickAt clicks with the mouse at a point of the viewport, as a user does.
func (b *browser) clickAt(x, y int) {
	b.cmd("POST", "/actions", map[string]any{"actions": []any{map[string]any{
		"type": "pointer", "id": "mouse", "parameters": map[string]string{"pointerType": "mouse"},
		"actions": []any{
			map[string]any{"type": "pointerMove", "x": x, "y": y, "origin": "viewport", "duration": 0},
			map[string]any{"type": "pointerDown", "button": 0},
			map[string]any{"type": "pause", "duration": 50},
			map[string]any{"type": "pointerUp", "button": 0},
		},
	}}}, nil)
}

// downloadTo makes the browser save downloads in dir, through the
// DevTools command chromedriver forwards (WebDriver has none).
func (b *browser) downloadTo(dir string) {
	b.cmd("POST", "/goog/cdp/execute", map[string]any{"cmd": "Browser.setDownloadBehavior",
		"params": map[string]any{"behavior": "allow", "downloadPath": dir}}, nil)
}

// click clicks the element matching a CSS selector.
func (b *browser) click(css string) {
	b.t.Helper()
	b.cmd("POST", "/element/"+b.find(css)+"/click", map[string]any{}, nil)
}

// screenshot saves a PNG of the viewport.
func (b *browser) screenshot(path string) {
	var r struct {
		Value string `json:"value"`
	}
	b.cmd("GET", "/screenshot", nil, &r)
	png, err := base64.StdEncoding.DecodeString(r.Value)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}
