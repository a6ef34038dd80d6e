package serve

import (
	"fmt"
	"strings"
	"unicode"
)

// A search query, as a person types it:
//
//	white paper            both words, anywhere in a text
//	"white paper"          the phrase
//	budget OR finance      either word
//	budget NOT draft       budget without draft; -draft is the same
//	secur*                 words starting with secur
//	(a OR b) c             brackets group
//	owner:graf             actions whose owner is Graf (as written, or the person linked)
//	body:tf-csirt          meetings of that body (case and punctuation ignored)
//	year:2018, year:2016-2018
//
// parseQuery turns it into an FTS5 expression in which every word is a
// quoted string, so nothing a person types can break FTS5's syntax, and
// the filters. A query it cannot read gives a queryError: one sentence
// for the page.
type query struct {
	Match    string   // the FTS5 expression; "" when only filters were given
	Owner    string   // the FTS5 expression of the owner: filters
	Bodies   []string // the body: filters' texts
	From, To string   // year: as a span of dates, To excluded
	Words    int      // words and phrases searched for
}

// MaxWords bounds the words of one search; a longer one is refused with a
// sentence that says so, never cut short in silence.
const MaxWords = 64

type queryError string

func (e queryError) Error() string { return string(e) }

// A token is a word, a phrase, an operator, a bracket or a field filter.
type token struct {
	kind   byte   // 'w' word, 'p' phrase, 'O' OR, 'A' AND, 'N' NOT, '-' minus, '(' ')', 'f' field
	text   string // the word, the phrase's text, or the field's value
	field  string // owner, body or year
	prefix bool   // a * followed it
}

var fields = map[string]bool{"owner": true, "body": true, "year": true}

// lex splits a query into tokens.
func lex(input string) ([]token, error) {
	var out []token
	rs := []rune(input)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '(' || r == ')':
			out = append(out, token{kind: byte(r)})
			i++
		case r == '"':
			end := indexRune(rs, i+1, '"')
			if end < 0 {
				return nil, queryError(`a phrase has no closing quote (")`)
			}
			t := token{kind: 'p', text: string(rs[i+1 : end])}
			i = end + 1
			if i < len(rs) && rs[i] == '*' {
				t.prefix, i = true, i+1
			}
			out = append(out, t)
		case r == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) && (len(out) == 0 || i == 0 || unicode.IsSpace(rs[i-1]) || rs[i-1] == '('):
			out = append(out, token{kind: '-'})
			i++
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !strings.ContainsRune(`()"`, rs[j]) {
				j++
			}
			word := string(rs[i:j])
			i = j
			if name, value, ok := strings.Cut(word, ":"); ok && fields[strings.ToLower(name)] {
				f := token{kind: 'f', field: strings.ToLower(name), text: value}
				if value == "" && i < len(rs) && rs[i] == '"' {
					end := indexRune(rs, i+1, '"')
					if end < 0 {
						return nil, queryError(`a phrase has no closing quote (")`)
					}
					f.text, i = string(rs[i+1:end]), end+1
				}
				if strings.TrimSpace(f.text) == "" {
					return nil, queryError(fmt.Sprintf("%s: needs something after it, as in %s", f.field, fieldExample[f.field]))
				}
				out = append(out, f)
				continue
			}
			switch word {
			case "OR":
				out = append(out, token{kind: 'O'})
			case "AND":
				out = append(out, token{kind: 'A'})
			case "NOT":
				out = append(out, token{kind: 'N'})
			default:
				t := token{kind: 'w', text: word}
				if strings.HasSuffix(word, "*") {
					t.text, t.prefix = strings.TrimRight(word, "*"), true
				}
				out = append(out, t)
			}
		}
	}
	return out, nil
}

var fieldExample = map[string]string{"owner": "owner:graf", "body": `body:"TF-CSIRT"`, "year": "year:2018 or year:2016-2018"}

func indexRune(rs []rune, from int, r rune) int {
	for i := from; i < len(rs); i++ {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// A parser reads tokens into an FTS5 expression:
//
//	or   := and ("OR" and)*
//	and  := unary ("AND"? unary)*
//	unary:= ("NOT" | "-") primary | primary
//	primary := word | phrase | "(" or ")" | field
type parser struct {
	toks  []token
	pos   int
	depth int
	q     *query
}

func parseQuery(input string) (query, error) {
	var q query
	toks, err := lex(input)
	if err != nil {
		return q, err
	}
	p := &parser{toks: toks, q: &q}
	if len(toks) == 0 {
		return q, nil
	}
	expr, err := p.or()
	if err != nil {
		return q, err
	}
	if p.pos < len(p.toks) {
		return q, queryError("a closing bracket ) has no opening one")
	}
	if q.Words > MaxWords {
		return q, queryError(fmt.Sprintf("the search has %d words; at most %d are searched at once", q.Words, MaxWords))
	}
	q.Match = expr
	return q, nil
}

func (p *parser) peek() byte {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].kind
	}
	return 0
}

