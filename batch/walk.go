package batch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/bmatcuk/doublestar/v4"

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
	Files    []File
	Skipped  map[string]int // files not imported, by extension ("(none)" for none)
	Excluded int            // files left out by the filter's --include and --exclude
	Pruned   int            // folders not walked because --exclude names them
	Errors   []error        // folders whose entries could not be listed

	filter Filter
}

// A Filter picks the files of a walk by glob patterns (import's --include
// and --exclude). A pattern is matched against a file's path relative to
// the PATH argument it was found under, with "/" between folders, and
// against its base name: "*.pdf" takes every PDF at any depth,
// "2019/**" everything under the folder 2019, "**/drafts/*.txt" the text
// files of every folder named drafts. "**" is any number of folders,
// "*" any run of characters but "/", "?" one, "[abc]" and "{a,b}" as in
// a shell (github.com/bmatcuk/doublestar). A file named on the command
// line is matched by its base name.
//
// With Include patterns, a file must match one of them; a file matching
// an Exclude pattern is left out, and so is a folder, which is then not
// walked at all ("--exclude drafts", "--exclude 'old/*'").
type Filter struct {
	Include []string
	Exclude []string
}

// Validate reports the first pattern that is not a valid glob.
func (f Filter) Validate() error {
	for _, p := range append(append([]string{}, f.Include...), f.Exclude...) {
		if !doublestar.ValidatePattern(p) {
			return fmt.Errorf("%q is not a valid glob pattern", p)
		}
	}
	return nil
}

// matchAny reports whether rel (slash-separated, relative to a PATH
// argument) or its base name matches one of the patterns.
func matchAny(patterns []string, rel string) bool {
	base := path.Base(rel)
	for _, p := range patterns {
		if ok, _ := doublestar.Match(p, rel); ok {
			return true
		}
		if ok, _ := doublestar.Match(p, base); ok {
			return true
		}
	}
	return false
}

// joinRel is the relative path of an entry of the folder at rel.
func joinRel(rel, name string) string {
	if rel == "" {
		return name
	}
	return rel + "/" + name
}

// takes reports whether the filter takes a file at rel.
func (f Filter) takes(rel string) bool {
	if matchAny(f.Exclude, rel) {
		return false
	}
	return len(f.Include) == 0 || matchAny(f.Include, rel)
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
func WalkPaths(paths []string) *Walk { return Filter{}.Walk(paths) }

// Walk walks the paths as WalkPaths does, taking only the files the
// filter takes and not entering the folders it excludes.
func (f Filter) Walk(paths []string) *Walk {
	w := &Walk{Skipped: map[string]int{}, filter: f}
	seen := map[fileID]bool{}
	for _, p := range paths {
		w.walk(p, "", seen)
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

// walk walks one path; rel is its path relative to the PATH argument it
// was found under, "" for the argument itself.
func (w *Walk) walk(path, rel string, seen map[fileID]bool) {
	info, err := os.Stat(path) // follows links
	if err != nil {
		w.Files = append(w.Files, File{Path: path, Err: err})
		return
	}
	if !info.IsDir() {
		if !info.Mode().IsRegular() {
			return
		}
		if rel == "" {
			rel = filepath.Base(path)
		}
		if !w.filter.takes(rel) {
			w.Excluded++
			return
		}
		w.consider(path, info.Size())
		return
	}
	if rel != "" && matchAny(w.filter.Exclude, rel) {
		w.Pruned++
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
		w.walk(filepath.Join(path, e.Name()), joinRel(rel, e.Name()), seen)
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
