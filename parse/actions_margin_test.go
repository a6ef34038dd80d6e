package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMarginOwners reads rows of a paragraph and, in a second cell, a
// note — the form the PDF reader gives an owner written in the right
// margin, and a table of minutes with an owners' column and no header —
// in several languages. An owner (initials, an office, everyone, a title
// before a name) makes the paragraph an action, without the reference
// that numbers it; "Noted", a month, an agenda's topic beside who
// presents it make none.
func TestMarginOwners(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"English council minutes", `# Minutes

## 4. Matters arising

| 4.4.4.4.12i) The Clerk advised that the minutes had been translated. An invoice had also been received: Clerk to arrange payment. | Clerk |
| 4.12v) Councillors were asked to contribute photographs of the locality so that the website could showcase the area. | All |
| 12i) The quotation to replace one of the glass panels was felt to be excessive. Cllr. A. Davies to source a quotation from a local fitter. | Cllr. A. Davies |

## 5. Correspondence

| i) Lloyds Bank Statement dated 01/03/2016, Sheet No 78, Credit Balance £11,346.73. | Noted |
| xiii) Letters requesting financial support had been received. It was agreed that these be considered next February. | Feb |
| ix) SLCC, audit guidance and template letters. | Clerk |
`, []string{
			"4|Clerk|open|The Clerk advised that the minutes had been translated. An invoice had also been received: Clerk to arrange payment",
			"4|All|open|Councillors were asked to contribute photographs of the locality so that the website could showcase the area",
			"4|Cllr. A. Davies|open|The quotation to replace one of the glass panels was felt to be excessive. Cllr. A. Davies to source a quotation from a local fitter",
			"5|Clerk|open|SLCC, audit guidance and template letters",
		}},
		{"Welsh council minutes", `# Cofnodion

## 5. Gohebiaeth

| vi) C.S.C. Ymgynghoriad ar y Polisi Tai Cymdeithasol Drafft, cwblhawyd yr holiadur yn ystod y cyfarfod. Clerc i gyflwyno’r ymateb. | Clerc |
| iii) Cyfriflen Banc HSBC dyddiedig 15/02/2016, Taflen Rhif 307, Gweddill £571.49. | Nodwyd |
| xiii) Derbyniwyd llythyron yn gofyn am gefnogaeth ariannol. Cytunwyd y dylid ystyried y rhain Chwefror nesaf. | Chwef |
| Mae’r gwaith ar y wefan ar fynd; gofynnwyd i’r Cynghorwyr gyfrannu lluniau o’r ardal. | Pawb |
| Amlinellodd y Cyng. O. Williams fanteision sefydlu tudalen Facebook i’r Cyngor. | Cyng. O. Williams |
`, []string{
			"5|Clerc|open|C.S.C. Ymgynghoriad ar y Polisi Tai Cymdeithasol Drafft, cwblhawyd yr holiadur yn ystod y cyfarfod. Clerc i gyflwyno’r ymateb",
			"5|Pawb|open|Mae’r gwaith ar y wefan ar fynd; gofynnwyd i’r Cynghorwyr gyfrannu lluniau o’r ardal",
			"5|Cyng. O. Williams|open|Amlinellodd y Cyng. O. Williams fanteision sefydlu tudalen Facebook i’r Cyngor",
		}},
		{"board minutes with initials, a report of progress", `# Board meeting

## 3. Matters arising

| Item 3, re-formatting of minutes. The minutes need to be redacted before making them public and this is ongoing work. | AW |
| Their recommendation is these Standing orders are adopted by the Board, subject to a further review. | MH/IB |
`, []string{
			"3|AW|ongoing|Item 3, re-formatting of minutes. The minutes need to be redacted before making them public and this is ongoing work",
			"3|MH/IB|open|Their recommendation is these Standing orders are adopted by the Board, subject to a further review",
		}},
		{"earlier actions reported: as agreed before, still ongoing", `# Minutes

## 7. Footpaths

| i) 7. With regard to footpath 44/146, a response had been sent to C.C.C. as agreed at the last meeting. | Clerk |
| Mewn perthynas â llwybr troed 44/146, mae ymateb wedi’i anfon i C.S.C. fel y cytunwyd yn y cyfarfod diwethaf. | Clerc |
| 4.4.4.4.5iv) The identification of Common Land in Salem was still ongoing. | Clerk |
`, []string{
			"7|Clerk||With regard to footpath 44/146, a response had been sent to C.C.C. as agreed at the last meeting",
			"7|Clerc||Mewn perthynas â llwybr troed 44/146, mae ymateb wedi’i anfon i C.S.C. fel y cytunwyd yn y cyfarfod diwethaf",
			"7|Clerk|ongoing|The identification of Common Land in Salem was still ongoing",
		}},
		{"French and German offices and everyone", `# Procès-verbal

## 2. Finances

| Le trésorier enverra les reçus fiscaux aux membres avant la fin du mois. | Trésorier |
| Die Einladung zur Mitgliederversammlung wird bis Ende Mai an alle Mitglieder verschickt. | Alle |
`, []string{
			"2|Trésorier|open|Le trésorier enverra les reçus fiscaux aux membres avant la fin du mois",
			"2|Alle|open|Die Einladung zur Mitgliederversammlung wird bis Ende Mai an alle Mitglieder verschickt",
		}},
		{"an agenda's topics beside who presents them", `# Agenda

## Reports

| Call to Order (quorum = majority of Board, including proxies) | Tinka Gammel |
| Certificates of Incorporation for all Board notebooks | Mary Campbell |
| Report of the treasurer on the accounts of the year | Treasurer |
`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, actionsOf(t, "minutes.md", tt.text)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
