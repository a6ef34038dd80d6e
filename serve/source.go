package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// MaxSource bounds the size of an original file the view serves.
const MaxSource = 512 << 20

// handleSource serves a meeting's original file. The file is found by the
// meeting's id in the database, never by a path from the request, and
// served only while its bytes are those imported (their SHA-256). An HTML
// original is served as plain text under a sandbox policy, so none of its
// scripts, handlers or refreshes can run in the view's origin; a PDF as a
// PDF, so the browser opens it at #page=N.
func (s *Server) handleSource(w http.ResponseWriter, r *http.Request) {
	id, ok := s.fileID(w, r)
	if !ok {
		return
	}
	ctx, cancel := queryContext(r)
	defer cancel()
	var path, digest, format string
	var encoding nstring
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(d.original, d.path), d.sha256, d.format, d.encoding
		FROM meetings m JOIN documents d ON d.id = m.document_id WHERE m.id = ?`, id).Scan(&path, &digest, &format, &encoding); err != nil {
		s.fail(w, r, err)
		return
	}
	data, modified, problem := readOriginal(path, digest)
	if problem != "" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "%s\nThe text as imported is at /meetings/%d/text.\n", problem, id)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Cache-Control", "no-store")
	name := filepath.Base(path)
	switch format {
	case "pdf":
		h.Set("Content-Type", "application/pdf")
		// A PDF viewer is a plugin, which a sandbox policy turns off; the
		// browser's viewer runs a PDF's scripts, if any, apart from the page.
		h.Set("Content-Security-Policy", "default-src 'none'; object-src 'self'; frame-ancestors 'none'")
	default:
		h.Set("Content-Type", "text/plain"+charset(encoding.String))
	}
	h.Set("Content-Disposition", fmt.Sprintf("inline; filename=%q", sanitizeName(name)))
	http.ServeContent(w, r, "", modified, bytes.NewReader(data))
}

// fileID reads the meeting id of a file's URL (/meetings/12/text,
// /meetings/12/source), which has no .json or .csv twin, or answers 404.
func (s *Server) fileID(w http.ResponseWriter, r *http.Request) (int64, bool) {
	id, err := idParam(r)
	if formatOf(r) != "html" {
		err = errNotFound
	}
	if err != nil {
		s.fail(w, r, err)
		return 0, false
	}
	return id, true
}

// readOriginal reads the file imported from path, or says in a sentence
// why it cannot be served: gone, unreadable, too big or changed since.
func readOriginal(path, digest string) (data []byte, modified time.Time, problem string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, modified, fmt.Sprintf("The original file is no longer at %s.", path)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil {
		modified = info.ModTime()
	}
	data, err = io.ReadAll(io.LimitReader(f, MaxSource+1))
	switch {
	case err != nil:
		return nil, modified, fmt.Sprintf("The original file %s cannot be read: %v.", path, err)
	case len(data) > MaxSource:
		return nil, modified, fmt.Sprintf("The original file %s is too big to serve.", path)
	}
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != digest {
		return nil, modified, fmt.Sprintf("The file at %s has changed since it was imported; import it again to see it here.", path)
	}
	return data, modified, ""
}

var charsetName = regexp.MustCompile(`^[A-Za-z0-9_.:-]{1,40}$`)

// charset is the Content-Type parameter of a document's encoding, when it
// is a plain label.
func charset(encoding string) string {
	if !charsetName.MatchString(encoding) {
		return ""
	}
	return "; charset=" + encoding
}

// sanitizeName keeps a file name safe in a header.
func sanitizeName(name string) string {
	b := []byte(name)
	for i, c := range b {
		if c < 0x20 || c == '"' || c == '\\' || c >= 0x7f {
			b[i] = '_'
		}
	}
	return string(b)
}
