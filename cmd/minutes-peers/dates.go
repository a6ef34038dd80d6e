package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/abadojack/whatlanggo"
	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"minutes/check"
	"minutes/document"
	"minutes/parse"
	"minutes/pipeline"
)

// dateSets are the folders of testdata whose expected records give the
// meeting dates compared (the blind sets are left out: no tuning on them).
var dateSets = []string{"samples", "corpus", "corpus2", "invented"}

// A dateCase is one expected record's meeting date and its document.
type dateCase struct {
	name, doc string
	want      string // "" when the record says the text gives no date (null)
}

// A dateSide is what one finder made of one document: the date it found
// ("" for none) and the median time it took.
type dateSide struct {
	date string
	time time.Duration
}

// A dpVariant is a way to run go-dateparser's search: its strategy
// ("split", its default, or "ngram", the longest runs of tokens first),
// and whether whatlanggo names the language (else go-dateparser detects
// it among all its locales).
type dpVariant struct {
	name, strategy string
	whatlanggo     bool
}

var dpVariants = []dpVariant{
	{"split", "split", false},
	{"split+whatlanggo", "split", true},
	{"ngram", "ngram", false},
	{"ngram+whatlanggo", "ngram", true},
}

// referenceTime is the dateparser's "now": fixed, so that runs agree. A
// date that needs it to be complete (a day and month without a year) is
// refused anyway (see dpSearch).
var referenceTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func runDates(args []string) error {
	fl := flag.NewFlagSet("dates", flag.ExitOnError)
	runs := fl.Int("runs", 5, "runs of each finder per document; the median time is kept")
	lines := fl.Int("lines", 40, "the first non-blank lines of a document searched by go-dateparser (our header reads at most 40)")
	verbose := fl.Bool("v", false, "print every document, not only those some finder gets wrong")
	ngram := fl.Bool("ngram", false, "also run go-dateparser's ngram search strategy (about 5 s a document: make bench leaves it out)")
	fl.Parse(args)
	variants := dpVariants
	if !*ngram {
		variants = slices.DeleteFunc(slices.Clone(variants), func(v dpVariant) bool { return v.strategy == "ngram" })
	}
	cases, err := dateCases("testdata", dateSets)
	if err != nil {
		return err
	}
	p := newDateParser()
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(w, "document\texpected\tours\tours, text only")
	for _, v := range variants {
		fmt.Fprintf(w, "\t%s", v.name)
	}
	fmt.Fprint(w, "\tms: ours parse\tours, first lines")
	for _, v := range variants {
		fmt.Fprintf(w, "\t%s", v.name)
	}
	fmt.Fprintln(w, "\t")
	sides := make([][]dateSide, 2+len(variants))
	for _, c := range cases {
		data, err := os.ReadFile(c.doc)
		if err != nil {
			return err
		}
		res, err := pipeline.Process(c.doc, data, parse.Options{})
		if err != nil {
			return fmt.Errorf("%s: %w", c.doc, err)
		}
		neutral := filepath.Join(filepath.Dir(c.doc), "document"+filepath.Ext(c.doc))
		bare, err := pipeline.Process(neutral, data, parse.Options{})
		if err != nil {
			return fmt.Errorf("%s: %w", c.doc, err)
		}
		head := headDocument(res.Repaired, neutral, *lines)
		block := head.Text()
		got := []dateSide{
			{date: string(res.Record.Meeting.Date), time: median(*runs, func() { parse.Parse(res.Repaired, parse.Options{}) })},
			{date: string(bare.Record.Meeting.Date), time: median(*runs, func() { parse.Parse(head, parse.Options{}) })},
		}
		for _, v := range variants {
			var s dateSide
			s.time = median(*runs, func() {
				lang := ""
				if v.whatlanggo {
					lang = detectLanguage(block)
				}
				s.date = dpSearch(p, v.strategy, lang, block)
			})
			got = append(got, s)
		}
		wrong := false
		for i, s := range got {
			sides[i] = append(sides[i], s)
			wrong = wrong || s.date != c.want
		}
		if *verbose || wrong {
			fmt.Fprintf(w, "%s\t%s", c.name, orNone(c.want))
			for _, s := range got {
				fmt.Fprintf(w, "\t%s", mark(s.date, c.want))
			}
			for _, s := range got {
				fmt.Fprintf(w, "\t%.1f", ms(s.time))
			}
			fmt.Fprintln(w, "\t")
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	dated := 0
	for _, c := range cases {
		if c.want != "" {
			dated++
		}
	}
	fmt.Printf("\n%d expected records (%s): %d give a meeting date, %d say the text gives none (null)\n\n", len(cases), strings.Join(dateSets, ", "), dated, len(cases)-dated)
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "finder\tdates found exactly\tnulls kept\tall right\tmedian ms/doc\ttotal ms\twhat is timed\t")
	names := []string{"ours (pipeline, as shipped)", "ours, text only (no file name)"}
	timed := []string{"our whole parse of the document", "our whole parse of its first lines"}
	for _, v := range variants {
		names = append(names, "go-dateparser "+v.name)
		timed = append(timed, "the search of the first lines")
	}
	for i, ss := range sides {
		found, nulls := 0, 0
		var times []time.Duration
		for j, s := range ss {
			times = append(times, s.time)
			switch {
			case cases[j].want != "" && s.date == cases[j].want:
				found++
			case cases[j].want == "" && s.date == "":
				nulls++
			}
		}
		fmt.Fprintf(w, "%s\t%d/%d (%.0f%%)\t%d/%d\t%d/%d (%.0f%%)\t%.1f\t%.0f\t%s\t\n", names[i], found, dated, share(found, dated),
			nulls, len(cases)-dated, found+nulls, len(cases), share(found+nulls, len(cases)), ms(medianOf(times)), ms(sum(times)), timed[i])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Println()
	return runPhrases(p, *runs)
}

// newDateParser is go-dateparser's parser with its defaults but for
// timestamps and relative dates: minutes' meeting dates are absolute, a
// ten-digit number is no date, and "today" would be the reference time.
func newDateParser() *dps.Parser {
	return &dps.Parser{ParserTypes: []dps.ParserType{dps.CustomFormat, dps.AbsoluteTime, dps.NoSpacesTime}}
}

// dateCases returns the meeting dates of the expected records under the
// sets of testdata, with their documents.
func dateCases(testdata string, sets []string) ([]dateCase, error) {
	var out []dateCase
	for _, set := range sets {
		cases, err := check.FindCases(filepath.Join(testdata, set))
		if err != nil {
			return nil, err
		}
		for _, c := range cases {
			meeting, _ := c.Expected["meeting"].(map[string]any)
			d, ok := meeting["date"]
			if !ok {
				continue // not scored
			}
			want, _ := d.(string)
			out = append(out, dateCase{name: strings.TrimSuffix(filepath.Base(c.Name), check.ExpectedSuffix), doc: c.Document, want: want})
		}
	}
	return out, nil
}

// headDocument is a document of the first n non-blank lines of doc: the
// text both finders are given when they are timed on a document's head.
func headDocument(doc *document.Document, path string, n int) *document.Document {
	head := &document.Document{Path: path, Format: doc.Format, Encoding: doc.Encoding}
	for _, l := range doc.Lines {
		if len(head.Lines) >= n {
			break
		}
		if strings.TrimSpace(l.Text) != "" {
			head.Lines = append(head.Lines, l)
		}
	}
	return head
}

// dpSearch finds the meeting date in text as our header does, with
// go-dateparser's search by strategy ("split" or "ngram"): the first date
// that gives a day, a month and a year; else the first that gives a month
// and a year, as "2007-12". With a
// language (ISO 639-1) the search is restricted to it, else go-dateparser
// detects one. Relative dates and timestamps are not tried: minutes' dates
// are absolute, and "now" would make any "today" a date.
func dpSearch(p *dps.Parser, strategy, lang, text string) string {
	for _, parts := range [][]string{{"day", "month", "year"}, {"month", "year"}} {
		cfg := &dps.Configuration{CurrentTime: referenceTime, RequiredParts: parts, SearchStrategy: strategy}
		var results []dps.SearchResult
		var err error
		if lang != "" {
			results, err = p.SearchWithLanguage(cfg, lang, text)
		} else {
			_, results, err = p.Search(cfg, text)
		}
		if err != nil {
			continue
		}
		for _, r := range results {
			switch {
			case r.Date.Period == date.Day || r.Date.Period.IsTime():
				if len(parts) == 3 {
					return r.Date.Time.Format("2006-01-02")
				}
			case r.Date.Period == date.Month:
				return r.Date.Time.Format("2006-01")
			}
		}
	}
	return ""
}

// detectLanguage is whatlanggo's language for text as go-dateparser names
// it, or "" when go-dateparser has no such locale (its own detection is
// used then).
func detectLanguage(text string) string {
	code := whatlanggo.Detect(text).Lang.Iso6391()
	if code == "" || !dps.IsKnownLocale(code) {
		return ""
	}
	return code
}

// A phrase is a date as a document of the corpus or testdata writes it.
type phrase struct {
	text, want, from string
}

// phrases are dates written in the documents of the corpus and testdata,
// in the forms and languages they come in, and four forms of minutes
// outside the corpus named when this measurement was asked for (issue 14
// quotes "MONDAY 2nd MARCH 1998").
var phrases = []phrase{
	{"Tuesday, March 19, 2024", "2024-03-19", "ietf-quic-wg-minutes-2024-03-19"},
	{"Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board", "2018-01-29", "chicago-ssa21-commission-minutes-2018-01-29"},
	{"Fall 2014 General Body 2 Minutes - 4/9/14", "2014-04-09", "umich-engineering-council-general-body-minutes-2014-04-09"},
	{"01-17-2024", "2024-01-17", "heatherstone-hoa-board-minutes-2024-01-17"},
	{"6th November 2016 3 min read", "2016-11-06", "iiit-delhi-student-council-minutes-2016-11-06"},
	{"held on 4th sept 2025 in the Berrill Café at 7:47pm", "2025-09-04", "milton-keynes-chess-club-agm-minutes-2025-09-04"},
	{"MEETING 9th MARCH 2016", "2016-03-09", "manordeilo-salem-community-council-minutes-2016-03-09"},
	{"Amsterdam, 23 January 2006", "2006-01-23", "tf-csirt-17-2006-amsterdam"},
	{"Minutes of the Parish Council Meeting held on Monday 14 March 2022 at 7.30pm", "2022-03-14", "h2-parish-council-2022-03-14"},
	{"Assemblée Générale du 31 Mai 2009 à 10h", "2009-05-31", "afpy-assemblee-generale-pv-2009-05-31"},
	{"Assemblée Générale du 18/09/2011 à 10h", "2011-09-18", "afpy-assemblee-generale-pv-2011-09-18"},
	{"Date : 15 décembre 2021 à 18h30", "2021-12-15", "maison-poesie-rennes-ca-cr-2021-12-15"},
	{"A la chaufferie, Bègles le 11/11/23", "2023-11-11", "enfants-de-simone-ag-constitutive-2023-11-11"},
	{"Publié le : samedi 25 juin 2011", "2011-06-25", "tf-csirt-29-2010-hamburg"},
	{"Datum: 12. März 2019", "2019-03-12", "h2-verein-protokoll-2019-03-12"},
	{"Termin: Freitag, 23.09.2016, 19:00 Uhr Start", "2016-09-23", "freifunk-bremen-vereinsgruendung-protokoll-2016-09-23"},
	{"Protokoll fsfw Dresden 2016-10-27", "2016-10-27", "fsfw-dresden-plenum-protokoll-2016-10-27"},
	{"Notulen bestuursvergadering 1 juni 2010", "2010-06-01", "fronteers-bestuur-notulen-2010-06-01"},
	{"Notulen ALV 19 oktober 2018", "2018-10-19", "fronteers-alv-notulen-2018-10-19"},
	{"Acta de la reunión del 13 de Septiembre de 2023", "2023-09-13", "gul-uc3m-acta-reunion-2023-09-13"},
	{"a los 31 días del mes de Diciembre del año 2022", "2022-12-31", "decentralized-climate-foundation-asamblea-acta-2022-12-31"},
	{"In data 29 novembre 2023, alle 20.40 circa", "2023-11-29", "cuvf-forli-direttivo-verbale-2023-11-29"},
	{"VERBALE ASSEMBLEA DEI CITTADINI PROMOTORI E SOSTENITORI DEL 01-02-2024", "2024-02-01", "cuvf-forli-assemblea-verbale-2024-02-01"},
	{"Aos 28 de Julho de 2019 às 15:30 horas", "2019-07-28", "lhc-campinas-ata-assembleia-fundacao-2019-07-28"},
	{"Livre de Computação Data:18/04/2016", "2016-04-18", "calico-ufsc-ata-reuniao-2016-04-18"},
	{"CYFARFOD 9fed MAWRTH 2016", "2016-03-09", "manordeilo-salem-community-council-cofnodion-cy-2016-03-09"},
	{"令和 2(2020)年 5 月 19 日（火）9:00 ～ @ 議場", "2020-05-19", "kodaira-city-council-rinjikai-votes-2020-05-19"},
	{"Mittwoch, 4. März 2020", "2020-03-04", "named with the request"},
	{"12 de março de 2019", "2019-03-12", "named with the request"},
	{"2019年3月12日", "2019-03-12", "named with the request"},
	{"MONDAY 2nd MARCH 1998", "1998-03-02", "issue 14"},
}

// runPhrases reads each phrase with both finders: ours as the meeting date
// of a document of that one line (the header's rules, as a file holding
// only the phrase would be read), go-dateparser with Parse (its language
// detected, surrounding words ignored) and with Search, both strategies.
func runPhrases(p *dps.Parser, runs int) error {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "phrase\texpected\tours\tdateparser Parse\tSearch split\tSearch ngram\tµs: ours\tParse\tsplit\tngram\t")
	var right [4]int
	var total [4]time.Duration
	for _, ph := range phrases {
		doc := &document.Document{Path: "phrase.txt", Format: document.Text, Lines: []document.Line{{Text: ph.text, Num: 1}}}
		var got [4]string
		var took [4]time.Duration
		took[0] = median(runs, func() { got[0] = string(parse.Parse(doc, parse.Options{}).Meeting.Date) })
		took[1] = median(runs, func() { got[1] = dpParse(p, ph.text) })
		took[2] = median(runs, func() { got[2] = dpSearch(p, "split", "", ph.text) })
		took[3] = median(runs, func() { got[3] = dpSearch(p, "ngram", "", ph.text) })
		for i := range got {
			if got[i] == ph.want {
				right[i]++
			}
			total[i] += took[i]
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%.0f\t%.0f\t%.0f\t%.0f\t\n", ph.text, ph.want, mark(got[0], ph.want), mark(got[1], ph.want),
			mark(got[2], ph.want), mark(got[3], ph.want), us(took[0]), us(took[1]), us(took[2]), us(took[3]))
	}
	n := len(phrases)
	fmt.Fprintf(w, "right, of %d\t\t%d\t%d\t%d\t%d\t%.0f\t%.0f\t%.0f\t%.0f\t(mean µs)\n", n, right[0], right[1], right[2], right[3],
		us(total[0])/float64(n), us(total[1])/float64(n), us(total[2])/float64(n), us(total[3])/float64(n))
	return w.Flush()
}

// dpParse reads a whole phrase as one date with go-dateparser (its
// language detected), surrounding words allowed.
func dpParse(p *dps.Parser, text string) string {
	cfg := &dps.Configuration{CurrentTime: referenceTime, RequiredParts: []string{"day", "month", "year"}, IgnoreSurroundingText: true}
	d, err := p.Parse(cfg, text)
	if err != nil || d.IsZero() {
		return ""
	}
	return d.Time.Format("2006-01-02")
}

// mark writes a finder's date, starred when it is not the expected one.
func mark(got, want string) string {
	s := orNone(got)
	if got != want {
		s += " ✗"
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func us(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1000 }

func sum(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}
