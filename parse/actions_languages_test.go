package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// actionsOf parses a snippet as recordOf does and returns its actions as
// "item|owner|status|text".
func actionsOf(t *testing.T, name, text string) []string {
	t.Helper()
	var out []string
	for _, a := range recordOf(t, name, text).Actions {
		out = append(out, strings.Join([]string{string(a.Item), string(a.Owner), string(a.Status), string(a.Text)}, "|"))
	}
	return out
}

// TestActionListsInOtherLanguages reads lists of actions under a heading
// of vocab.ActionHeadings, written in several languages: each item is an
// action whatever its verb, a person's name in brackets closing it is its
// owner, a sub-item that is a status word is its status and one that is a
// date is its deadline, not another action.
func TestActionListsInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Portuguese", `# Ata da reunião

## 1. Informes
Nada a relatar.

## 2. Pautas
Discutimos o caixa.

## Encaminhamentos
- Criar uma comunidade no grupo (Julien)
    - Feito
- Confirmar transferência do caixa (Otávio)
    - Até dia 11/10/2024
- Criação do gerenciador de senhas (Pedro Henrique)
`, []string{
			"|Julien|done|Criar uma comunidade no grupo",
			"|Otávio|open|Confirmar transferência do caixa",
			"|Pedro Henrique|open|Criação do gerenciador de senhas",
		}},
		{"Spanish", `# Acta de la reunión

## 1. Bienvenida
Se abre la sesión.

## 2. Presupuesto
Se revisa el presupuesto.

## Tareas
- Enviar el acta a la junta (María López)
    - Hecho
- Reservar la sala para marzo (Jorge Ruiz)
    - Hasta el 15/02/2025
`, []string{
			"|María López|done|Enviar el acta a la junta",
			"|Jorge Ruiz|open|Reservar la sala para marzo",
		}},
		{"German", `# Protokoll

## 1. Begrüßung
Die Sitzung wird eröffnet.

## 2. Haushalt
Der Haushalt wird besprochen.

## Aufgaben
- Raum für März buchen (Jana Novak)
    - bis 15.02.2025
- Einladung verschicken (Paul Weber)
    - Erledigt
`, []string{
			"|Jana Novak|open|Raum für März buchen",
			"|Paul Weber|done|Einladung verschicken",
		}},
		{"English, a sub-item led by a verb is an action", `# Minutes

## 1. Welcome
The chair opened the meeting.

## 2. Finance
The accounts were reviewed.

## Actions
- Book the hall for March (Ann Lee)
    - By 15 February 2025
- Circulate the accounts (Tom Hart)
`, []string{
			"|Ann Lee|open|Book the hall for March",
			"|Tom Hart|open|Circulate the accounts",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, actionsOf(t, "minutes.md", tt.text)); diff != "" {
				t.Errorf("actions (-want +got):\n%s", diff)
			}
		})
	}
}

// TestActionSubheadingStaysInItem checks that a heading over actions
// nested under an item's heading belongs to the item, whatever its
// language, while the same heading at the items' level ends them.
func TestActionSubheadingStaysInItem(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // items as "number title"
		wantItem   string   // the item of the first action
	}{
		{"English, numbered with .0", `# Steering Committee

### 1.0 Welcome
Katy opened the meeting.

### 2.0 Old Business

### 2.1 Diversity
We discussed outreach.

#### Action Item
Introduce the committee to Camille.
Assigned to: Greg Wilson

### 3.0 New Business
Nothing new.
`, []string{"1.0 Welcome", "2.0 Old Business", "3.0 New Business"}, "2.0"},
		{"French", `# Compte rendu

## 1. Accueil
Ouverture de la séance.

## 2. Budget
Le budget est présenté.

### Suivi des actions
- Envoyer le budget (Léa Martin)

