// Package vocab holds the words minutes use, in each language the parser
// reads, to say who attended and in what office, what is to be done, what
// was decided and how the vote went, and when the body meets next. They
// are data, not code: every recogniser reads the same tables, and adding a
// language is adding rows.
//
// A Table is a list of Terms. Each Term is one word or phrase of one
// language, in lower case, with the sense it has in its table where the
// table's terms differ in meaning (an attendance word says "present",
// "apologies" …; an office word "chair", "secretary" …). The order of a
// table is the order in which recognisers try its terms: a longer phrase
// comes before the shorter one it holds ("vice chair" before "chair").
//
// In a term's text a space stands for any run of white space when the
// table is used as a regular expression (Pattern), and a trailing "*"
// stands for any further letters of the word ("approv*": approve,
// approved, approval).
package vocab

import (
	"regexp"
	"strings"
)

// A Lang is a language, by its ISO 639-1 code.
type Lang string

// The languages the tables cover.
const (
	English    Lang = "en"
	French     Lang = "fr"
	German     Lang = "de"
	Spanish    Lang = "es"
	Dutch      Lang = "nl"
	Italian    Lang = "it"
	Portuguese Lang = "pt"
	Welsh      Lang = "cy"
	Chinese    Lang = "zh"
	Japanese   Lang = "ja"
	Latin      Lang = "la" // the Latin of formal minutes: "nem. con."
	Swedish    Lang = "sv"
	Danish     Lang = "da"
	Norwegian  Lang = "no" // Bokmål
	Polish     Lang = "pl"
	Czech      Lang = "cs"
	Catalan    Lang = "ca"
)

// A Term is a word or phrase of one language and the sense it has in its
// table ("" where a table's terms all mean the same).
type Term struct {
	Lang  Lang
	Text  string
	Sense string
}

// A Table is a list of terms, in the order recognisers try them.
type Table []Term

// Texts are the texts of the table's terms, in order; with senses given,
// only those of the terms with one of these senses.
func (t Table) Texts(senses ...string) []string {
	var out []string
	for _, term := range t {
		if len(senses) == 0 || contains(senses, term.Sense) {
			out = append(out, term.Text)
		}
	}
	return out
}

// Pattern is the table as the alternatives of a regular expression, in
// order, without a group around them: each text quoted, a space matching
// any run of white space, a trailing "*" any further letters.
func (t Table) Pattern() string {
	alts := make([]string, len(t))
	for i, term := range t {
		alts[i] = termPattern(term.Text)
	}
	return strings.Join(alts, "|")
}

// Only is the table's terms of the given languages.
func (t Table) Only(langs ...Lang) Table {
	var out Table
	for _, term := range t {
		for _, l := range langs {
			if term.Lang == l {
				out = append(out, term)
				break
			}
		}
	}
	return out
}

// Except is the table without the terms of the given languages.
func (t Table) Except(langs ...Lang) Table {
	var out Table
	for _, term := range t {
		skip := false
		for _, l := range langs {
			skip = skip || term.Lang == l
		}
		if !skip {
			out = append(out, term)
		}
	}
	return out
}

// Senses is the table with only the terms of the given senses.
func (t Table) Senses(senses ...string) Table {
	var out Table
	for _, term := range t {
		if contains(senses, term.Sense) {
			out = append(out, term)
		}
	}
	return out
}

// Set is the table's texts as a set, for looking up single words.
func (t Table) Set() map[string]bool {
	m := make(map[string]bool, len(t))
	for _, term := range t {
		m[term.Text] = true
	}
	return m
}

func termPattern(text string) string {
	stem := strings.HasSuffix(text, "*")
	text = strings.TrimSuffix(text, "*")
	words := strings.Fields(text)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	p := strings.Join(words, `\s+`)
	if stem {
		p += `\w*`
	}
	return p
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
