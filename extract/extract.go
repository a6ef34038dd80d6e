package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// An Error is a failure to read one file, with the place in it where that is
// known. It is what every reader returns, so a batch can report the file and
// go on.
type Error struct {
	Path  string
	Place Place // zero when the failure is not tied to a place
	Err   error
}

func (e *Error) Error() string {
	if p := e.Place.String(); p != "" {
		return fmt.Sprintf("%s: %s: %v", e.Path, p, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Errors a reader may wrap in an Error.
var (
	ErrEmpty       = errors.New("file is empty")
	ErrUnsupported = errors.New("not a PDF, HTML or text file")
	ErrEncrypted   = errors.New("PDF is encrypted with a password")
	ErrBinary      = errors.New("file holds binary data, not text")
)

// ReadFile reads the file at path and extracts it with Read.
func ReadFile(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	return Read(path, data)
}

// Read extracts the document held in data. The path names the file in
// errors and in the document; the format is found from the content
// (Sniff), so a file's extension may be wrong or missing.
//
// A panic inside a reader (the third-party PDF parser has some on malformed
// input) is recovered and returned as an Error, so one hostile file never
// stops a batch.
func Read(path string, data []byte) (doc *Document, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Path: path, Err: ErrEmpty}
	}
	format := Sniff(path, data)
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			err = &Error{Path: path, Err: fmt.Errorf("%s reader failed: %v", format, r)}
			if os.Getenv("MINUTES_DEBUG") != "" {
				err = fmt.Errorf("%w\n%s", err, debug.Stack())
			}
		}
	}()
	switch format {
	case PDF:
		doc, err = readPDF(data)
	case HTML:
		doc, err = readHTML(data)
	case Text:
		doc, err = readText(data)
	default:
		return nil, &Error{Path: path, Err: ErrUnsupported}
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Path = path
			return nil, e
		}
		return nil, &Error{Path: path, Err: err}
	}
	sum := sha256.Sum256(data)
	doc.Path = path
	doc.Format = format
	doc.SHA256 = hex.EncodeToString(sum[:])
	return doc, nil
}

// Sniff finds a file's format from its first bytes, falling back on its
// extension. It returns "" for content none of the readers understands
// (images, archives, executables).
func Sniff(path string, data []byte) Format {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.Contains(head, []byte("%PDF-")) {
		return PDF
	}
	if looksLikeHTML(head) {
		return HTML
	}
	if hasBinaryMagic(head) {
		return ""
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return PDF // a PDF whose header is damaged: let the reader say so
	case ".htm", ".html", ".xhtml":
		return HTML
	}
	return Text
}

func looksLikeHTML(head []byte) bool {
	s := strings.ToLower(string(bytes.TrimLeft(trimBOM(head), " \t\r\n")))
	for _, prefix := range []string{"<!doctype html", "<html", "<head", "<?xml version=\"1.0\"?>\n<!doctype html", "<meta", "<body"} {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return strings.HasPrefix(s, "<?xml") && strings.Contains(s, "<html")
}

// binaryMagic lists the starts of common non-text files found in archives.
var binaryMagic = [][]byte{
	[]byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"), []byte("PK\x03\x04"),
	[]byte("\x1f\x8b"), []byte("BZh"), []byte("\xd0\xcf\x11\xe0"), []byte("\x7fELF"),
	[]byte("MZ"), []byte("II*\x00"), []byte("MM\x00*"), []byte("7z\xbc\xaf"), []byte("Rar!"),
}

func hasBinaryMagic(head []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return true
		}
	}
	return false
}

func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}
