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

// The part of the minutes that holds the items is headed by a container
// word, alone or qualified ("Das tatsächliche Protokoll"), in any
// language: its sub-headings are the items, and the other sections at its
// level (attendance, proposals for the agenda, next meeting) frame them.
// "Approval of the minutes" is an item, not a container.
func TestItemsUnderContainerHeadings(t *testing.T) {
	checkItems(t, []struct {
		name, text string
		want       []string
	}{
		{"de", "Protokoll 2016-10-27\n===\n\nFormalia\n--------\n\nAnwesende: Jonas, Norman\n\nTOP-Vorschläge\n--------------\n\n### Uni-Stick\n\nVorschlag.\n\nDas tatsächliche Protokoll\n--------------------------\n\n### Uni-Stick\n\nWir verteilen ihn.\n\n### Datenspuren\n\nVortrag gehalten.\n",
			[]string{"Uni-Stick", "Datenspuren"}},
		{"pt", "# Ata de reunião\n\n## Informes\n\n### Acessos e caixa\n\nTransferência feita.\n\n## Pautas\n\n### Reuniões\n\nQuinzenais.\n\n### Comunicação\n\nAceito por unanimidade.\n\n## Para a próxima reunião\n\nSexta-feira.\n",
			[]string{"Acessos e caixa", "Reuniões", "Comunicação"}},
		{"en", "# Committee meeting\n\n## Attendance\n\nAnn, Bo\n\n## Detailed minutes\n\n### Budget\n\nApproved.\n\n### Website\n\nTo be redesigned.\n\n## Next meeting\n\nMay 3.\n",
			[]string{"Budget", "Website"}},
		{"es", "# Acta de la reunión\n\n## Asistentes\n\nAna, Luis\n\n## Temas\n\n### Presupuesto\n\nSe aprueba.\n\n### Web\n\nSe rediseña.\n",
			[]string{"Presupuesto", "Web"}},
		{"it", "# Verbale del direttivo\n\n## Presenti\n\nAnna, Luca\n\n## Punti\n\n### Bilancio\n\nApprovato.\n\n### Sito web\n\nDa rifare.\n",
			[]string{"Bilancio", "Sito web"}},
	})
}

func TestIsContainerTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Minutes", true},
		{"Das tatsächliche Protokoll", true},
		{"Detailed minutes", true},
		{"Pautas", true},
		{"Puntos", true},
		{"Meeting minutes", true},
		{"Approval of the minutes", false},
		{"Previous minutes", false},
		{"Lecture du procès-verbal", false},
		{"Board Meeting Minutes", false}, // the document's title
		{"Verbale della riunione", false},
		{"Budget", false},
	}
	for _, tt := range tests {
		if got := isContainerTitle(tt.title); got != tt.want {
			t.Errorf("isContainerTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// An item's number may follow a word for an item, in any language, or be
// written the Chinese and Japanese way (一、, （一）, 第一项, a full-width
// colon).
func TestParseNumberedLanguages(t *testing.T) {
	tests := []struct {
		in, number, title string // number "": not an item number
	}{
		{"Punto 1): Elezione del Consiglio Direttivo", "1", "Elezione del Consiglio Direttivo"}, // it
		{"Punto 4 - Ruegos y preguntas", "4", "Ruegos y preguntas"},                             // es
		{"Ponto 2: Prestação de contas", "2", "Prestação de contas"},                            // pt
		{"Agendapunt 5: Rondvraag", "5", "Rondvraag"},                                           // nl
		{"Punkt 3: Kassenbericht", "3", "Kassenbericht"},                                        // de
		{"TOP 2 Wahl des Vorstands", "2", "Wahl des Vorstands"},
		{"Item 3: Budget", "3", "Budget"}, // en
		{"议题一：年度预算", "一", "年度预算"},         // zh
		{"議題2：予算案", "2", "予算案"},           // ja
		{"一、工作报告", "一", "工作报告"},
		{"（二）财务报告", "（二）", "财务报告"},
		{"第三项：选举理事会", "三", "选举理事会"},
		{"十二、其他事项", "十二", "其他事项"},
		{"1、会议开幕", "1", "会议开幕"},
		// Not item numbers.
		{"第一次会议纪要", "", ""}, // the first meeting
		{"一个问题", "", ""},
		{"Punto di vista del tesoriere", "", ""},
	}
	for _, tt := range tests {
		n, ok := parseNumbered(tt.in)
		if ok != (tt.number != "") || ok && (n.number != tt.number || n.title != tt.title) {
			t.Errorf("parseNumbered(%q) = %q %q (%v), want %q %q", tt.in, n.number, n.title, ok, tt.number, tt.title)
		}
	}
}

// Items numbered with section words or Chinese numerals make the outline,
// and their numbers rise as Arabic ones do.
func TestItemsWordAndCJKNumbers(t *testing.T) {
	checkItems(t, []struct {
		name, text string
		want       []string
	}{
		{"it", "Verbale assemblea\n\nPresenti 27 persone.\n\nPunto 1): Elezione del Consiglio Direttivo.\n\nSono eletti tre consiglieri.\n\nPunto 2) Aggiornamenti sull'attività\n\nLa Presidente riferisce.\n",
			[]string{"1 Elezione del Consiglio Direttivo.", "2 Aggiornamenti sull'attività"}},
		{"nl", "Notulen ledenvergadering\n\nAgendapunt 1: Opening\n\nDe voorzitter opent.\n\nAgendapunt 2: Financiën\n\nDe penningmeester licht toe.\n\nAgendapunt 3: Rondvraag\n\nGeen.\n",
			[]string{"1 Opening", "2 Financiën", "3 Rondvraag"}},
		{"pt", "Ata da assembleia\n\nPonto 1 - Abertura\n\nO presidente abriu.\n\nPonto 2 - Eleição da diretoria\n\nEleita por unanimidade.\n",
			[]string{"1 Abertura", "2 Eleição da diretoria"}},
		{"zh", "理事会会议纪要\n\n一、工作报告\n\n秘书长报告了工作。\n\n二、财务报告\n\n财务报告通过。\n\n三、其他事项\n\n无。\n",
			[]string{"一 工作报告", "二 财务报告", "三 其他事项"}},
		{"zh brackets", "会议纪要\n\n（一）开幕\n\n主席致辞。\n\n（二）选举\n\n选举通过。\n",
			[]string{"（一） 开幕", "（二） 选举"}},
		{"ja", "理事会議事録\n\n議題1：予算案\n\n承認された。\n\n議題2：役員選任\n\n承認された。\n",
			[]string{"1 予算案", "2 役員選任"}},
	})
}

// A title is cut at the colon after which the discussion of the item
// follows on its line; the line stays whole as the first of the item's
// text. A subtitle after a colon stays.
func TestCutAtDiscussion(t *testing.T) {
	tests := []struct{ in, title string }{
		{"APPROVAL OF DECEMBER MINUTES: First Motion – Pam Wellman; 2nd – Steve Musselman, All approved.", "APPROVAL OF DECEMBER MINUTES"},
		{"Budget: the treasurer presented the accounts.", "Budget"},
		{"Budget : la trésorière présente les comptes. Ils sont approuvés.", "Budget"},
		{"Haushalt: Der Kassenwart stellt den Haushalt vor. Er wird genehmigt.", "Haushalt"},
		{"Presupuesto: se aprueba por unanimidad.", "Presupuesto"},
		{"Begroting: de penningmeester licht de cijfers toe en de vergadering keurt ze goed zonder verdere vragen of opmerkingen", "Begroting"},
		{"预算：财务报告通过。", "预算"},
		{"CSAF 2.0: next steps", "CSAF 2.0: next steps"},
		{"Sync meeting scheduling (Eric Huss Time: 10 minutes)", "Sync meeting scheduling (Eric Huss Time: 10 minutes)"},
		{"Bilancio: approvazione", "Bilancio: approvazione"},
	}
	for _, tt := range tests {
		if got, _ := cutAtDiscussion(tt.in); got != tt.title {
			t.Errorf("cutAtDiscussion(%q) = %q, want %q", tt.in, got, tt.title)
		}
	}
	checkItems(t, []struct {
		name, text string
		want       []string
	}{
		{"en", "Board minutes\n\n1. CALL TO ORDER\n\nTime: 6:37pm\n\n2. APPROVAL OF DECEMBER MINUTES: First Motion – Pam Wellman; 2nd – Steve Musselman, All approved.\n\n3. TREASURER REMARKS\n\nReviewed.\n",
			[]string{"1 CALL TO ORDER", "2 APPROVAL OF DECEMBER MINUTES", "3 TREASURER REMARKS"}},
		{"fr", "Compte rendu\n\n1. Ouverture\n\nLa séance est ouverte.\n\n2. Budget : la trésorière présente les comptes. Ils sont approuvés.\n\n3. Divers\n\nRien.\n",
			[]string{"1 Ouverture", "2 Budget", "3 Divers"}},
	})
}

// Headings that are no items: a field of the record with its value, the
// signatures, an image's leftover "!".
func TestItemsFramingHeadings(t *testing.T) {
	checkItems(t, []struct {
		name, text string
		want       []string
	}{
		{"en", "# Minutes\n\n## Venue: Engineering Pavilion\n\n## Start: 7:06 p.m.\n\n## Old minutes\n\nNo issues.\n\n## Treasury report\n\nBalance fine.\n\n## Next meeting: Wednesday 2014-10-01, 1:00 p.m.\n\n## Finish: 7:38 p.m.\n",
			[]string{"Old minutes", "Treasury report"}},
		{"es", "# Acta\n\n## Lugar: Sala 3\n\n## Presupuesto\n\nSe aprueba.\n\n## Ruegos y preguntas\n\nNinguno.\n\n## Firmas de los Presentes\n\n![](firma1.jpg)\n\n![](firma2.jpg)\n",
			[]string{"Presupuesto", "Ruegos y preguntas"}},
		{"de", "# Protokoll\n\n## Ort: Vereinsheim\n\n## Beginn: 19:30 Uhr\n\n## Kassenbericht\n\nGenehmigt.\n\n## Verschiedenes\n\nNichts.\n\n## Unterschriften\n\nDer Vorsitzende\n",
			[]string{"Kassenbericht", "Verschiedenes"}},
		{"fr", "# Procès-verbal\n\n## Lieu : salle des fêtes\n\n## Rapport moral\n\nAdopté.\n\n## Rapport financier\n\nAdopté.\n\n## Clôture : 22h00\n",
			[]string{"Rapport moral", "Rapport financier"}},
	})
}

// Minutes that open with their agenda as a list and then minute each
// entry as a top-level bullet: the bullets are the items, not the agenda
// list, nor the labels among the sub-bullets. When the headings already
// hold the agenda's entries, they stand.
func TestItemsRepeatAgendaAsBullets(t *testing.T) {
	checkItems(t, []struct {
		name, text string
		want       []string
	}{
		{"en", "# 2023-09-07\n\n## Agenda\n\n- Check-in\n- Announcements\n- Edition planning\n    - **Related links**:\n        - https://example.org/issues/32\n- Check-out\n\n## Attendance\n\nAnn, Bo\n\n## Minutes\n\n- Check-in\n- Announcements\n    - PD election is half done\n- Edition planning\n    - **Related links**:\n        - https://example.org/issues/32\n    - Mara: nothing happened.\n- Check-out\n",
			[]string{"Check-in", "Announcements", "Edition planning", "Check-out"}},
		{"fr", "Assemblée Générale du 31 Mai 2009\n==========\n\nOrdre du jour\n=============\n\n* Rapport moral\n* Rapport financier\n* Quitus\n\nRapport moral\n-------------\n\n + Rapport moral\n\n  + pour            Unanimité\n  + contre          0\n\n + Rapport financier\n\n  + pour            41\n  + contre          0\n\n + Quitus\n\n  + pour            Unanimité\n",
			[]string{"Rapport moral", "Rapport financier", "Quitus"}},
		{"de", "# Protokoll\n\n## Tagesordnung\n\n- Begrüßung\n- Kassenbericht\n- Verschiedenes\n\n## Anwesend\n\nAnna, Jonas\n\n## Protokoll\n\n- Begrüßung\n- Kassenbericht\n    - **Hinweis**: Kasse geprüft.\n    - **Links**:\n        - https://example.org/kasse\n- Verschiedenes\n",
			[]string{"Begrüßung", "Kassenbericht", "Verschiedenes"}},
		{"es", "# Acta\n\n## Orden del día\n\n- Presupuesto\n- Elección de la junta\n- Ruegos y preguntas\n\n## Acta\n\n- Presupuesto\n- Elección de la junta\n    - **Nota**: Ana es elegida.\n- Ruegos y preguntas\n",
			[]string{"Presupuesto", "Elección de la junta", "Ruegos y preguntas"}},
		{"pt", "# Ata\n\n## Ordem do dia\n\n- Abertura\n- Prestação de contas\n- Assuntos gerais\n\n## Registro\n\n- Abertura\n- Prestação de contas\n    - **Nota**: aprovada.\n    - **Links**:\n        - https://example.org/contas\n- Assuntos gerais\n",
			[]string{"Abertura", "Prestação de contas", "Assuntos gerais"}},
		{"en, headings stand", "# Working Group Minutes\n\n## Agenda\n\n- Status update\n- Allocation of WF tasks\n- Presentation from Terna\n- Review of pull requests\n\n# Round of intro\n\n## Status update\n\nNo changes.\n\n# Allocation of wg tasks\n\nVolunteers found.\n\n# Presentation from Terna\n\nSlides shown.\n\n# Review of pull requests\n\nMerged.\n",
			[]string{"Round of intro", "Allocation of wg tasks", "Presentation from Terna", "Review of pull requests"}},
	})
}

// A number with a space before its bracket ("6 ) Title", as a PDF's text
// layer spaces it) numbers an item; emphasis between stars leaves a
// title whole, however the stars pair.
func TestItemTitleForms(t *testing.T) {
	numbered := []struct{ in, number, title string }{
		{"6 ) Internal Competitions Report", "6", "Internal Competitions Report"},
		{"3 ) Rapport financier", "3", "Rapport financier"},
		{"2 ) Kassenbericht", "2", "Kassenbericht"},
		{"4 ) Ruegos y preguntas", "4", "Ruegos y preguntas"},
	}
	for _, tt := range numbered {
		n, ok := parseNumbered(tt.in)
		if !ok || n.number != tt.number || n.title != tt.title {
			t.Errorf("parseNumbered(%q) = %q %q (%v), want %q %q", tt.in, n.number, n.title, ok, tt.number, tt.title)
		}
	}
	titles := []struct{ in, want string }{
		{"Sync meeting scheduling (*Eric Huss* **Time**: 10 minutes)", "Sync meeting scheduling (Eric Huss Time: 10 minutes)"},
		{"Budget (*Anne Roy* **Durée** : 10 min)", "Budget (Anne Roy Durée : 10 min)"},
		{"Haushalt (*Jonas* **Zeit**: 5 Minuten)", "Haushalt (Jonas Zeit: 5 Minuten)"},
		{"Presupuesto (*Ana* **Tiempo**: 5 minutos)", "Presupuesto (Ana Tiempo: 5 minutos)"},
	}
	for _, tt := range titles {
		if got := cleanTitle(tt.in); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
