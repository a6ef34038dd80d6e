package batch

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"minutes/document"
	"minutes/extract"
)

// A File is one file the walk found to import, or a path it could not
// read: a file named on the command line that does not exist is a file
// that failed, counted and reported with the others.
type File struct {
	Path string
	Size int64
	Err  error // why the path could not be read
}

// A Walk is what walking the paths found: the files to import, and what
// was passed over.
type Walk struct {
	Files   []File
	Skipped map[string]int // files not imported, by extension ("(none)" for none)
	Errors  []error        // folders whose entries could not be listed
}

// importable are the extensions imported without looking inside; files
// with no extension are sniffed.
var importable = map[string]bool{
	".pdf": true, ".htm": true, ".html": true, ".xhtml": true,
	".txt": true, ".text": true, ".md": true, ".markdown": true,
	".tif": true, ".tiff": true, ".png": true, ".jpg": true, ".jpeg": true, // scans, read by OCR
}

// WalkPaths walks files and folders recursively, in lexical order,
// following symbolic links but never the same folder twice (no symlink
// loops). It picks files by extension, and files without one by their
// content.
func WalkPaths(paths []string) *Walk {
	w := &Walk{Skipped: map[string]int{}}
	seen := map[fileID]bool{}
	for _, p := range paths {
		w.walk(p, seen)
	}
	return w
}

// fileID identifies a folder on disk, whatever path leads to it.
type fileID struct{ dev, ino uint64 }

func idOf(info fs.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), uint64(st.Ino)}, true
}

func (w *Walk) walk(path string, seen map[fileID]bool) {
	info, err := os.Stat(path) // follows links
	if err != nil {
		w.Files = append(w.Files, File{Path: path, Err: err})
		return
	}
	if !info.IsDir() {
		if info.Mode().IsRegular() {
			w.consider(path, info.Size())
		}
		return
	}
	if id, ok := idOf(info); ok {
		if seen[id] {
			return // a link back to a folder already walked
		}
		seen[id] = true
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		w.Errors = append(w.Errors, err)
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue // hidden files and folders: .git, .DS_Store
		}
		w.walk(filepath.Join(path, e.Name()), seen)
	}
}

// consider adds a file to import, or counts it as skipped.
func (w *Walk) consider(path string, size int64) {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case importable[ext]:
		w.Files = append(w.Files, File{Path: path, Size: size})
	case ext == "" && sniffable(path):
		w.Files = append(w.Files, File{Path: path, Size: size})
	case ext == "":
		w.Skipped["(none)"]++
	default:
		w.Skipped[ext]++
	}
}

// sniffable reports whether a file without an extension holds something
// the readers understand, from its first kilobyte.
func sniffable(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true // let the import report the error
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return true
	}
	head = head[:n]
	switch extract.Sniff(path, head) {
	case document.PDF, document.HTML, document.Image:
		return true
	case document.Text:
		return looksLikeText(head)
	}
	return false
}

// looksLikeText reports whether bytes are plausibly text: no NUL bytes and
// few control characters.
func looksLikeText(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	controls := 0
	for _, c := range b {
		if c == 0 {
			return false
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			controls++
		}
	}
	return controls*50 < len(b)
}
