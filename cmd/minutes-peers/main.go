// Command minutes-peers sets the readers beside the libraries the user
// named and the project measured, so that the reasons for the choices
// stay checked as both sides change:
//
//	go run ./cmd/minutes-peers html [-corpus DIR] [-runs N]
//	go run ./cmd/minutes-peers pdf [-corpus DIR] [-bench FILE] [-runs N]
//	go run ./cmd/minutes-peers dates [-runs N] [-lines N] [-v]
//	go run ./cmd/minutes-peers lang [-corpus DIR] [-runs N] [-v]
//
// html compares extract/html's content selection with
// codeberg.org/readeck/go-readability/v2 (a port of Mozilla's
// Readability) on the corpus's HTML pages and the HTML documents of
// testdata: the words each keeps of the page, the share of the words of
// the hand-written expected record it keeps (the minutes' words), the
// record's F1 when the pipeline reads what each kept (minutes check's
// scoring), and the time each takes.
//
// pdf compares the PDF reader's text with github.com/ledongthuc/pdf's
// plain text and poppler's pdftotext on the corpus's PDFs and on
// ../shared/bench/bench500.pdf: time, and the share of pdftotext's words
// each recovers.
//
// dates compares the meeting date the pipeline finds (parse/dates.go
// through the header's rules) with github.com/markusmobius/go-dateparser's
// search over the document's first lines, on the expected records of
// testdata (samples, corpus, corpus2, invented): the share of expected
// dates found exactly, and the time per document; then a set of date
// phrases from those documents, in their languages and forms, read by
// both.
//
// lang compares github.com/abadojack/whatlanggo's language for each corpus
// document, on its whole text and on its first 200 characters, with the
// language labelled by hand in languages.tsv; beside it, a vote of the
// parser's own vocabularies (parse/vocab) and a constant English.
//
// Only `make bench` runs it; the minutes command does not import it, so
// the peers it links are no dependency of the program.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "html":
		err = runHTML(os.Args[2:])
	case "pdf":
		err = runPDF(os.Args[2:])
	case "dates":
		err = runDates(os.Args[2:])
	case "lang":
		err = runLang(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "minutes-peers:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: minutes-peers html|pdf|dates|lang [flags]")
	os.Exit(2)
}
