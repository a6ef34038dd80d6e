package parse

// Tests of the item outline on snippets in several languages, read through
// the real reader and repairs (recordOf): the forms of numbering, the
// words of sections and the framing sections of minutes that were not
// the corpus's.

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// itemsOf lists a record's items as "number title" ("3 Budget", "Budget"
// when unnumbered).
func itemsOf(t *testing.T, name, text string) []string {
	t.Helper()
	var out []string
	for _, it := range recordOf(t, name, text).Items {
		out = append(out, strings.TrimSpace(string(it.Number)+" "+string(it.Title)))
	}
	return out
}

func checkItems(t *testing.T, tests []struct {
	name, text string
	want       []string
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, itemsOf(t, "x.md", tt.text)); diff != "" {
				t.Errorf("items (-want +got):\n%s\n%s", diff, tt.text)
			}
		})
	}
}

// A converter escapes the number of a heading so that markdown does not
// read it as a list ("1\."), and leaves an empty anchor before it for a
// table of contents.
func TestItemsEscapedNumbers(t *testing.T) {
	checkItems(t, []struct {
		name, text string
		want       []string
	}{
		{"fr", "# Compte rendu du CA\n\n## <a href=\"#un\"></a> 1\\. Vote du précédent compte-rendu\n\nAdopté.\n\n## <a href=\"#deux\"></a> 2\\. Bilan budgétaire\n\nLa trésorière présente le bilan.\n",
			[]string{"1 Vote du précédent compte-rendu", "2 Bilan budgétaire"}},
		{"en", "# Board minutes\n\n## 1\\. Apologies\n\nNone.\n\n## 2\\. Finance report\n\nThe treasurer reported.\n\n## 3\\. Any other business\n\nNone.\n",
			[]string{"1 Apologies", "2 Finance report", "3 Any other business"}},
		{"de", "# Protokoll\n\n1\\. Begrüßung\n\nDer Vorsitzende begrüßt alle.\n\n2\\. Kassenbericht\n\nDer Kassenwart berichtet.\n",
			[]string{"1 Begrüßung", "2 Kassenbericht"}},
		{"es", "# Acta\n\n## <a name=\"p1\"/> 1\\) Lectura del acta anterior\n\nSe aprueba.\n\n## <a name=\"p2\"/> 2\\) Ruegos y preguntas\n\nNinguno.\n",
			[]string{"1 Lectura del acta anterior", "2 Ruegos y preguntas"}},
	})
}

// Markdown lets an ordered list be written "1." on every line and shows
// it numbered 1, 2, 3: the items take the numbers they are shown with.
func TestItemsLazyMarkdownNumbers(t *testing.T) {
	checkItems(t, []struct {
		name, text string
		want       []string
	}{
		{"ja", "# 令和 2 年 5 月臨時会\n\n1. 会期の決定\n\n1. 会議録署名議員の指名\n\n1. 諸報告\n",
			[]string{"1 会期の決定", "2 会議録署名議員の指名", "3 諸報告"}},
		{"en", "# Minutes\n\n1. Welcome\n1. Apologies\n1. Treasurer's report\n1. Any other business\n",
			[]string{"1 Welcome", "2 Apologies", "3 Treasurer's report", "4 Any other business"}},
		{"it", "# Verbale\n\n1. Approvazione del bilancio\n   Il tesoriere illustra il bilancio.\n1. Elezione del consiglio\n1. Varie ed eventuali\n",
			[]string{"1 Approvazione del bilancio", "2 Elezione del consiglio", "3 Varie ed eventuali"}},
		{"pt", "# Ata\n\n1. Abertura\n\n1. Prestação de contas\n\n1. Assuntos gerais\n",
			[]string{"1 Abertura", "2 Prestação de contas", "3 Assuntos gerais"}},
	})
}
