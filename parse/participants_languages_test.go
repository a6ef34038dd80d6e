package parse

import (
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
