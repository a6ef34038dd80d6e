package main

import (
	"strings"
	"testing"

	"minutes/document"
)

func TestHeadDocument(t *testing.T) {
	doc := &document.Document{Path: "x.txt", Format: document.Text}
	for _, s := range []string{"Minutes", "", "  ", "Date: 3 May 2010", "Present: A, B", "1. Welcome"} {
		doc.Lines = append(doc.Lines, document.Line{Text: s})
	}
	head := headDocument(doc, "document.txt", 3)
	if got, want := head.Text(), "Minutes\nDate: 3 May 2010\nPresent: A, B"; strings.TrimSpace(got) != want {
		t.Errorf("head = %q, want %q", got, want)
	}
	if head.Path != "document.txt" || head.Format != document.Text {
		t.Errorf("head path %q format %q", head.Path, head.Format)
	}
}

// TestDpSearch checks the way go-dateparser is asked: a full date first,
// a month and year when the text gives no day, nothing for a time alone.
func TestDpSearch(t *testing.T) {
	p := newDateParser()
	tests := []struct {
		strategy, lang, text, want string
	}{
		{"split", "", "Minutes of the meeting\nAmsterdam, 23 January 2006", "2006-01-23"},
		{"split", "de", "Protokoll\nDatum: 12. März 2019", "2019-03-12"},
		{"split", "", "IETF 70 HTTPbis minutes, December 2007", "2007-12"},
		{"split", "en", "The meeting opened at 10h", ""},
	}
	for _, tt := range tests {
		if got := dpSearch(p, tt.strategy, tt.lang, tt.text); got != tt.want {
			t.Errorf("dpSearch(%s, %q, %q) = %q, want %q", tt.strategy, tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestPhrasesAreDates(t *testing.T) {
	for _, ph := range phrases {
		if len(ph.want) != len("2006-01-02") || ph.text == "" || ph.from == "" {
			t.Errorf("phrase %+v: want an ISO day, a text and its source", ph)
		}
	}
}

func TestLanguageLabels(t *testing.T) {
	docs, err := langDocs(languagesTSV)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{"en": true, "fr": true, "de": true, "es": true, "nl": true, "it": true, "pt": true, "cy": true, "zh": true, "ja": true}
	seen := map[string]bool{}
	for _, d := range docs {
		if !known[d.lang] || seen[d.file] {
			t.Errorf("label %+v: unknown language or repeated file", d)
		}
		seen[d.file] = true
	}
	if len(docs) != 96+18 {
		t.Errorf("%d labels, want the corpus's 96 documents and the 18 held-out ones", len(docs))
	}
}

func TestVocabVote(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Présents : A, B. Excusés : C. Ordre du jour. Le procès-verbal est adopté à l'unanimité.", "fr"},
		{"Anwesend: A, B. Tagesordnung. Der Antrag wurde einstimmig angenommen.", "de"},
		{"Present: A, B. Apologies: C. Agenda. The motion was carried unanimously.", "en"},
		{"", "en"},
	}
	for _, tt := range tests {
		if got := vocabVote(tt.text); got != tt.want {
			t.Errorf("vocabVote(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if got := firstChars("a  b\n\n c", 3); got != "a b" {
		t.Errorf("firstChars = %q", got)
	}
}
