package main

import (
	_ "embed"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/abadojack/whatlanggo"

	"minutes/parse"
	"minutes/parse/vocab"
	"minutes/pipeline"
)

// languagesTSV labels each corpus document with the language of its
// minutes: neither MANIFEST.tsv nor the expected records say it.
//
//go:embed languages.tsv
var languagesTSV string

// shortLen is the length, in characters, of the short texts: what a
// detector has of a snippet, a title block or one page's header.
const shortLen = 200

// A langDoc is a corpus document and its language.
type langDoc struct {
	file, lang string
}

// A guesser names the language of a text (ISO 639-1), "" when it cannot.
type guesser struct {
	name  string
	guess func(text string) string
}

var guessers = []guesser{
	{"whatlanggo", func(text string) string { return whatlanggo.Detect(text).Lang.Iso6391() }},
	{"our vocabularies (a vote)", vocabVote},
	{"always English", func(string) string { return "en" }},
}

func runLang(args []string) error {
	fl := flag.NewFlagSet("lang", flag.ExitOnError)
	corpus := fl.String("corpus", filepath.Join("..", "shared", "corpus"), "the corpus folder")
	runs := fl.Int("runs", 5, "runs of each detector per document; the median time is kept")
	verbose := fl.Bool("v", false, "print every document, not only those a detector gets wrong")
	fl.Parse(args)
	docs, err := langDocs(languagesTSV)
	if err != nil {
		return err
	}
	groups := []struct {
		name string
		docs []langDoc
	}{{name: "corpus (../shared/corpus, the documents the vocabularies were written from)"}, {name: "held-out sets (testdata/heldout, heldout2: blind to the parser)"}}
	for _, d := range docs {
		g := 0
		if strings.HasPrefix(d.file, "testdata/") {
			g = 1
		}
		groups[g].docs = append(groups[g].docs, d)
	}
	for _, g := range groups {
		fmt.Printf("== %s\n\n", g.name)
		if err := langGroup(g.docs, *corpus, *runs, *verbose); err != nil {
			return err
		}
		fmt.Println()
	}
	return nil
}

// langGroup runs the detectors over a group of documents and prints the
// documents some detector gets wrong, then the tallies.
func langGroup(docs []langDoc, corpus string, runs int, verbose bool) error {
	type tally struct {
		right, rightOther    int // all documents; those not in English
		times                []time.Duration
		shortRight, shortOth int
		shortTimes           []time.Duration
	}
	tallies := make([]tally, len(guessers))
	var parseTimes []time.Duration
	others := 0
	perLang := map[string][2]int{} // documents, whatlanggo right on the whole text
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "document\tlanguage\twhatlanggo\tfirst %d\tconfidence\tvocabularies\tfirst %d\t\n", shortLen, shortLen)
	for _, d := range docs {
		path := d.file
		if !strings.HasPrefix(path, "testdata/") {
			path = filepath.Join(corpus, d.file)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		res, err := pipeline.Process(path, data, parse.Options{})
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		text := res.Repaired.Text()
		short := firstChars(text, shortLen)
		parseTimes = append(parseTimes, median(runs, func() { parse.Parse(res.Repaired, parse.Options{}) }))
		if d.lang != "en" {
			others++
		}
		got, gotShort := make([]string, len(guessers)), make([]string, len(guessers))
		wrong := false
		for i, g := range guessers {
			t := &tallies[i]
			t.times = append(t.times, median(runs, func() { got[i] = g.guess(text) }))
			t.shortTimes = append(t.shortTimes, median(runs, func() { gotShort[i] = g.guess(short) }))
			if got[i] == d.lang {
				t.right++
				if d.lang != "en" {
					t.rightOther++
				}
			}
			if gotShort[i] == d.lang {
				t.shortRight++
				if d.lang != "en" {
					t.shortOth++
				}
			}
			if i < 2 {
				wrong = wrong || got[i] != d.lang || gotShort[i] != d.lang
			}
		}
		pl := perLang[d.lang]
		pl[0]++
		if got[0] == d.lang {
			pl[1]++
		}
		perLang[d.lang] = pl
		if verbose || wrong {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%.2f\t%s\t%s\t\n", d.file, d.lang, mark(got[0], d.lang), mark(gotShort[0], d.lang),
				whatlanggo.Detect(text).Confidence, mark(got[1], d.lang), mark(gotShort[1], d.lang))
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	var langs []string
	for l, c := range perLang {
		langs = append(langs, fmt.Sprintf("%s %d/%d", l, c[1], c[0]))
	}
	sort.Strings(langs)
	fmt.Printf("\n%d documents, %d not in English; whatlanggo right on the whole text, by language: %s\n\n", len(docs), others, strings.Join(langs, ", "))
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "detector\twhole text: right\tnot English\tmedian µs/doc\tfirst %d chars: right\tnot English\tmedian µs/doc\t\n", shortLen)
	for i, g := range guessers {
		t := tallies[i]
		fmt.Fprintf(w, "%s\t%d/%d (%.0f%%)\t%d/%d\t%.0f\t%d/%d (%.0f%%)\t%d/%d\t%.0f\t\n", g.name,
			t.right, len(docs), share(t.right, len(docs)), t.rightOther, others, us(medianOf(t.times)),
			t.shortRight, len(docs), share(t.shortRight, len(docs)), t.shortOth, others, us(medianOf(t.shortTimes)))
	}
	fmt.Fprintf(w, "for scale: our whole parse\t\t\t%.0f\t\t\t\t\n", us(medianOf(parseTimes)))
	return w.Flush()
}

