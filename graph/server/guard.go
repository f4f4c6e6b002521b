package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// This file holds what keeps a page in a browser from using the server on
// the user's behalf. A page on any site can make the browser send requests
// to 127.0.0.1:8080; it cannot set a JSON content type or an Authorization
// header without a CORS preflight, which this server does not grant, and a
// DNS-rebinding page (attacker.example resolved to 127.0.0.1) still sends
// its own name as Host. So:
//
//   - the Host must be a loopback name, an IP address (a page that names an
//     address is on that address, not rebound), or one of Config.AllowedHosts;
//   - a request that carries an Origin must come from the server's own
//     origin or one of Config.AllowedOrigins;
//   - a write must carry the write token (and a write of quads be JSON).

// guard refuses the requests whose Host or Origin the server does not
// answer to, before any handler runs.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r.Host) {
			writeError(w, http.StatusForbidden, fmt.Errorf("this server does not answer to the host %q; start it with --allowed-hosts %s to allow that name", r.Host, hostname(r.Host)))
			return
		}
		if origin := r.Header.Get("Origin"); origin != "" && !s.originAllowed(origin, r.Host) {
			writeError(w, http.StatusForbidden, fmt.Errorf("requests from pages of %s are refused; the server answers its own web view and the origins it is started with", origin))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// hostname is a Host header without its port.
func hostname(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return strings.Trim(host, "[]")
}

func (s *Server) hostAllowed(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(hostname(host), "."))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") || net.ParseIP(h) != nil {
		return true // browsers resolve *.localhost to loopback themselves
	}
	for _, a := range s.cfg.AllowedHosts {
		if a == "*" || strings.EqualFold(strings.TrimSuffix(a, "."), h) {
			return true
		}
	}
	return false
}

// originAllowed reports whether a request with this Origin, sent to host,
// comes from the server's own pages or from an allowed origin.
func (s *Server) originAllowed(origin, host string) bool {
	u, err := url.Parse(origin)
	if err != nil || origin == "null" {
		return false
	}
	if (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, host) {
		return true
	}
	for _, a := range s.cfg.AllowedOrigins {
		if strings.EqualFold(strings.TrimSuffix(a, "/"), origin) {
			return true
		}
	}
	return false
}

// checkWrite refuses a write that is not JSON or lacks the token: a form or
// a text/plain POST from another site can be neither.
func (s *Server) checkWrite(r *http.Request) error {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		return httpError{http.StatusUnsupportedMediaType, errors.New("a write is a JSON array of quads: send it with Content-Type: application/json")}
	}
	return s.checkToken(r)
}

// checkToken refuses a write without the write token. A page of another
// site cannot send the Authorization header without a CORS preflight,
// which the server grants only to Config.AllowedOrigins.
func (s *Server) checkToken(r *http.Request) error {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.WriteToken)) != 1 {
		return httpError{http.StatusUnauthorized, errors.New("a write needs the header Authorization: Bearer TOKEN, with the token newskg serve printed at start (or gave with --write-token)")}
	}
	return nil
}

// Timeouts of the connection, whatever the handler: a client that sends
// its headers or body a byte at a time, or never reads the answer, cannot
// hold a connection (and a goroutine) past them.
const (
	readHeaderTimeout = 10 * time.Second
	// readTimeout covers the headers and the body: a 1 MB body at 100 kB/s.
	readTimeout = 10 * time.Second
	idleTimeout = 60 * time.Second
	// writeMargin is added to the time limit for sending the answer.
	writeMargin = 30 * time.Second
)

// HTTPServer returns an http.Server for the server with connection
// timeouts, so that slow clients are cut off.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      s.cfg.Timeout + writeMargin,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
}

// NewToken returns a random write token.
func NewToken() (string, error) {
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}
