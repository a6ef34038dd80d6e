package parse

import "testing"

// TestDecisionsInOtherLanguages reads decisions recorded with the
// impersonal and passive formulas of other languages (vocab.Agreed) and
// the labels of vocab.DecisionLabels, through the real reader.
func TestDecisionsInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, text string
		want       String // the decision's text; "" when none is recorded
		kind       String
		unanimous  bool
	}{
		{"Spanish, whole", "Se aprueba cambiar la enmienda del reglamento.", "Se aprueba cambiar la enmienda del reglamento", kindAgreement, false},
		{"Spanish, que", "Se acuerda que la próxima excursión será en mayo.", "que la próxima excursión será en mayo", kindAgreement, false},
		{"Spanish, unanimous", "Se aprueba por unanimidad el presupuesto de 2023.", "Se aprueba por unanimidad el presupuesto de 2023", kindAgreement, true},
		{"Italian, che", "Si concorda che il logo sarà usato in tutte le iniziative.", "che il logo sarà usato in tutte le iniziative", kindAgreement, false},
		{"Italian, di", "Si decide di organizzare un incontro pubblico.", "di organizzare un incontro pubblico", kindAgreement, false},
		{"Portuguese", "Ficou decidido que a festa será no dia 12.", "que a festa será no dia 12", kindAgreement, false},
		{"Portuguese, alone", "Aceito por unanimidade.", "Aceito por unanimidade", kindAgreement, true},
		{"French, d'", "Il est convenu d'adopter le nouveau logo.", "d'adopter le nouveau logo", kindAgreement, false},
		{"French, passive", "Le rapport financier est adopté à l'unanimité.", "Le rapport financier est adopté à l'unanimité", kindAgreement, true},
		{"German, comma", "Es wird beschlossen, den Beitrag auf 20 Euro zu erhöhen.", "Es wird beschlossen, den Beitrag auf 20 Euro zu erhöhen", kindAgreement, false},
		{"German, label", "Beschluss: Der Mitgliedsbeitrag bleibt unverändert.", "Der Mitgliedsbeitrag bleibt unverändert", kindResolution, false},
		{"Dutch, om te", "Er wordt besloten om de contributie te verhogen.", "om de contributie te verhogen", kindAgreement, false},
		{"Dutch, label", "Besluit: de jaarrekening wordt goedgekeurd.", "de jaarrekening wordt goedgekeurd", kindAgreement, false},
		{"Chinese, label", "决议：同意发布 1.0 版本。", "同意发布 1.0 版本。", kindResolution, false},
		{"Welsh", "Penderfynwyd y dylid prynu mainc newydd.", "Penderfynwyd y dylid prynu mainc newydd", kindAgreement, false},
		{"not a decision: a question", "¿Se aprueba el acta?", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Acta\n\n## 1. Asuntos\n\n"+tt.text+"\n\n## 2. Cierre\n")
			if tt.want == "" {
				if len(ds) != 0 {
					t.Errorf("decisions %+v, want none", ds)
				}
				return
			}
			if len(ds) != 1 {
				t.Fatalf("decisions %+v, want one", ds)
			}
			d := ds[0]
			if d.Text != tt.want || d.Kind != tt.kind {
				t.Errorf("got %q (%s), want %q (%s)", d.Text, d.Kind, tt.want, tt.kind)
			}
			if unanimous := d.Votes != nil && d.Votes.Unanimous != nil; unanimous != tt.unanimous {
				t.Errorf("votes %+v, unanimous want %v", d.Votes, tt.unanimous)
			}
		})
	}
}
