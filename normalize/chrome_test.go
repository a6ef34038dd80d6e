package normalize

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"minutes/internal/fold"
)

func TestChromeLineKinds(t *testing.T) {
	tests := []struct {
		text                            string
		viewer, button, comment, byline bool
	}{
		{text: "Publié le : samedi 25 juin 2011", viewer: true},
		{text: "Lecture(s) : 270", viewer: true},
		{text: "Nombre de pages : 8", viewer: true},
		{text: "Published on: 3 May 2012", viewer: true},
		{text: "Views: 1,234", viewer: true},
		{text: "Seiten: 12", viewer: true},
		{text: "Aufrufe: 57", viewer: true},
		{text: "Date: 25 January 2010"},              // the meeting's own field
		{text: "Present: Alice Smith, Bob Jones"},    // the meeting's own field
		{text: "Links: http://www.terena.org/"},      // not a viewer word
		{text: "Voir plus Voir moins", button: true}, // 2010 seed
		{text: "Show more Show less", button: true},  // English
		{text: "Mehr anzeigen Weniger anzeigen", button: true},
		{text: "More or less everyone agreed that the plan needed more work and less talk."},
		{text: "Soyez le premier à déposer un commentaire !", comment: true},
		{text: "17/1000 caractères maximum.", comment: true},
		{text: "Be the first to comment!", comment: true},
		{text: "Leave a comment", comment: true},
		{text: "0/500 characters", comment: true},
		{text: "Any comments should be sent to the secretary."},
		{text: "De", byline: true},
		{text: "Publié par", byline: true},
		{text: "Uploaded by", byline: true},
		{text: "Minutes"},
		{text: "De Vries"},
		{text: "270 views", viewer: true},
		{text: "8 pages", viewer: true},
		{text: "Tags: minutes, board", viewer: true},
		{text: "3 members were present"},
	}
	for _, tt := range tests {
		got := [4]bool{isViewerField(tt.text) || isViewerCount(tt.text), isMoreLessButton(tt.text), isCommentBox(tt.text), isByline(tt.text)}
		want := [4]bool{tt.viewer, tt.button, tt.comment, tt.byline}
		if got != want {
			t.Errorf("%q: viewer, button, comment, byline = %v, want %v", tt.text, got, want)
		}
	}
}

// TestPageChromeSeed drops the chrome around the 2010 seed: the lines before
// its first running header and the comment box at its end.
func TestPageChromeSeed(t *testing.T) {
	doc := readDocument(t, filepath.Join(samplesDir, "tf-csirt-29-2010-hamburg.txt"))
	before := textsOf(doc)
	warnings := pageChrome.Apply(doc)
	after := textsOf(doc)
	if after[0] != "SUBJECT" {
		t.Errorf("first line after chrome is %q, want the running header's SUBJECT", after[0])
	}
	if last := after[len(after)-1]; last != "The Netherlands" {
		t.Errorf("last line after chrome is %q, want the participants' last country", last)
	}
	// Only the ends went: the rest is the same.
	if diff := cmp.Diff(before[10:len(before)-3], after); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(warnings) != 2 {
		t.Fatalf("got %d warnings, want 2: %v", len(warnings), warnings)
	}
	for _, want := range []string{"duplicate summary", "viewer labels", "buttons"} {
		if !strings.Contains(warnings[0].Message, want) {
			t.Errorf("warning %q does not mention %q", warnings[0].Message, want)
		}
	}
	if !strings.Contains(warnings[1].Message, "comment box") {
		t.Errorf("warning %q does not mention the comment box", warnings[1].Message)
	}
}

func TestPageChrome(t *testing.T) {
	body := []string{
		"Minutes of the 17th TF-CSIRT meeting",
		"Amsterdam, 23 January 2006",
		"1. Welcome and apologies",
		"Gorazd Božič welcomed the participants of the first joint TF-CSIRT and FIRST event.",
		"2. Approval of the Minutes",
		"The minutes of the last meeting held on 16 September 2005 were approved.",
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{
			name: "English viewer frame",
			in: append(append([]string{
				"Uploaded by",
				"Published on: 3 May 2012",
				"Views: 1,234",
				"Number of pages: 2",
				"Show more Show less",
				"",
			}, body...), "", "Be the first to comment!", "0/1000 characters"),
			want: body,
		},
		{
			name: "buttons and counts without colons",
			in:   append([]string{"Download Print Share", "270 views", "2 pages", ""}, body...),
			want: body,
		},
		{
			name: "German viewer frame",
			in:   append([]string{"Veröffentlicht am: 12.03.2014", "Seiten: 2", "Aufrufe: 57", ""}, body...),
			want: body,
		},
		{
			name: "a clean document keeps its title and its own fields",
			in:   append([]string{"Minutes", "Date: 25 January 2010", "Present: Alice Smith, Bob Jones", ""}, body...),
			want: append([]string{"Minutes", "Date: 25 January 2010", "Present: Alice Smith, Bob Jones", ""}, body...),
		},
		{
			name: "a title the body repeats is not chrome on its own",
			in:   append([]string{"Minutes of the 17th TF-CSIRT meeting Amsterdam"}, body...),
			want: append([]string{"Minutes of the 17th TF-CSIRT meeting Amsterdam"}, body...),
		},
		{
			name: "a last line about comments is the document's",
			in:   append(append([]string{}, body...), "Any comments should be sent to the secretary."),
			want: append(append([]string{}, body...), "Any comments should be sent to the secretary."),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := testDocument(tt.in...)
			warnings := pageChrome.Apply(doc)
			if diff := cmp.Diff(tt.want, textsOf(doc)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if changed := len(tt.in) != len(tt.want); changed != (len(warnings) > 0) {
				t.Errorf("changed = %v, warnings = %v", changed, warnings)
			}
		})
	}
}

