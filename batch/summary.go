package batch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"

	"minutes/document"
	"minutes/parse"
	"minutes/store"
)

// A Summary tells the truth about every file of a batch.
type Summary struct {
	Files    int                    // files tried
	Bytes    int64                  // their total size
	Outcomes map[store.Outcome]int  // imported, unchanged, replaced, failed
	Failures map[string][]Result    // failed files by reason
	Skipped  map[string]int         // files passed over, by extension
	Walk     []error                // folders that could not be read
	Warnings int                    // warnings in the imported records
	People   parse.ParticipantStats // participants found in the imported records, rows rebuilt and uncertain
	Scanned  ScanStats              // scanned pages of the imported documents: read by OCR, and not read
	Started  time.Time
	Elapsed  time.Duration
}

// ScanStats count the scanned pages of a batch.
type ScanStats struct {
	Read    int     // pages read by OCR
	Words   int     // the words read on them
	Conf    float64 // their mean word confidence, 0 to 100
	NotRead int     // scanned pages not read: no Tesseract, --no-ocr, a limit, an image that cannot be decoded
}

// add counts the scanned pages of one document.
func (st *ScanStats) add(r *document.OCRReport) {
	if r == nil {
		return
	}
	if words := st.Words + wordsOf(r); words > 0 {
		st.Conf = (st.Conf*float64(st.Words) + r.MeanConf()*float64(wordsOf(r))) / float64(words)
		st.Words = words
	}
	st.Read += len(r.Pages)
	st.NotRead += len(r.NotRead)
}

func wordsOf(r *document.OCRReport) int {
	n := 0
	for _, p := range r.Pages {
		n += p.Words
	}
	return n
}

func newSummary(w *Walk) *Summary {
	return &Summary{
		Outcomes: map[store.Outcome]int{},
		Failures: map[string][]Result{},
		Skipped:  w.Skipped,
		Walk:     w.Errors,
		Started:  time.Now(),
	}
}

func (s *Summary) add(r Result) {
	s.Files++
	s.Bytes += r.Size
	s.Outcomes[r.Outcome]++
	if r.Outcome == Failed {
		reason := r.Reason()
		s.Failures[reason] = append(s.Failures[reason], r)
	}
	if r.Record != nil {
		s.Warnings += len(r.Record.Warnings)
		p := r.Record.ParticipantStats()
		s.People.Found += p.Found
		s.People.Rebuilt += p.Rebuilt
		s.People.Uncertain += p.Uncertain
	}
	s.Scanned.add(r.OCR)
	s.Elapsed = time.Since(s.Started)
}

// Failed reports whether any file failed or any folder could not be read.
func (s *Summary) Failed() bool { return s.Outcomes[Failed] > 0 || len(s.Walk) > 0 }

// Write prints the summary for a person.
func (s *Summary) Write(w io.Writer) {
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(w, "%d files (%.1f MB) in %.1fs: %d imported, %d unchanged, %d replaced, %d failed; %d warnings\n",
		s.Files, float64(s.Bytes)/(1<<20), s.Elapsed.Seconds(), s.Outcomes[store.Imported], s.Outcomes[store.Unchanged],
		s.Outcomes[store.Replaced], s.Outcomes[Failed], s.Warnings)
	fmt.Fprintf(w, "participants: %d found, %d table rows rebuilt from one-character lines, %d of them uncertain\n",
		s.People.Found, s.People.Rebuilt, s.People.Uncertain)
	if sc := s.Scanned; sc.Read+sc.NotRead > 0 {
		fmt.Fprintf(w, "scanned pages: %d read by OCR (mean word confidence %.0f%%), %d not read (their warnings say why)\n", sc.Read, sc.Conf, sc.NotRead)
	}
	fmt.Fprintf(w, "%.0f files/s, %.1f MB/s\n", float64(s.Files)/secs, float64(s.Bytes)/(1<<20)/secs)
	if len(s.Skipped) > 0 {
		var parts []string
		for _, ext := range sortedKeys(s.Skipped) {
			parts = append(parts, fmt.Sprintf("%d %s", s.Skipped[ext], ext))
		}
		fmt.Fprintf(w, "skipped (not minutes formats): %s\n", strings.Join(parts, ", "))
	}
	for _, err := range s.Walk {
		fmt.Fprintf(w, "could not read: %v\n", err)
	}
	reasons := make([]string, 0, len(s.Failures))
	for r := range s.Failures {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool { return len(s.Failures[reasons[i]]) > len(s.Failures[reasons[j]]) })
	for _, reason := range reasons {
		fails := s.Failures[reason]
		fmt.Fprintf(w, "failed: %s (%d):\n", reason, len(fails))
		for i, f := range fails {
			if i == 10 {
				fmt.Fprintf(w, "  … and %d more (see --report)\n", len(fails)-10)
				break
			}
			fmt.Fprintf(w, "  %v\n", f.Err)
		}
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// reasonOf names the kind of a failure, to group failures in the summary.
func reasonOf(err error) string {
	var limit *LimitError
	var storeErr *StoreError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &limit):
		if strings.Contains(limit.What, "--timeout") {
			return "took too long"
		}
		return "too large"
	case errors.As(err, &storeErr):
		return "could not be stored"
	case errors.Is(err, document.ErrEmpty):
		return "empty file"
	case errors.Is(err, document.ErrEncrypted):
		return "encrypted PDF"
	case errors.Is(err, document.ErrBinary):
		return "binary data, not text"
	case errors.Is(err, document.ErrUnsupported):
		return "not a supported format"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "not found"
	}
	var xe *document.Error
	if errors.As(err, &xe) {
		return "unreadable"
	}
	return "other"
}

// WriteFailures prints only the failed files, one line each: the output of
// a quiet import.
func (s *Summary) WriteFailures(w io.Writer) {
	for _, fails := range s.Failures {
		for _, f := range fails {
			fmt.Fprintf(w, "minutes: %v\n", f.Err)
		}
	}
	for _, err := range s.Walk {
		fmt.Fprintf(w, "minutes: %v\n", err)
	}
}
