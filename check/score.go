package check

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"minutes/internal/fold"
)

// A Tally counts the outcomes for one field.
type Tally struct {
	TP, FP, FN int
}

// Add adds another tally to t.
func (t *Tally) Add(o Tally) { t.TP += o.TP; t.FP += o.FP; t.FN += o.FN }

// Empty reports whether nothing was scored: neither expected nor found.
func (t Tally) Empty() bool { return t.TP+t.FP+t.FN == 0 }

// Precision is the share of what the program found that was right.
func (t Tally) Precision() float64 { return ratio(t.TP, t.TP+t.FP) }

// Recall is the share of what was expected that the program found.
func (t Tally) Recall() float64 { return ratio(t.TP, t.TP+t.FN) }

// F1 is the harmonic mean of precision and recall; 1 when nothing was
// expected and nothing found.
func (t Tally) F1() float64 {
	if t.Empty() {
		return 1
	}
	return ratio(2*t.TP, 2*t.TP+t.FP+t.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Scores holds a tally per field name ("meeting.date", "participants").
type Scores map[string]*Tally

func (s Scores) tally(field string) *Tally {
	t, ok := s[field]
	if !ok {
		t = &Tally{}
		s[field] = t
	}
	return t
}

// Add adds all of o's tallies to s.
func (s Scores) Add(o Scores) {
	for f, t := range o {
		s.tally(f).Add(*t)
	}
}

// inFieldOrder returns the keys of a map by field name in the contract's
// order, then any others alphabetically.
func inFieldOrder[V any](m map[string]V) []string {
	fields := make([]string, 0, len(m))
	for f := range m {
		fields = append(fields, f)
	}
	sort.Slice(fields, func(i, j int) bool {
		oi, oj := fieldOrder(fields[i]), fieldOrder(fields[j])
		if oi != oj {
			return oi < oj
		}
		return fields[i] < fields[j]
	})
	return fields
}

// The fields scored, in the contract's order.
var (
	sourceFields   = []string{"format", "encoding", "pages", "sha256"}
	meetingFields  = []string{"title", "body", "number", "date", "end_date", "venue", "city", "country", "status"}
	itemFields     = []string{"number", "title", "text", "presenters", "links"}
	actionFields   = []string{"id", "owner", "text", "status", "item"}
	personFields   = []string{"name", "organisation", "country", "role", "attendance", "short"}
	decisionFields = []string{"id", "text", "item", "kind", "votes", "mover", "seconder", "roll_call"}
	nextFields     = []string{"date", "end_date", "city", "country", "host"}
)

// Fields returns the name of every field Score can report, in the
// contract's order: the fields every set of expected records has a floor
// for. The contract's schema, source.file and warnings are not scored.
func Fields() []string { return append([]string(nil), allFields...) }

// allFields lists every field name Score can report, in order.
var allFields = func() []string {
	var all []string
	prefixed := func(prefix string, names []string) {
		for _, n := range names {
			all = append(all, prefix+"."+n)
		}
	}
	prefixed("source", sourceFields)
	prefixed("meeting", meetingFields)
	all = append(all, "previous_minutes.date", "previous_minutes.approved", "items")
	prefixed("items", itemFields)
	all = append(all, "actions")
	prefixed("actions", actionFields)
	all = append(all, "participants")
	prefixed("participants", personFields)
	all = append(all, "decisions")
	prefixed("decisions", decisionFields)
	all = append(all, "next_meetings")
	prefixed("next_meetings", nextFields)
	return append(all, "links")
}()

func fieldOrder(field string) int {
	for i, f := range allFields {
		if f == field {
			return i
		}
	}
	return len(allFields)
}

// A Mismatch is one disagreement between expected and found, for a person
// reading `minutes check -v`.
type Mismatch struct {
	Field    string
	Expected string // "" when the program found something unexpected
	Got      string // "" when the program missed something
}

func (m Mismatch) String() string {
	switch {
	case m.Expected == "":
		return fmt.Sprintf("%s: unexpected %s", m.Field, m.Got)
	case m.Got == "":
		return fmt.Sprintf("%s: missing %s", m.Field, m.Expected)
	}
	return fmt.Sprintf("%s: expected %s, got %s", m.Field, m.Expected, m.Got)
}

// A scorer accumulates the scores and mismatches of one document.
type scorer struct {
	scores     Scores
	mismatches []Mismatch
}

// Score compares a record the program made with an expected record, both
// as decoded JSON objects.
func Score(expected, got map[string]any) (Scores, []Mismatch) {
	s := &scorer{scores: Scores{}}
	for _, f := range sourceFields {
		s.objectField("source", f, expected["source"], got["source"])
	}
	for _, f := range meetingFields {
		s.objectField("meeting", f, expected["meeting"], got["meeting"])
	}
	if e, ok := expected["previous_minutes"]; ok {
		s.previousMinutes(e, got["previous_minutes"])
	}
	s.list("items", expected, got, itemMatch, itemFields[:3]) // presenters and links: itemLists
	s.list("actions", expected, got, actionMatch, actionFields)
	s.list("participants", expected, got, participantMatch, personFields)
	s.list("decisions", expected, got, decisionMatch, decisionFields[:7]) // roll_call: rollCalls
	s.list("next_meetings", expected, got, nextMeetingMatch, nextFields)
	if e, ok := expected["links"]; ok {
		s.stringSet("links", asStrings(e), asStrings(got["links"]))
	}
	return s.scores, s.mismatches
}

// objectField scores obj.field when the expected object has the key.
func (s *scorer) objectField(obj, field string, expected, got any) {
	e, ok := expected.(map[string]any)
	if !ok {
		return
	}
	ev, present := e[field]
	if !present {
		return
	}
	var gv any
	if g, ok := got.(map[string]any); ok {
		gv = g[field]
	}
	s.scalar(obj+"."+field, ev, gv, field == "text")
}

// previousMinutes scores previous_minutes as its two scalars; a null
// object means both are null.
func (s *scorer) previousMinutes(expected, got any) {
	e, _ := expected.(map[string]any)
	g, _ := got.(map[string]any)
	if e == nil {
		e = map[string]any{"date": nil, "approved": nil}
	}
	for _, f := range []string{"date", "approved"} {
		if ev, ok := e[f]; ok {
			s.scalar("previous_minutes."+f, ev, g[f], false)
		}
	}
}

// scalar scores one value. Long texts agree when their words mostly agree
// (textSimilarity ≥ 0.9), so a stray space or dropped word in a paragraph
// is not a total miss; everything else must be equal after normalization.
func (s *scorer) scalar(field string, expected, got any, long bool) {
	t := s.scores.tally(field)
	switch {
	case isNull(expected) && isNull(got):
		return
	case isNull(expected):
		t.FP++
		s.mismatch(field, "", show(got))
	case isNull(got):
		t.FN++
		s.mismatch(field, show(expected), "")
	case agree(expected, got, long):
		t.TP++
	default:
		t.FP++
		t.FN++
		s.mismatch(field, show(expected), show(got))
	}
}

func agree(expected, got any, long bool) bool {
	es, eok := expected.(string)
	gs, gok := got.(string)
	if eok && gok {
		if long {
			return textSimilarity(es, gs) >= 0.9
		}
		return canonical(es) == canonical(gs)
	}
	return reflect.DeepEqual(expected, got)
}

func (s *scorer) mismatch(field, expected, got string) {
	s.mismatches = append(s.mismatches, Mismatch{Field: field, Expected: expected, Got: got})
}

// stringSet scores a list of strings as a set, equal when canonical
// forms are.
func (s *scorer) stringSet(field string, expected, got []string) {
	asKeyed := func(list []string) []keyed {
		out := make([]keyed, len(list))
		for i, v := range list {
			out[i] = keyed{key: canonical(v), show: v}
		}
		return out
	}
	s.set(field, asKeyed(expected), asKeyed(got))
}

// A keyed value is an element of a set: equal to another when their keys
// are, shown to a person as show.
type keyed struct{ key, show string }

// set scores two lists as sets of keys, each key counted once.
func (s *scorer) set(field string, expected, got []keyed) {
	t := s.scores.tally(field)
	want := map[string]bool{}
	for _, e := range expected {
		want[e.key] = true
	}
	found := map[string]bool{}
	for _, g := range got {
		if found[g.key] {
			continue
		}
		found[g.key] = true
		if want[g.key] {
			t.TP++
		} else {
			t.FP++
			s.mismatch(field, "", g.show)
		}
	}
	for _, e := range expected {
		if !found[e.key] {
			found[e.key] = true
			t.FN++
			s.mismatch(field, e.show, "")
		}
	}
}

// A matchFunc scores how well a found element matches an expected one: 0
// for no match, higher for better.
type matchFunc func(expected, got map[string]any) float64

// list matches the elements of a list field, scores the list, then scores
// the fields of each matched pair.
func (s *scorer) list(field string, expected, got map[string]any, match matchFunc, attrs []string) {
	ev, present := expected[field]
	if !present {
		return
	}
	es, gs := asObjects(ev), asObjects(got[field])
	pairs, missing, extra := matchLists(es, gs, match)
	t := s.scores.tally(field)
	t.TP += len(pairs)
	t.FN += len(missing)
	t.FP += len(extra)
	for _, i := range missing {
		s.mismatch(field, describe(es[i]), "")
	}
	for _, j := range extra {
		s.mismatch(field, "", describe(gs[j]))
	}
	for _, p := range pairs {
		for _, a := range attrs {
			if ev, ok := es[p[0]][a]; ok {
				s.scalar(field+"."+a, ev, gs[p[1]][a], a == "text")
			}
		}
	}
	switch field {
	case "items":
		s.itemLists(es, gs, pairs, missing, extra)
	case "decisions":
		s.rollCalls(es, gs, pairs, missing, extra)
	}
}

// itemLists scores the presenters and links of items as (item, value)
// pairs: those of unmatched items count as missed or extra.
func (s *scorer) itemLists(es, gs []map[string]any, pairs [][2]int, missing, extra []int) {
	for _, sub := range []string{"presenters", "links"} {
		field := "items." + sub
		for _, p := range pairs {
			if ev, ok := es[p[0]][sub]; ok {
				s.stringSet(field, asStrings(ev), asStrings(gs[p[1]][sub]))
			}
		}
		for _, i := range missing {
			if ev, ok := es[i][sub]; ok {
				s.stringSet(field, asStrings(ev), nil)
			}
		}
		for _, j := range extra {
			s.stringSet(field, nil, asStrings(gs[j][sub]))
		}
	}
}

// rollCalls scores the roll calls of decisions as a set of (side, name)
// pairs per decision, names folded as participants' are (case, diacritics
// and spacing ignored): "for: Anna Smith" found as "for: anna smith" is a
// match, found under "against" it is one miss and one extra. As with
// presenters, the pairs of a missed decision count as missed and those of
// an extra decision as extra; a matched decision is scored when its
// expected record has the key (null: the program must give no names).
func (s *scorer) rollCalls(es, gs []map[string]any, pairs [][2]int, missing, extra []int) {
	const field = "decisions.roll_call"
	for _, p := range pairs {
		if ev, ok := es[p[0]]["roll_call"]; ok {
			s.set(field, rollCallVotes(ev), rollCallVotes(gs[p[1]]["roll_call"]))
		}
	}
	for _, i := range missing {
		if ev, ok := es[i]["roll_call"]; ok {
			s.set(field, rollCallVotes(ev), nil)
		}
	}
	for _, j := range extra {
		s.set(field, nil, rollCallVotes(gs[j]["roll_call"]))
	}
}

// rollCallSides are the sides of a roll call in the contract's order.
var rollCallSides = []string{"for", "against", "abstain", "absent"}

// rollCallVotes lists a roll call's votes, side by side in the contract's
// order (then any other side alphabetically), each keyed by its side and
// folded name.
func rollCallVotes(v any) []keyed {
	rc, _ := v.(map[string]any)
	sides := make([]string, 0, len(rc))
	for side := range rc {
		sides = append(sides, side)
	}
	rank := func(side string) int {
		for i, s := range rollCallSides {
			if s == side {
				return i
			}
		}
		return len(rollCallSides)
	}
	sort.Slice(sides, func(i, j int) bool {
		if ri, rj := rank(sides[i]), rank(sides[j]); ri != rj {
			return ri < rj
		}
		return sides[i] < sides[j]
	})
	var out []keyed
	for _, side := range sides {
		for _, name := range asStrings(rc[side]) {
			out = append(out, keyed{key: side + "\x00" + foldKey(name), show: side + " " + show(name)})
		}
	}
	return out
}

// matchLists pairs expected and found elements greedily, best matches
// first, each element used once. It returns the pairs (expected index,
// found index) in expected order, and the unmatched indexes of each side.
func matchLists(es, gs []map[string]any, match matchFunc) (pairs [][2]int, missing, extra []int) {
	type candidate struct {
		i, j  int
		score float64
	}
	var cands []candidate
	for i, e := range es {
		for j, g := range gs {
			if sc := match(e, g); sc > 0 {
				// Prefer pairs close in document order when scores tie.
				sc -= math.Abs(float64(i)/float64(len(es))-float64(j)/float64(len(gs))) * 1e-3
				cands = append(cands, candidate{i, j, sc})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	usedE, usedG := make([]bool, len(es)), make([]bool, len(gs))
	for _, c := range cands {
		if usedE[c.i] || usedG[c.j] {
			continue
		}
		usedE[c.i], usedG[c.j] = true, true
		pairs = append(pairs, [2]int{c.i, c.j})
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a][0] < pairs[b][0] })
	for i, used := range usedE {
		if !used {
			missing = append(missing, i)
		}
	}
	for j, used := range usedG {
		if !used {
			extra = append(extra, j)
		}
	}
	return pairs, missing, extra
}

// itemMatch matches items by title, helped by their number.
func itemMatch(e, g map[string]any) float64 {
	sim := textSimilarity(str(e["title"]), str(g["title"]))
	if canonical(str(e["title"])) == canonical(str(g["title"])) && str(e["title"]) != "" {
		sim = 1
	}
	if sim < 0.5 {
		return 0
	}
	if str(e["number"]) != "" && canonical(str(e["number"])) == canonical(str(g["number"])) {
		sim += 0.5
	}
	return sim
}

// actionMatch matches actions by id (whatever separator: "17.01" is
// "17-01"), else by owner and text.
func actionMatch(e, g map[string]any) float64 {
	score := 0.0
	if id := idKey(str(e["id"])); id != "" && id == idKey(str(g["id"])) {
		score += 2
	}
	sim := textSimilarity(str(e["text"]), str(g["text"]))
	if score == 0 && sim < 0.5 {
		return 0
	}
	if ownerE := foldKey(str(e["owner"])); ownerE != "" && ownerE == foldKey(str(g["owner"])) {
		score += 0.5
	}
	return score + sim
}

// participantMatch matches people by name, ignoring case and diacritics.
func participantMatch(e, g map[string]any) float64 {
	en, gn := foldKey(str(e["name"])), foldKey(str(g["name"]))
	switch {
	case en == "" || gn == "":
		return 0
	case en == gn:
		return 2
	}
	if sim := textSimilarity(en, gn); sim >= 0.6 {
		return sim
	}
	return 0
}

// decisionMatch matches decisions by id, else by text.
func decisionMatch(e, g map[string]any) float64 {
	if id := idKey(str(e["id"])); id != "" && id == idKey(str(g["id"])) {
		return 2 + textSimilarity(str(e["text"]), str(g["text"]))
	}
	if sim := textSimilarity(str(e["text"]), str(g["text"])); sim >= 0.5 {
		return sim
	}
	return 0
}

// nextMeetingMatch matches next meetings by date, else by city.
func nextMeetingMatch(e, g map[string]any) float64 {
	score := 0.0
	if d := str(e["date"]); d != "" && d == str(g["date"]) {
		score += 1
	}
	if c := foldKey(str(e["city"])); c != "" && c == foldKey(str(g["city"])) {
		score += 1
	}
	return score
}

// textSimilarity is the share of words two texts have in common (Dice
// coefficient over word multisets, case and punctuation ignored).
func textSimilarity(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 && len(wb) == 0 {
		return 1
	}
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wa {
		count[w]++
	}
	common := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// canonical normalizes a value for equality: NFC, single spaces, trimmed.
func canonical(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// foldKey normalizes a name for matching: no case, no diacritics, single
// spaces.
func foldKey(s string) string {
	return strings.ToLower(canonical(fold.Diacritics(s)))
}

// idKey normalizes an identifier for matching: its letters and digits in
// lower case, separated by single spaces, so "17.01" and "17-01" match.
func idKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func isNull(v any) bool { return v == nil }

func str(v any) string {
	s, _ := v.(string)
	return s
}

func asObjects(v any) []map[string]any {
	list, _ := v.([]any)
	var out []map[string]any
	for _, x := range list {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func asStrings(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func show(v any) string {
	if s, ok := v.(string); ok {
		if len(s) > 80 {
			s = s[:77] + "..."
		}
		return fmt.Sprintf("%q", s)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// describe names a list element for a mismatch line.
func describe(m map[string]any) string {
	for _, k := range []string{"name", "title", "id", "text", "date", "city"} {
		if s := str(m[k]); s != "" {
			return show(s)
		}
	}
	return show(m)
}