## 3. Divers
Rien.
`, []string{"1 Accueil", "2 Budget", "3 Divers"}, "2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := recordOf(t, "minutes.md", tt.text)
			var items []string
			for _, it := range rec.Items {
				items = append(items, strings.TrimSpace(string(it.Number)+" "+string(it.Title)))
			}
			if diff := cmp.Diff(tt.want, items); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			if len(rec.Actions) == 0 {
				t.Fatalf("no action; want one in item %s", tt.wantItem)
			}
			if got := string(rec.Actions[0].Item); got != tt.wantItem {
				t.Errorf("action's item = %q, want %q", got, tt.wantItem)
			}
		})
	}
}

// TestActionTablesUnderAnyHeading reads a markdown action table wherever
// it stands: its header holds through the |---| row below it, its columns
// are named in several languages, and a task cell may name its owner when
// no column does. A table of the agenda's items and who leads each ("Item
// | Owner") is no action table unless a heading announces actions.
func TestActionTablesUnderAnyHeading(t *testing.T) {
	doc := func(heading, table string) string {
		return "# Minutes of the committee, 3 May 2021\n\nPresent: Ann Lee, Bo Chen\n\n## 1. " + heading + "\n\n" + table
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"English, under a topic heading", doc("Website", "| Action | Owner | Due |\n|---|---|---|\n| Send the logo | Ann Lee | 10 May |\n| Check hosting | Bo Chen | June |\n"),
			[]string{"Ann Lee|Send the logo|open", "Bo Chen|Check hosting|open"}},
		{"German", doc("Sommerfest", "| Aufgabe | Wer |\n|---|---|\n| Einladung verschicken | Anna Weber |\n"),
			[]string{"Anna Weber|Einladung verschicken|open"}},
		{"Dutch", doc("Congres", "| Actie | Wie |\n|---|---|\n| Zaal reserveren | Tom Greuter |\n"),
			[]string{"Tom Greuter|Zaal reserveren|open"}},
		{"Spanish", doc("Cuentas", "| Tarea | Responsable |\n|---|---|\n| Preparar el presupuesto | Juan Pérez |\n"),
			[]string{"Juan Pérez|Preparar el presupuesto|open"}},
		{"Portuguese", doc("Contas", "| Tarefa | Responsável |\n|---|---|\n| Enviar a ata | João Silva |\n"),
			[]string{"João Silva|Enviar a ata|open"}},
		{"the owner named in the task", doc("Website", "| # | Action | Status |\n|---|---|---|\n| 1 | Ann Lee to send the logo | open |\n"),
			[]string{"Ann Lee|to send the logo|open"}},
		{"not: the agenda's items and who leads each", doc("Agenda", "| Item | Owner |\n|---|---|\n| Minutes review | @ALL |\n| Budget | Bo Chen |\n"),
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range recordOf(t, "m.md", tt.text).Actions {
				got = append(got, string(a.Owner)+"|"+string(a.Text)+"|"+string(a.Status))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestActionLabelsInProse reads action labels where prose puts them: an
// "Action:" after a sentence on the same line, a participant named before
// a conjugated verb under any language's label, and "ACTION" closing a
// paragraph with the owner's initials alone, whose task is the paragraph.
func TestActionLabelsInProse(t *testing.T) {
	doc := func(line string) string {
		return "# Minutes of the committee, 3 May 2021\n\nPresent: Anna Weber, Luc Marin, Juan Pérez, Tom Greuter\n\n## 1. Website\n\n" + line + "\n"
	}
	tests := []struct{ name, line, want string }{
		{"after a sentence", "The new website is nearly ready. Action: Tom Greuter to check the hosting costs.", "Tom Greuter|to check the hosting costs"},
		{"German", "Aktion: Anna Weber verschickt die Einladung bis 1. Juni.", "Anna Weber|verschickt die Einladung bis 1. Juni"},
		{"French under an English-looking label", "Action : Luc Marin envoie le compte rendu aux membres.", "Luc Marin|envoie le compte rendu aux membres"},
		{"Spanish", "Acción: Juan Pérez prepara el presupuesto.", "Juan Pérez|prepara el presupuesto"},
		{"initials closing the paragraph", "It was agreed that Tom would draft a letter to the council. ACTION TG", "TG|It was agreed that Tom would draft a letter to the council"},
		{"not: no participant before the verb", "Action: Review the budget before June.", "|Review the budget before June"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range recordOf(t, "m.md", doc(tt.line)).Actions {
				got = append(got, string(a.Owner)+"|"+string(a.Text))
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got %q, want [%q]", got, tt.want)
			}
		})
	}
}