func (p *parser) or() (string, error) {
	var parts []string
	for {
		if k := p.peek(); k == 'O' {
			return "", queryError("OR needs something to search for on each side, as in budget OR finance")
		}
		part, err := p.and()
		if err != nil {
			return "", err
		}
		if part == "" && (len(parts) > 0 || p.peek() == 'O') {
			return "", queryError("OR needs something to search for on each side, as in budget OR finance")
		}
		parts = append(parts, part)
		if p.peek() != 'O' {
			break
		}
		p.pos++
		if p.peek() == 0 || p.peek() == ')' {
			return "", queryError("OR needs something to search for on each side, as in budget OR finance")
		}
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return "(" + strings.Join(parts, " OR ") + ")", nil
}

// and reads terms until OR, a closing bracket or the end: the positive
// ones joined by AND, the negated ones taken away with NOT.
func (p *parser) and() (string, error) {
	var pos, neg []string
	for {
		k := p.peek()
		if k == 0 || k == 'O' || k == ')' {
			break
		}
		if k == 'A' {
			p.pos++
			if n := p.peek(); n == 0 || n == 'O' || n == ')' || len(pos)+len(neg) == 0 {
				return "", queryError("AND needs something to search for on each side")
			}
			continue
		}
		negate := false
		if k == 'N' || k == '-' {
			negate = true
			p.pos++
			if n := p.peek(); n == 0 || n == 'O' || n == ')' || n == 'A' || n == 'N' {
				return "", queryError("NOT (or -) needs a word after it, as in budget NOT draft or budget -draft")
			}
		}
		term, err := p.primary(negate)
		if err != nil {
			return "", err
		}
		switch {
		case term == "":
		case negate:
			neg = append(neg, term)
		default:
			pos = append(pos, term)
		}
	}
	if len(pos) == 0 && len(neg) > 0 {
		return "", queryError("a search needs a word to look for, not only words to leave out (NOT, -)")
	}
	expr := strings.Join(pos, " AND ")
	if len(pos) > 1 {
		expr = "(" + expr + ")"
	}
	for _, n := range neg {
		expr += " NOT " + n
	}
	if len(neg) > 0 {
		expr = "(" + expr + ")"
	}
	return expr, nil
}

// primary reads a word, a phrase, a bracketed query or a field filter;
// "" for a filter or for a word with nothing searchable in it ("--").
func (p *parser) primary(negated bool) (string, error) {
	t := p.toks[p.pos]
	p.pos++
	switch t.kind {
	case '(':
		p.depth++
		expr, err := p.or()
		if err != nil {
			return "", err
		}
		if p.peek() != ')' {
			return "", queryError("an opening bracket ( has no closing one")
		}
		p.pos++
		p.depth--
		if expr == "" {
			return "", queryError("brackets ( ) need something to search for inside them")
		}
		return expr, nil
	case ')':
		return "", queryError("a closing bracket ) has no opening one")
	case 'f':
		if negated || p.depth > 0 || p.inOr() {
			return "", queryError(t.field + ": narrows the whole search; it cannot stand after NOT or -, inside brackets or beside OR")
		}
		return "", p.field(t)
	}
	return p.term(t)
}

// inOr reports whether an OR stands at the top level of the query, where
// a field filter would be ambiguous.
func (p *parser) inOr() bool {
	depth := 0
	for _, t := range p.toks {
		switch t.kind {
		case '(':
			depth++
		case ')':
			depth--
		case 'O':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// term quotes a word or phrase for FTS5, counting its words.
func (p *parser) term(t token) (string, error) {
	if !hasWordChar(t.text) {
		if t.kind == 'p' && strings.TrimSpace(t.text) == "" {
			return "", queryError(`the quotes "" hold nothing to search for`)
		}
		return "", nil // punctuation alone: FTS5 indexes no such token
	}
	p.q.Words++
	s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
	if t.prefix {
		s += "*"
	}
	return s, nil
}

// field reads a filter into the query.
func (p *parser) field(t token) error {
	switch t.field {
	case "owner":
		m, err := ownerMatch(t.text)
		if err != nil {
			return err
		}
		if p.q.Owner != "" {
			m = p.q.Owner + " AND " + m
		}
		p.q.Owner = m
	case "body":
		p.q.Bodies = append(p.q.Bodies, t.text)
	case "year":
		from, to, ok := strings.Cut(t.text, "-")
		if !ok {
			to = from
		}
		f, _, ok1 := yearSpan(from)
		_, e, ok2 := yearSpan(to)
		if !ok1 || !ok2 || f >= e || p.q.From != "" {
			return queryError("year: takes one year or a span, as in year:2018 or year:2016-2018, once")
		}
		p.q.From, p.q.To = f, e
	}
	return nil
}

// ownerMatch turns an owner's name as typed (words, a phrase, a prefix*)
// into an FTS5 expression: every word required.
func ownerMatch(name string) (string, error) {
	toks, err := lex(name)
	if err != nil {
		return "", err
	}
	var terms []string
	for _, t := range toks {
		if (t.kind == 'w' || t.kind == 'p') && hasWordChar(t.text) {
			s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
			if t.prefix {
				s += "*"
			}
			terms = append(terms, s)
		}
	}
	if len(terms) == 0 {
		return "", queryError("owner: needs a name, as in owner:graf")
	}
	return strings.Join(terms, " AND "), nil
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
