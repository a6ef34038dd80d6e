package parse

import (
	"testing"
)

// findKeywordByScan is findKeyword as it was written before its index:
// every phrase of the table in order, exact words first, then slips.
func findKeywordByScan(s string, table []rosterKeyword) (string, bool) {
	words := keywordWords(s)
	for _, fuzzy := range []bool{false, true} {
		for _, k := range table {
			if containsPhrase(words, keywordWords(k.phrase), fuzzy) {
				return k.value, true
			}
		}
	}
	return "", false
}

// TestFindKeywordIndexReadsAsTheScan checks that the index findKeyword
// looks phrases up in finds what a scan of the whole table finds: on
// labels and notes of several languages, on every phrase of the tables,
// and on each phrase with a slip of one letter.
func TestFindKeywordIndexReadsAsTheScan(t *testing.T) {
	texts := []string{
		"Present:", "Apologies for absence", "Also in attendance", "by poxy", "apologeis",
		"Anwesend:", "abwesend", "Entschuldigt", "Présent.e.s", "excusé·e·s", "Assistentes",
		"Hon. Secretary & Treasurer", "Vice-Chair", "2. Vorsitzender", "Secrétaire de séance",
		"Chairing", "HR Administrator – Minutes", "Past President", "Ann Lee (Chair)",
		"Kassiererin", "Presidente", "議長", "joined by phone", "Regrets", "Mr Brown", "",
	}
	for _, table := range [][]rosterKeyword{attendanceKeywords, roleKeywords} {
		for _, k := range table {
			texts = append(texts, k.phrase, "the "+k.phrase+" said")
			if r := []rune(k.phrase); len(r) > 3 {
				texts = append(texts, string(r[:2])+"x"+string(r[3:]), string(r[:len(r)-1]))
			}
		}
	}
	for _, table := range [][]rosterKeyword{attendanceKeywords, roleKeywords} {
		for _, s := range texts {
			got, gotOK := findKeyword(s, table)
			want, wantOK := findKeywordByScan(s, table)
			if got != want || gotOK != wantOK {
				t.Errorf("findKeyword(%q) = %q, %v; the scan of the table gives %q, %v", s, got, gotOK, want, wantOK)
			}
		}
	}
}
