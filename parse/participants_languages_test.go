package parse

import (
	"fmt"
	"strings"
	"testing"
)

// participantsOf parses a snippet as recordOf does and returns its
// participants as "name|organisation|attendance|role".
func participantsOf(t *testing.T, name, text string) []string {
	t.Helper()
	var out []string
	for _, p := range recordOf(t, name, text).Participants {
		out = append(out, strings.Join([]string{string(p.Name), string(p.Organisation), string(p.Attendance), string(p.Role)}, "|"))
	}
	return out
}

// TestAttendanceInOtherLanguages reads attendance lists written in other
// languages and forms: their words are rows of vocab.Attendance,
// vocab.Offices and vocab.AttendanceProse.
func TestAttendanceInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"French inclusive writing", "cr.md", "# Compte rendu\n\n**Présent.e.s :** Nathalie Roux, Laura Petit\n**Excusé·e·s :** Monique Blanc\n\n## 1. Budget\n\nTexte.\n",
			[]string{"Nathalie Roux||present|", "Laura Petit||present|", "Monique Blanc||apologies|"}},
		{"Welsh", "cofnodion.txt", "COFNODION\n\nPRESENNOL\nCynghorwyr Alun Davies, Jill Davies a Dorian Jenkins.\n\n1. CROESO\nDerbyniwyd ymddiheuriadau gan y Cynghorwyr Arwel Davies, Peter Harries a Doris Jones.\n",
			[]string{"Alun Davies||present|", "Jill Davies||present|", "Dorian Jenkins||present|", "Arwel Davies||apologies|", "Peter Harries||apologies|", "Doris Jones||apologies|"}},
		{"Chinese", "纪要.md", "# 技术委员会会议纪要\n\n参会人员：张伟（华为）、李娜、王芳\n\n请假人员：赵磊\n\n## 一、议题\n\n讨论。\n",
			[]string{"张伟|华为|present|", "李娜||present|", "王芳||present|", "赵磊||apologies|"}},
		{"Chinese bullets under an English label", "tsc.md", "# TSC\n\n## Attendees\n\nTSC members who attended:\n\n- 徐雷（联通 毋涛代表）\n- 于洋（华为）\n\n## Agenda\n\nx\n",
			[]string{"徐雷|联通|present|", "于洋|华为|present|"}},
		{"Italian prose", "verbale.txt", "VERBALE DEL CONSIGLIO\n\nErano presenti Mario Rossi, Anna Bianchi e Luca Verdi.\n\n1. Bilancio\nTesto.\n",
			[]string{"Mario Rossi||present|", "Anna Bianchi||present|", "Luca Verdi||present|"}},
		{"Portuguese offices", "ata.md", "# Ata\n\nPresentes: Ana Souza, Pedro Lima\n\nRelatora: Ana Souza\n\n## 1. Pauta\n\nTexto.\n",
			[]string{"Ana Souza||present|scribe", "Pedro Lima||present|"}},
		{"Dutch with notice", "notulen.md", "# Notulen\n\nAanwezig: Jan de Vries, Els Bakker\nAfwezig met kennisgeving: Piet Smit\n\n## 1. Opening\n\nTekst.\n",
			[]string{"Jan de Vries||present|", "Els Bakker||present|", "Piet Smit||apologies|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestAttendanceCountsAndProxies reads labels that count the people
// listed below them ("+ présents : 40", "出席者：12名"), labels of proxies
// in several languages (vocab.Attendance, sense proxy), whose bracketed
// name is the proxy's holder and no organisation, and "X, represented by
// Y", which makes X a proxy.
func TestAttendanceCountsAndProxies(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"French count and pouvoirs", "pv.txt", "Assemblée Générale\n\n + présents : 2\n\n- Amicel Ronan\n- Fretin Vincent\n\n + pouvoirs : 1\n\n- René Mages (Christophe Combelles)\n\nOrdre du jour\n\n* Quitus\n",
			[]string{"Amicel Ronan||present|", "Fretin Vincent||present|", "René Mages||proxy|"}},
		{"English count", "m.md", "# Minutes\n\nPresent: 2\n\n- Ann Lee\n- Bo Chen\n\n## 1. Budget\n\nText.\n",
			[]string{"Ann Lee||present|", "Bo Chen||present|"}},
		{"German count of members and Vollmachten", "p.md", "# Protokoll\n\nAnwesend: 2 Mitglieder\n\n- Jan Schulz\n- Eva Braun\n\nVollmachten:\n\n- Karl Weber (Jan Schulz)\n\n## 1. Haushalt\n\nText.\n",
			[]string{"Jan Schulz||present|", "Eva Braun||present|", "Karl Weber||proxy|"}},
		{"Spanish count in brackets", "acta.md", "# Acta\n\nPresentes: (2)\n\n- Ana García\n- Luis Pérez\n\n## 1. Cuentas\n\nTexto.\n",
			[]string{"Ana García||present|", "Luis Pérez||present|"}},
		{"Dutch volmachten", "notulen.md", "# Notulen\n\nAanwezig: Jan de Vries, Els Bakker\n\nVolmachten:\n\n- Piet Smit (Els Bakker)\n\n## 1. Opening\n\nTekst.\n",
			[]string{"Jan de Vries||present|", "Els Bakker||present|", "Piet Smit||proxy|"}},
		{"Japanese count", "gijiroku.md", "# 議事録\n\n出席者：2名\n\n- 山田太郎\n- 鈴木花子\n\n## 1. 予算\n\n本文。\n",
			[]string{"山田太郎||present|", "鈴木花子||present|"}},
		{"English represented by", "m.md", "# Minutes\n\nPresent:\n\n- Ann Lee\n- Carl Wu, represented by Ann Lee\n\n## 1. Budget\n\nText.\n",
			[]string{"Ann Lee||present|", "Carl Wu||proxy|"}},
		{"Italian rappresentata da", "verbale.md", "# Verbale\n\nPresenti: Mario Rossi, Anna Bianchi (rappresentata da Mario Rossi)\n\n## 1. Bilancio\n\nTesto.\n",
			[]string{"Mario Rossi||present|", "Anna Bianchi||proxy|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestOfficesInSentences reads the offices the opening sentences of the
// minutes give (vocab.OfficeProseAfterName, OfficeProseBeforeName): the
// role goes to the listed person of that name, whatever the order of
// their names on the list, or the person is added as present. An office
// the text of an item mentions is no role.
func TestOfficesInSentences(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"French, list written surname first", "pv.txt", "Assemblée Générale\n\nTarek Ziadé préside l'assemblée, Jean-Philippe Camguilhem en est le secrétaire.\n\nPrésents :\n\n- Camguilhem Jean-Philippe\n- Ziadé Tarek\n- Amicel Ronan\n\nOrdre du jour\n\n* Quitus\n",
			[]string{"Camguilhem Jean-Philippe||present|secretary", "Ziadé Tarek||present|chair", "Amicel Ronan||present|"}},
		{"English chaired by", "m.md", "# Minutes\n\nThe meeting was chaired by Ann Lee.\n\nPresent: Ann Lee, Bo Chen\n\n## 1. Budget\n\nText.\n",
			[]string{"Ann Lee||present|chair", "Bo Chen||present|"}},
		{"Spanish presidida por el, added as present", "acta.md", "# Acta\n\nEsta Asamblea es presidida por el C. Luis Saavedra Nieto, Director.\n\n## 1. Cuentas\n\nTexto.\n",
			[]string{"Luis Saavedra Nieto||present|chair"}},
		{"German Leitung and Protokoll", "p.md", "# Protokoll\n\nJan Schulz leitet die Sitzung, Eva Braun führt das Protokoll.\n\nAnwesend: Jan Schulz, Eva Braun, Karl Weber\n\n## 1. Haushalt\n\nText.\n",
			[]string{"Jan Schulz||present|chair", "Eva Braun||present|scribe", "Karl Weber||present|"}},
		{"Italian presiede", "verbale.md", "# Verbale\n\nPresiede la riunione Mario Rossi. Anna Bianchi funge da segretaria.\n\nPresenti: Mario Rossi, Anna Bianchi\n\n## 1. Bilancio\n\nTesto.\n",
			[]string{"Mario Rossi||present|chair", "Anna Bianchi||present|secretary"}},
		{"Dutch voorgezeten door", "notulen.md", "# Notulen\n\nDe vergadering wordt voorgezeten door Jan de Vries.\n\nAanwezig: Jan de Vries, Els Bakker\n\n## 1. Opening\n\nTekst.\n",
			[]string{"Jan de Vries||present|chair", "Els Bakker||present|"}},
		{"Portuguese sob a presidência de", "ata.md", "# Ata\n\nA reunião decorreu sob a presidência de Ana Souza.\n\nPresentes: Ana Souza, Pedro Lima\n\n## 1. Pauta\n\nTexto.\n",
			[]string{"Ana Souza||present|chair", "Pedro Lima||present|"}},
		{"office in an item's text is no role", "m.md", "# Minutes\n\nPresent: Owen Williams, Bo Chen\n\n## 1. Welcome\n\nCllr. O. Williams took the chair and welcomed everyone.\n",
			[]string{"Owen Williams||present|", "Bo Chen||present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestAttendanceInProseAndRunInLabels reads attendance lists closed by a
// phrase (vocab.AttendanceProseAfter: "were in attendance", "étaient
// présents", "waren anwesend"), labels run into their list without a
// colon ("Apologies Ann Lee, Bo Chen"), a label that opens a later
// sentence of a line, surnames with an elided particle ("d'Almeida") and
// the French "Présidence :".
func TestAttendanceInProseAndRunInLabels(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"English closed by were in attendance", "m.md", "# Minutes\n\nAnn Lee, Bo Chen and Carl Wu were in attendance.\n\n## 1. Budget\n\nText.\n",
			[]string{"Ann Lee||present|", "Bo Chen||present|", "Carl Wu||present|"}},
		{"French étaient présents", "cr.md", "# Compte rendu\n\nMarie Dupont et Paul Roux étaient présents.\n\n## 1. Budget\n\nTexte.\n",
			[]string{"Marie Dupont||present|", "Paul Roux||present|"}},
		{"German waren anwesend", "p.md", "# Protokoll\n\nJan Schulz und Eva Braun waren anwesend.\n\n## 1. Haushalt\n\nText.\n",
			[]string{"Jan Schulz||present|", "Eva Braun||present|"}},
		{"Italian erano presenti", "v.md", "# Verbale\n\nMario Rossi e Anna Bianchi erano presenti.\n\n## 1. Bilancio\n\nTesto.\n",
			[]string{"Mario Rossi||present|", "Anna Bianchi||present|"}},
		{"Dutch waren aanwezig", "n.md", "# Notulen\n\nJan de Vries en Els Bakker waren aanwezig.\n\n## 1. Opening\n\nTekst.\n",
			[]string{"Jan de Vries||present|", "Els Bakker||present|"}},
		{"Spanish estuvieron presentes", "a.md", "# Acta\n\nAna García y Luis Pérez estuvieron presentes.\n\n## 1. Cuentas\n\nTexto.\n",
			[]string{"Ana García||present|", "Luis Pérez||present|"}},
		{"Portuguese estiveram presentes", "ata.md", "# Ata\n\nAna Souza e Pedro Lima estiveram presentes.\n\n## 1. Pauta\n\nTexto.\n",
			[]string{"Ana Souza||present|", "Pedro Lima||present|"}},
		{"run-in labels without a colon", "m.txt", "MINUTES\n\nPresent Ann Lee, Bo Chen\nApologies Dan Fox, Eve Gray\n\n1. Budget\nText.\n",
			[]string{"Ann Lee||present|", "Bo Chen||present|", "Dan Fox||apologies|", "Eve Gray||apologies|"}},
		{"German and French run-in labels", "p.txt", "PROTOKOLL\n\nAnwesend Jan Schulz, Eva Braun\nExcusés Marie Dupont, Paul Roux\n\n1. Haushalt\nText.\n",
			[]string{"Jan Schulz||present|", "Eva Braun||present|", "Marie Dupont||apologies|", "Paul Roux||apologies|"}},
		{"a label opening a later sentence", "n.md", "# Notulen\n\nNotulen bestuursvergadering, 1 juni 2010 gehouden in Amsterdam. Aanwezig: Arjan Eising, Krijn Hoetmer en Tom Greuter.\n\n## Commissies\n\nTekst.\n",
			[]string{"Arjan Eising||present|", "Krijn Hoetmer||present|", "Tom Greuter||present|"}},
		{"English label after a sentence", "m.md", "# Minutes\n\nMinutes of the board meeting held in Leeds. Apologies: Ann Lee, Bo Chen.\n\n## 1. Budget\n\nText.\n",
			[]string{"Ann Lee||apologies|", "Bo Chen||apologies|"}},
		{"elided particles", "m.md", "# Minutes\n\nPresent: Ana d'Almeida, Carlo dell'Acqua, Jan van der Berg\n\n## 1. Budget\n\nText.\n",
			[]string{"Ana d'Almeida||present|", "Carlo dell'Acqua||present|", "Jan van der Berg||present|"}},
		{"French Présidence", "cr.md", "# Compte rendu\n\nPrésidence : Marie Dupont\nPrésents : Marie Dupont, Paul Roux\n\n## 1. Budget\n\nTexte.\n",
			[]string{"Marie Dupont||present|chair", "Paul Roux||present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestNameGridUnderLabel reads a table without a header under a lone
// attendance label, each cell a person, and the label rows inside it that
// start a section of their own: an empty section ("APOLOGIES" with no
// names) does not give its attendance to the next one.
func TestNameGridUnderLabel(t *testing.T) {
	row := func(cells ...string) string {
		return "<tr><td>" + strings.Join(cells, "</td><td>") + "</td></tr>"
	}
	page := func(title, label string, rows ...string) string {
		return "<html><body><h1>" + title + "</h1><p>1. Opening</p><p>Opened at 10:00.</p><p>2. " + label + "</p><table>" +
			strings.Join(rows, "") + "</table><p>3. Minutes</p><p>Approved.</p></body></html>"
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"English roll call with members not present",
			page("Commission on Aging", "Roll Call – Members Present", row("Willie Gentry", "Cindy Swan"), row("Lillian Morris", ""), row("Members Not Present", ""), row("Jonathan Tustin", "Barbara Hollins")),
			[]string{"Willie Gentry||present|", "Cindy Swan||present|", "Lillian Morris||present|", "Jonathan Tustin||absent|", "Barbara Hollins||absent|"}},
		{"an empty apologies section",
			page("Board", "PRESENT", row("Ann Lee", "Bo Chen"), row("APOLOGIES", ""), row("IN ATTENDANCE", ""), row("Carl Wu", "")),
			[]string{"Ann Lee||present|", "Bo Chen||present|", "Carl Wu||present|guest"}},
		{"French présents and excusés",
			page("Conseil", "Présents", row("Marie Dupont", "Paul Roux"), row("Excusés", ""), row("Anne Petit", "")),
			[]string{"Marie Dupont||present|", "Paul Roux||present|", "Anne Petit||apologies|"}},
		{"German Anwesend and Entschuldigt",
			page("Vorstand", "Anwesend", row("Jan Schulz", "Eva Braun"), row("Entschuldigt", ""), row("Karl Weber", "")),
			[]string{"Jan Schulz||present|", "Eva Braun||present|", "Karl Weber||apologies|"}},
		{"Spanish asistentes and ausentes",
			page("Junta", "Asistentes", row("Ana García", "Luis Pérez"), row("Ausentes", ""), row("Marta Ruiz", "")),
			[]string{"Ana García||present|", "Luis Pérez||present|", "Marta Ruiz||absent|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, "minutes.html", tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestLostGlyphAfterEntries reads lists whose lines end with the "!" a
// PDF's text layer leaves for a lost glyph: it is no part of the name,
// and a label with only the "!" after it reads the names below it.
func TestLostGlyphAfterEntries(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"English", "m.txt", "MINUTES!\n\nIn the Chair: Ann Lee!\n\nPresent: Ann Lee, Bo Chen, Carl Wu!\n\nPresent Observers:!\nDan Fox!\n\n1) Apologies for Absence\nEve Gray, Finn Holt!\n\n2) Welcome\nText.\n",
			[]string{"Ann Lee||present|chair", "Bo Chen||present|", "Carl Wu||present|", "Dan Fox||present|guest", "Eve Gray||apologies|", "Finn Holt||apologies|"}},
		{"French", "pv.txt", "PROCÈS-VERBAL!\n\nPrésents : Marie Dupont, Paul Roux!\n\nExcusés :!\nAnne Petit!\n\n1) Budget\nTexte.\n",
			[]string{"Marie Dupont||present|", "Paul Roux||present|", "Anne Petit||apologies|"}},
		{"German", "p.txt", "PROTOKOLL!\n\nAnwesend: Jan Schulz, Eva Braun!\n\nEntschuldigt:!\nKarl Weber!\n\n1) Haushalt\nText.\n",
			[]string{"Jan Schulz||present|", "Eva Braun||present|", "Karl Weber||apologies|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSignatureOffices reads the offices the signatures at the end of the
// minutes give, a name and its office on one line, side by side or one
// under the other; a name with an office in the text before the last
// paragraph is no signature.
func TestSignatureOffices(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"English", "m.md", "# Minutes\n\nPresent: Ann Lee, Bo Chen\n\n## 1. Budget\n\nText.\n\nRespectfully submitted,\n\nBo Chen, Secretary\n",
			[]string{"Ann Lee||present|", "Bo Chen||present|secretary"}},
		{"German side by side", "p.txt", "PROTOKOLL\n\nAnwesend: Jan Schulz, Eva Braun\n\n1. Haushalt\nText.\n\nJan Schulz (Vorsitzender)     Eva Braun (Protokoll)\n",
			[]string{"Jan Schulz||present|chair", "Eva Braun||present|scribe"}},
		{"French with a dash", "pv.txt", "PROCÈS-VERBAL\n\nPrésents : Marie Dupont, Paul Roux\n\n1. Budget\nTexte.\n\nMarie Dupont – Présidente\nPaul Roux – Trésorier\n",
			[]string{"Marie Dupont||present|chair", "Paul Roux||present|treasurer"}},
		{"Italian", "v.txt", "VERBALE\n\nPresenti: Mario Rossi, Anna Bianchi\n\n1. Bilancio\nTesto.\n\nMario Rossi (Presidente)     Anna Bianchi (Segretaria)\n",
			[]string{"Mario Rossi||present|chair", "Anna Bianchi||present|secretary"}},
		{"Spanish", "a.txt", "ACTA\n\nAsistentes: Ana García, Luis Pérez\n\n1. Cuentas\nTexto.\n\nLuis Pérez, Tesorero\n",
			[]string{"Ana García||present|", "Luis Pérez||present|treasurer"}},
		{"a list in the text is no signature", "m.txt", "MINUTES\n\nPresent: Ben Laurie, Mark Cox\n\n1. Security\nThe persons below are appointed:\n\n    Ben Laurie (chair)\n    Mark Cox\n\nBy unanimous vote, the above resolution passed and the meeting was adjourned.\n",
			[]string{"Ben Laurie||present|", "Mark Cox||present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestPluralTitles reads the surnames after a title for several people
// ("Messrs Lee and Chen", "MM. Dupont et Roux") as one person each, who is
// the listed person of that surname where there is one.
func TestPluralTitles(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"English Messrs", "m.md", "# Minutes\n\nPresent: Messrs Lee and Chen, Mrs Wu\n\n## 1. Budget\n\nText.\n",
			[]string{"Lee||present|", "Chen||present|", "Wu||present|"}},
		{"English Messrs for listed people", "m.md", "# Minutes\n\nPresent: Ann Lee, Bo Chen, Carl Wu\n\nApologies: Messrs Lee and Chen\n\n## 1. Budget\n\nText.\n",
			[]string{"Ann Lee||apologies|", "Bo Chen||apologies|", "Carl Wu||present|"}},
		{"French MM.", "cr.md", "# Compte rendu\n\nPrésents : MM. Dupont et Roux, Mme Petit\n\n## 1. Budget\n\nTexte.\n",
			[]string{"Dupont||present|", "Roux||present|", "Petit||present|"}},
		{"Spanish Sres.", "acta.md", "# Acta\n\nPresentes: Sres. García y Pérez\n\n## 1. Cuentas\n\nTexto.\n",
			[]string{"García||present|", "Pérez||present|"}},
		{"German Herren", "p.md", "# Protokoll\n\nAnwesend: Herren Schulz und Weber\n\n## 1. Haushalt\n\nText.\n",
			[]string{"Schulz||present|", "Weber||present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestVoteTableParticipants reads the members of a table of votes by name
// as the meeting's participants, as a roll call lists them: the member
// column, their group as the organisation, an office named in a note of
// their row. A table whose marks an attendance table may use too (Y, N)
// lists no one by this rule.
func TestVoteTableParticipants(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"Japanese, HTML in markdown", "m.md",
			"# 臨時会\n\n## 賛否\n\n<table>\n<tr><td>氏名</td><td>会派</td><td>15号</td></tr>\n" +
				"<tr><td>伊藤　央</td><td>一人会派</td><td>〇</td></tr>\n<tr><td>松岡　あつし</td><td>政和会</td><td>×</td></tr>\n" +
				"<tr><td>磯山　亮</td><td>政和会</td><td>議長のため採決には不参加</td></tr>\n<tr><td>さとう　悦子</td><td>公明党</td><td>〇</td></tr>\n</table>\n",
			[]string{"伊藤 央|一人会派|present|", "松岡 あつし|政和会|present|", "磯山 亮|政和会|present|chair", "さとう 悦子|公明党|present|"}},
		{"English, party column, aye and nay", "m.md",
			"# Council minutes\n\n## Votes\n\n| Member | Party | Motion 1 |\n|---|---|---|\n| Ann Lee | Green | Aye |\n| Bo Chen | Labour | Nay |\n| Cy Diaz | Labour | Aye |\n",
			[]string{"Ann Lee|Green|present|", "Bo Chen|Labour|present|", "Cy Diaz|Labour|present|"}},
		{"French, HTML page", "m.html",
			"<html><body><h1>Procès-verbal</h1><h2>Votes</h2><table><tr><th>Nom</th><th>Parti</th><th>Résolution 3</th></tr><tr><td>Anne Petit</td><td>PS</td><td>pour</td></tr><tr><td>Luc Marin</td><td>LR</td><td>contre</td></tr><tr><td>Paul Henry</td><td>PS</td><td>pour</td></tr></table></body></html>",
			[]string{"Anne Petit|PS|present|", "Luc Marin|LR|present|", "Paul Henry|PS|present|"}},
		{"not: marks an attendance grid uses", "m.md",
			"# Minutes\n\n## Votes\n\n| Name | Motion 1 |\n|---|---|\n| Alvarez | Y |\n| Chen | N |\n| Okafor | Y |\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := participantsOf(t, tt.file, tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestAttendanceLeadIns reads attendance said in a sentence rather than a
// bare label: a verb and the meeting before the colon ("Asisten a la
// reunión:"), a lead-in sentence closing a paragraph over a bulleted list
// ("… così come di seguito indicato:"), names given as markdown links.
func TestAttendanceLeadIns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Spanish verb label, names as links", "# Acta\n\nAsisten a la reunión: [Ana López](https://x.org/a), Juan Pérez y [Marta Gil](https://x.org/m).\n\n## 1. Cuentas\n",
			[]string{"Ana López||present|", "Juan Pérez||present|", "Marta Gil||present|"}},
		{"French verb label", "# Procès-verbal\n\nAssistent à la réunion : Anne Petit, Luc Marin et Paul Henry.\n\n## 1. Budget\n",
			[]string{"Anne Petit||present|", "Luc Marin||present|", "Paul Henry||present|"}},
		{"Italian lead-in over a list of name – office", "# Verbale\n\nIl 29 novembre 2023 si è riunito il Direttivo. Presenti tutti gli attuali componenti del Comitato, così come di seguito indicato:\n\n- Alessandra Bucchi – Presidente,\n- Novella Castori – Vicepresidente.\n\nApre i lavori la Presidente.\n",
			[]string{"Alessandra Bucchi||present|chair", "Novella Castori||present|vice-chair"}},
		{"English lead-in", "# Minutes\n\nThe board met on 3 May 2021. The following members were present:\n\n- Ann Lee – Chair\n- Bo Chen – Treasurer\n\nThe chair opened the meeting.\n",
			[]string{"Ann Lee||present|chair", "Bo Chen||present|treasurer"}},
		{"German lead-in, apologies", "# Protokoll\n\nDie Sitzung fand am 3. Mai statt. Entschuldigt haben sich die folgenden Mitglieder:\n\n- Anna Weber\n- Jan Roth\n\n## TOP 1\n",
			[]string{"Anna Weber||apologies|", "Jan Roth||apologies|"}},
		{"not: a sentence about something else over a list", "# Minutes\n\nThe treasurer presented the following figures:\n\n- Ann Lee\n- Bo Chen\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := participantsOf(t, "m.md", tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestLabelsOnOneLine reads several attendance labels written on one line,
// each governing the names after it, and a label inside a label ("Roll
// call: Present: …"); a list's closing full stop is no part of the last
// name, and a deputy's title goes with the title it qualifies.
func TestLabelsOnOneLine(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"English", "Present: Ann Lee, Bo Chen, Cy Diaz. Absent: Di Eze.",
			[]string{"Ann Lee||present|", "Bo Chen||present|", "Cy Diaz||present|", "Di Eze||absent|"}},
		{"a label inside a label", "Roll call: Present: Ann Lee, Bo Chen. Absent: Di Eze.",
			[]string{"Ann Lee||present|", "Bo Chen||present|", "Di Eze||absent|"}},
		{"French", "Présents : Anne Petit, Luc Marin. Excusés : Paul Henry.",
			[]string{"Anne Petit||present|", "Luc Marin||present|", "Paul Henry||apologies|"}},
		{"German", "Anwesend: Anna Weber, Jan Roth. Entschuldigt: Max Vogel.",
			[]string{"Anna Weber||present|", "Jan Roth||present|", "Max Vogel||apologies|"}},
		{"Spanish", "Presentes: Ana López y Juan Pérez. Ausentes: Luis Ruiz.",
			[]string{"Ana López||present|", "Juan Pérez||present|", "Luis Ruiz||absent|"}},
		{"titles of an American commission", "Present: Mayor Smith, Vice Mayor Jones, Commissioner Lee, Commissioner Diaz.",
			[]string{"Smith||present|", "Jones||present|", "Lee||present|", "Diaz||present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "# Minutes of the committee, 3 May 2021\n\n" + tt.line + "\n\n## 1. Welcome\n\nThe chair welcomed everyone.\n"
			if got := participantsOf(t, "m.md", text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestAttendanceInPlainTextLayouts reads attendance as plain text lays it
// out: names one per line under the first beside the label, names in
// columns apart by runs of spaces, a label closed by a dash, and English
// sentences ("The meeting was attended by …", "Absent was …").
func TestAttendanceInPlainTextLayouts(t *testing.T) {
	doc := func(block string) string {
		return "MINUTES OF THE COMMITTEE MEETING\nHeld on 3 May 2021 at the Village Hall\n\n" + block + "\n\n1. WELCOME\n\nThe chair welcomed everyone.\n"
	}
	tests := []struct {
		name, block string
		want        []string
	}{
		{"English, one per line under the first", "PRESENT:            Ann Lee          (Chair)\n                    Bo Chen          (Treasurer)\n                    Cy Diaz\nAPOLOGIES:          Di Eze",
			[]string{"Ann Lee||present|chair", "Bo Chen||present|treasurer", "Cy Diaz||present|", "Di Eze||apologies|"}},
		{"French, one per line under the first", "PRÉSENTS :     Anne Petit    (présidente)\n               Luc Marin\nEXCUSÉS :      Paul Henry",
			[]string{"Anne Petit||present|chair", "Luc Marin||present|", "Paul Henry||apologies|"}},
		{"names in two columns", "Present:   Ann Lee        Bo Chen\n           Cy Diaz        Di Eze",
			[]string{"Ann Lee||present|", "Bo Chen||present|", "Cy Diaz||present|", "Di Eze||present|"}},
		{"German, a label closed by a dash", "Anwesend – Anna Weber, Jan Roth\nEntschuldigt – Max Vogel",
			[]string{"Anna Weber||present|", "Jan Roth||present|", "Max Vogel||apologies|"}},
		{"English sentences", "The meeting was attended by Ann Lee, Bo Chen and Cy Diaz. Absent was Di Eze.",
			[]string{"Ann Lee||present|", "Bo Chen||present|", "Cy Diaz||present|", "Di Eze||absent|"}},
		{"a label after the dash names the list below", "Roll Call – Members Present\nAnn Lee\nBo Chen",
			[]string{"Ann Lee||present|", "Bo Chen||present|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := participantsOf(t, "m.txt", doc(tt.block)); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