// langDocs reads the labels: a comment line, a header, then file and
// language per line.
func langDocs(tsv string) ([]langDoc, error) {
	var out []langDoc
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "file\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[1] == "" {
			return nil, fmt.Errorf("languages.tsv: bad line %q", line)
		}
		out = append(out, langDoc{file: f[0], lang: f[1]})
	}
	return out, nil
}

// firstChars is the first n characters of text, its runs of white space
// made one space (indentation and blank lines are no language).
func firstChars(text string, n int) string {
	r := []rune(strings.Join(strings.Fields(text), " "))
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// vocabTables are the parser's vocabularies: the baseline a detector must
// beat is the languages whose terms the text uses.
var vocabTables = []vocab.Table{
	vocab.ActionHeadings, vocab.EarlierActions, vocab.ActionLabels, vocab.ActionColonLabels, vocab.OwnerLabels,
	vocab.DueLabels, vocab.ActionStatuses, vocab.Offices, vocab.Attendance, vocab.AttendanceProse,
	vocab.DecisionHeadings, vocab.Elections, vocab.Unanimous, vocab.DecisionLabels, vocab.Agreed, vocab.Outcomes,
	vocab.Minutes, vocab.Agenda, vocab.NextWords, vocab.MeetingNouns, vocab.MovedBy, vocab.SecondedBy, vocab.Moves,
	vocab.Seconds, vocab.RollCall, vocab.VoteAbsent, vocab.VoteFor, vocab.VoteAgainst, vocab.VoteAbstain,
}

// vocabWords maps each one-word term of the vocabularies (lower case, a
// trailing "*" dropped) to its languages; vocabCJK lists the terms in
// Han or kana, which are counted as substrings.
var vocabWords, vocabCJK = func() (map[string][]vocab.Lang, []vocab.Term) {
	words := map[string][]vocab.Lang{}
	var cjk []vocab.Term
	for _, t := range vocabTables {
		for _, term := range t {
			text := strings.TrimSuffix(term.Text, "*")
			switch {
			case term.Lang == vocab.Latin:
			case strings.IndexFunc(text, func(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }) >= 0:
				cjk = append(cjk, term)
			case !strings.Contains(text, " ") && len([]rune(text)) > 2:
				words[text] = append(words[text], term.Lang)
			}
		}
	}
	return words, cjk
}()

// vocabVote names the language whose vocabulary terms the text uses most
// (English when none): a detector made of the tables the parser already
// has. A word shared by languages votes for each.
func vocabVote(text string) string {
	votes := map[vocab.Lang]int{}
	for w, n := range bagOf(text) {
		for _, l := range vocabWords[w] {
			votes[l] += n
		}
	}
	for _, t := range vocabCJK {
		votes[t.Lang] += strings.Count(text, strings.TrimSuffix(t.Text, "*"))
	}
	best, most := vocab.English, votes[vocab.English]
	for _, l := range []vocab.Lang{vocab.French, vocab.German, vocab.Spanish, vocab.Dutch, vocab.Italian, vocab.Portuguese, vocab.Welsh, vocab.Chinese, vocab.Japanese} {
		if votes[l] > most {
			best, most = l, votes[l]
		}
	}
	return string(best)
}