// TestPageChromeGenerated frames generated documents as a sharing site
// would — a lower-case title, a byline, a summary made of the first words
// of the body, viewer fields in one of several languages, a comment box —
// and checks that exactly the frame goes.
func TestPageChromeGenerated(t *testing.T) {
	paragraphs := cleanParagraphs(t)
	fields := [][]string{
		{"Published on: %d March 2011", "Views: %d", "Pages: %d"},
		{"Publié le : %d mars 2011", "Lecture(s) : %d", "Nombre de pages : %d"},
		{"Veröffentlicht: %d. März 2011", "Aufrufe: %d", "Seiten: %d"},
		{"Publicado: %d de marzo de 2011", "Visitas: %d", "Páginas: %d"},
	}
	buttons := []string{"Show more Show less", "Voir plus Voir moins", "Mehr anzeigen Weniger anzeigen", "Ver más Ver menos"}
	comments := [][]string{
		{"Be the first to comment!", "%d/1000 characters"},
		{"Soyez le premier à déposer un commentaire !", "%d/1000 caractères maximum."},
		{"Kommentar schreiben", "%d/500 Zeichen"},
		{"Sé el primero en comentar", "%d/1000 caracteres"},
	}
	rng := rand.New(rand.NewSource(5))
	for round := 0; round < 100; round++ {
		start := rng.Intn(len(paragraphs) - 6)
		body := append([]string{}, paragraphs[start:start+3+rng.Intn(4)]...)
		lang := rng.Intn(len(fields))
		words := strings.Fields(strings.Join(body, " "))
		title := strings.ToLower(strings.Join(words[:6], " "))
		summary := strings.Join(words[:min(len(words), 40+rng.Intn(40))], " ")
		var in []string
		in = append(in, title, "", "By", "")
		if rng.Intn(2) == 0 {
			in = append(in, summary)
		}
		for _, f := range fields[lang] {
			in = append(in, fmt.Sprintf(f, 1+rng.Intn(300)))
		}
		in = append(in, buttons[rng.Intn(len(buttons))])
		in = append(in, body...)
		in = append(in, comments[lang][0], "", fmt.Sprintf(comments[lang][1], rng.Intn(50)))
		doc := testDocument(in...)
		pageChrome.Apply(doc)
		if diff := cmp.Diff(body, textsOf(doc)); diff != "" {
			t.Fatalf("round %d (-want +got):\n%s\ninput:\n%s", round, diff, strings.Join(in, "\n"))
		}
	}
}

func FuzzPageChrome(f *testing.F) {
	f.Add("De\nPublié par\n\nPublié le : samedi 25 juin 2011\nLecture(s) : 270\nbody text\n17/1000 caractères maximum.\n")
	f.Add("Views: 3\n\n\n")
	f.Add("a b c d e f\na b c d e f\n")
	f.Fuzz(func(t *testing.T, text string) {
		checkPassOutput(t, pageChrome, text)
	})
}

// TestEachChromeWord checks the fast cutting of words against
// chromeWords. It rests on folding one character at a time being folding
// the text, below latinEnd: that is checked on every pair of characters
// there, where a composition across them would show.
func TestEachChromeWord(t *testing.T) {
	folded := func(r rune) string {
		if r < utf8.RuneSelf {
			return string(r)
		}
		return foldedLatin[r-utf8.RuneSelf]
	}
	for a := rune(0x20); a < latinEnd; a++ {
		for b := rune(0x20); b < latinEnd; b++ {
			if got, want := folded(a)+folded(b), fold.Diacritics(string(a)+string(b)); got != want {
				t.Fatalf("%q: folded one by one %q, whole %q", string(a)+string(b), got, want)
			}
		}
	}
	for _, text := range []string{
		"Daniel Kouřil 1 | CESNET CERT | Czech Republic",
		"Publié le : samedi 25 juin 2011",
		"ÉCOLE Ǆemal ǅ ǆ İstanbul ß ÿ Ÿ",
		"Łódź, Åsgård — e\u0301té", // a combining accent: cut by chromeWords
		"Ελληνικά and Latin",
		"broken \xff bytes",
		"",
	} {
		var got []string
		eachChromeWord(text, func(w []byte) { got = append(got, string(w)) })
		if want := chromeWords(text); !cmp.Equal(got, want, cmpopts.EquateEmpty()) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
