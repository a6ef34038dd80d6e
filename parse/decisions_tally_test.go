package parse

import (
	"fmt"
	"testing"
)

// votesString shows votes compactly for a test's comparison: "7/0/0",
// "7/-/-", "unanimous", "".
func votesString(v *Votes) string {
	if v == nil {
		return ""
	}
	if v.Unanimous != nil && *v.Unanimous {
		return "unanimous"
	}
	n := func(p *int) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	return n(v.For) + "/" + n(v.Against) + "/" + n(v.Abstain)
}

// decisionCase is one snippet and the decisions expected of it, each as
// text, kind and votes.
type decisionCase struct {
	name, text string
	want       []struct{ text, kind, votes string }
}

func checkDecisionCases(t *testing.T, tests []decisionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Minutes\n\n## 1. Business\n\n"+tt.text+"\n\n## 2. Close\n\nEnd.\n")
			if len(ds) != len(tt.want) {
				t.Fatalf("got %d decisions %+v, want %d", len(ds), ds, len(tt.want))
			}
			for i, w := range tt.want {
				d := ds[i]
				if string(d.Text) != w.text || string(d.Kind) != w.kind || votesString(d.Votes) != w.votes {
					t.Errorf("decision %d: got %q (%s, %s), want %q (%s, %s)", i, d.Text, d.Kind, votesString(d.Votes), w.text, w.kind, w.votes)
				}
			}
		})
	}
}

type want = struct{ text, kind, votes string }

// TestSlashTallies reads tallies written for/against/abstain with
// slashes, after a vote label or at the end of the line they decide, in
// several languages; a date is no tally.
func TestSlashTallies(t *testing.T) {
	checkDecisionCases(t, []decisionCase{
		{"German, label and outcome", "Abstimmung: Renate Entsendung DH Kommission: 7/0/0 beschlossen.",
			[]want{{"Renate Entsendung DH Kommission", "election", "7/0/0"}}},
		{"German, tally on the next line", "Abstimmung: Renate mit 90 Euro für die Fahrt fördern.\nbeschlossen mit 7/0/0",
			[]want{{"Renate mit 90 Euro für die Fahrt fördern", "motion", "7/0/0"}}},
		{"German, no label: the line whole", "* wie leiten die Mail an Hrn. Weber weiter: 6/0/1",
			[]want{{"wie leiten die Mail an Hrn. Weber weiter: 6/0/1", "motion", "6/0/1"}}},
		{"German, subject over a list", "Abstimmung:\nDer Rat fordert:\n- Moritz organisiert den Raum\n- er stellt einen Antrag\nAbstimmung: 5/0/2",
			[]want{{"Der Rat fordert: Moritz organisiert den Raum er stellt einen Antrag", "motion", "5/0/2"}}},
		{"English, vote label", "Vote: adopt the new logo 6/0/1 carried",
			[]want{{"adopt the new logo", "motion", "6/0/1"}}},
		{"Spanish, votación", "Votación: comprar un proyector nuevo 5/1/0 aprobado",
			[]want{{"comprar un proyector nuevo", "motion", "5/1/0"}}},
		{"Dutch, stemming", "Stemming: de contributie blijft gelijk 9/2/1 aangenomen",
			[]want{{"de contributie blijft gelijk", "motion", "9/2/1"}}},
		{"French, vote", "Vote : achat d'un vidéoprojecteur 8/0/1 adopté",
			[]want{{"achat d'un vidéoprojecteur", "motion", "8/0/1"}}},
		{"failed: more against", "Abstimmung: neue Satzung 2/5/0 abgelehnt", nil},
		{"a date is no tally", "* Treffen mit der Stadt am 3/4/19 vereinbart", nil},
	})
}

// TestVoteSidesUnderSubject reads a vote written one side a line under
// the subject it decides.
func TestVoteSidesUnderSubject(t *testing.T) {
	checkDecisionCases(t, []decisionCase{
		{"French, counts and names", "+ Rapport financier\n\n  + pour        41\n  + contre      0\n  + abstention  2 (Allouche, Charpentier)",
			[]want{{"Rapport financier", "motion", "41/0/2"}}},
		{"French, unanimity", "+ Quitus\n\n  + pour        Unanimité\n  + contre      0\n  + abstention  0",
			[]want{{"Quitus", "motion", "unanimous"}}},
		{"French, sides without counts", "• Quitus\n\n• pour 32\n\n• contre\n\n• abstention",
			[]want{{"Quitus", "motion", "32/0/0"}}},
		{"English, colons", "- Adopt the 2024 budget\n  - For: 12\n  - Against: 1\n  - Abstain: 0",
			[]want{{"Adopt the 2024 budget", "motion", "12/1/0"}}},
		{"German", "- Neue Beitragsordnung\n  - Ja: 14\n  - Nein: 2\n  - Enthaltungen: 1",
			[]want{{"Neue Beitragsordnung", "motion", "14/2/1"}}},
		{"Dutch", "- Nieuwe statuten\n  - voor 10\n  - tegen 1\n  - onthoudingen 2",
			[]want{{"Nieuwe statuten", "motion", "10/1/2"}}},
		{"Italian", "- Bilancio 2023\n  - favorevoli 9\n  - contrari 0\n  - astenuti 1",
			[]want{{"Bilancio 2023", "motion", "9/0/1"}}},
		{"not: a vote between candidates", "- Wahl:\n  - Simon Stößer: 9\n  - Frank Heider: 0\n  - Enthaltungen: 4", nil},
	})
}

// TestVoteCountsInOtherLanguages reads counts written with the words of
// other languages in a decision's own sentence.
func TestVoteCountsInOtherLanguages(t *testing.T) {
	checkDecisionCases(t, []decisionCase{
		{"German, participle last", "Der Antrag wurde mit 9 Ja-Stimmen und 2 Gegenstimmen angenommen.",
			[]want{{"Der Antrag wurde mit 9 Ja-Stimmen und 2 Gegenstimmen angenommen", "motion", "9/2/-"}}},
		{"Dutch, stemmen voor", "Het voorstel is aangenomen met 5 stemmen voor en 1 tegen.",
			[]want{{"Het voorstel is aangenomen met 5 stemmen voor en 1 tegen", "motion", "5/1/-"}}},
		{"Dutch, participle last", "Het voorstel werd met 12 stemmen voor aangenomen.",
			[]want{{"Het voorstel werd met 12 stemmen voor aangenomen", "motion", "12/-/-"}}},
		{"French", "Le budget est adopté par 12 voix pour et 2 contre.",
			[]want{{"Le budget est adopté par 12 voix pour et 2 contre", "motion", "12/2/-"}}},
		{"Italian", "La proposta è approvata con 8 voti favorevoli e 1 astenuto.",
			[]want{{"La proposta è approvata con 8 voti favorevoli e 1 astenuto", "motion", "8/-/1"}}},
	})
}

// TestProposedSecondedAgreed reads the one-sentence record of a motion,
// its mover, seconder and outcome, and its content from "that"/"to" on.
func TestProposedSecondedAgreed(t *testing.T) {
	tests := []struct {
		name, text, want, mover, seconder, votes string
	}{
		{"unanimously agreed that", "It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Annual Return be approved. The Clerk will submit it.",
			"that the Annual Return be approved", "Cllr. J. Davies", "Cllr. A. Thomas", "unanimous"},
		{"by majority decision agreed to", "Letter requesting support. It was proposed by Cllr. A. Thomas, seconded by Cllr. A. Davies and by majority decision agreed to make a donation of £100.00.",
			"to make a donation of £100.00", "Cllr. A. Thomas", "Cllr. A. Davies", ""},
		{"moved and resolved", "It was moved by Ann Lee and seconded by Bo Chen and resolved that the hall be repainted.",
			"that the hall be repainted", "Ann Lee", "Bo Chen", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Minutes\n\n## 1. Business\n\n"+tt.text+"\n")
			if len(ds) != 1 {
				t.Fatalf("decisions %+v, want one", ds)
			}
			d := ds[0]
			if string(d.Text) != tt.want || string(d.Mover) != tt.mover || string(d.Seconder) != tt.seconder || d.Kind != kindMotion || votesString(d.Votes) != tt.votes {
				t.Errorf("got %q by %q/%q (%s, %s), want %q by %q/%q (motion, %s)", d.Text, d.Mover, d.Seconder, d.Kind, votesString(d.Votes), tt.want, tt.mover, tt.seconder, tt.votes)
			}
		})
	}
	// The approval of the last minutes recorded so is procedural.
	if ds := decisionsOf(t, "m.md", "# Minutes\n\n## 1. Minutes\n\nIt was proposed by Cllr. W. Loynton, seconded by Cllr. O. Williams and unanimously agreed, that the minutes of the last meeting were correct.\n"); len(ds) != 0 {
		t.Errorf("minutes' approval recorded as %+v", ds)
	}
	// "as previously circulated" does not report another meeting's decision.
	ds := decisionsOf(t, "m.md", "# Minutes\n\n## 7. Risk\n\nThe Risk Assessment for 2020/21, as previously circulated to Councillors, was unanimously approved.\n")
	if len(ds) != 1 || votesString(ds[0].Votes) != "unanimous" {
		t.Errorf("previously circulated: %+v, want one unanimous decision", ds)
	}
}

// TestMotionsAndElectionsInMoreForms reads a motion whose mover and
// seconder are both named before its content, a motion carried by its
// count alone, labelled decisions of Chinese and Japanese minutes, and
// elections written in the passive of several languages.
func TestMotionsAndElectionsInMoreForms(t *testing.T) {
	checkDecisionCases(t, []decisionCase{
		{"English, A moved, B seconded that", "Ann Lee moved, Bo Chen seconded that the hall be repainted. Carried.",
			[]want{{"Ann Lee moved, Bo Chen seconded that the hall be repainted", "motion", ""}}},
		{"English, carried by its count", "Motion to buy a projector: 5-0-1.",
			[]want{{"Motion to buy a projector: 5-0-1", "motion", "5/0/1"}}},
		{"English, not carried: more against", "Motion to buy a projector: 1-5-0.", nil},
		{"Japanese, 議決", "議決：原案のとおり可決した",
			[]want{{"原案のとおり可決した", "resolution", ""}}},
		{"Japanese, 決定事項", "決定事項：次回は六月に開催する",
			[]want{{"次回は六月に開催する", "agreement", ""}}},
		{"Chinese, traditional 決議", "決議：同意發布新版本",
			[]want{{"同意發布新版本", "resolution", ""}}},
		{"Portuguese, foram eleitos", "Por serem candidatos únicos, foram eleitos por aclamação: Ana Lima para o cargo de Presidente.",
			[]want{{"Por serem candidatos únicos, foram eleitos por aclamação: Ana Lima para o cargo de Presidente", "election", ""}}},
		{"Portuguese, a tally per candidate is no vote", "Após eleição entre Ana Lima e Rui Costa, foi eleito com 11 votos contra 4 votos e 1 abstenção Rui Costa como Presidente.",
			[]want{{"Após eleição entre Ana Lima e Rui Costa, foi eleito com 11 votos contra 4 votos e 1 abstenção Rui Costa como Presidente", "election", ""}}},
		{"Italian, si eleggono", "All'unanimità si eleggono le tre candidate sopra indicate.",
			[]want{{"All'unanimità si eleggono le tre candidate sopra indicate", "election", "unanimous"}}},
		{"Spanish, fue elegido", "Juan Pérez fue elegido presidente de la junta.",
			[]want{{"Juan Pérez fue elegido presidente de la junta", "election", ""}}},
		{"Dutch, is gekozen", "Els de Vries is gekozen als voorzitter.",
			[]want{{"Els de Vries is gekozen als voorzitter", "election", ""}}},
	})
	// A name with initials in a motion's content does not end its sentence.
	ds := decisionsOf(t, "m.md", "# Minutes\n\n## 4. Web\n\nIt was proposed by Cllr. O. Williams, seconded by Cllr. A. Davies and unanimously approved that Cllr. O. Williams set up these accounts and report back. Cllr. O. Williams\n")
	if len(ds) != 1 || ds[0].Text != "that Cllr. O. Williams set up these accounts and report back" {
		t.Errorf("got %+v, want the motion's content whole", ds)
	}
}

// TestVotesOnLinesOfTheirOwn reads a vote written on a line of its own:
// below the sentence it decides, naming what it approves, or counted
// under a "Votes" heading above the sentence that states the decision.
func TestVotesOnLinesOfTheirOwn(t *testing.T) {
	checkDecisionCases(t, []decisionCase{
		{"French, vote below its sentence", "Lucie reste. Désir de recruter une personne pour le jardin.\n\n*Vote du CA : pour à l'unanimité*",
			[]want{{"Désir de recruter une personne pour le jardin", "motion", "unanimous"}}},
		{"English, naming the approval", "- Approval\n  + Approval by unanimous decision",
			[]want{{"Approval by unanimous decision", "motion", "unanimous"}}},
		{"Spanish, the vote's result", "Luego de un breve debate, la votación dio como resultado la APROBACIÓN POR UNANIMIDAD de la Lista presentada por la junta directiva.",
			[]want{{"la votación dio como resultado la APROBACIÓN POR UNANIMIDAD de la Lista presentada por la junta directiva", "agreement", "unanimous"}}},
		{"French, counts held for the sentence after them", "Votes\n\n— Pour: 7\n— Contre: 0\n— Abstention: 0\n\nLes statuts sont approuvés à l'unanimité.",
			[]want{{"Les statuts sont approuvés à l'unanimité", "motion", "7/0/0"}}},
		{"German, counts held", "Abstimmung\n\n- Ja: 9\n- Nein: 1\n- Enthaltungen: 2\n\nDer Antrag wurde angenommen.",
			[]want{{"Der Antrag wurde angenommen", "motion", "9/1/2"}}},
		{"not: the outcome line of a resolution", "RESOLVED, that the hall be repainted.\n\nBy unanimous vote, the above resolution passed.",
			[]want{{"that the hall be repainted", "resolution", "unanimous"}}},
	})
}

// TestTheMeetingSpeaksForItself reads decisions the meeting records in
// the first person plural, and a body "in agreement".
func TestTheMeetingSpeaksForItself(t *testing.T) {
	checkDecisionCases(t, []decisionCase{
		{"Dutch", "We besluiten een studentenkorting in te voeren.",
			[]want{{"We besluiten een studentenkorting in te voeren", "agreement", ""}}},
		{"Dutch, inverted", "De postbus besluiten we aan te houden.",
			[]want{{"De postbus besluiten we aan te houden", "agreement", ""}}},
		{"German", "Wir beschließen, den Raum zu mieten.",
			[]want{{"Wir beschließen, den Raum zu mieten", "agreement", ""}}},
		{"French", "Nous décidons de reporter la fête.",
			[]want{{"de reporter la fête", "agreement", ""}}},
		{"Italian", "Decidiamo di rinviare la festa.",
			[]want{{"di rinviare la festa", "agreement", ""}}},
		{"English, in agreement", "The Board was in agreement with this proposal.",
			[]want{{"The Board was in agreement with this proposal", "agreement", ""}}},
	})
}

// TestVoteMatrix reads a table of votes by name, one column per motion,
// in markdown and HTML, with the marks of several languages; a table of
// attendance marks is not a vote, nor is a motion more voted against.
func TestVoteMatrix(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string // each decision as "text for/against/abstain for-names"
	}{
		{"Japanese marks", "m.md", "# 臨時会\n\n## 賛否\n\n| 氏名 | 会派 | 15号 | 16号 |\n|---|---|---|---|\n| 安竹　洋平 | 一人会派の会 | 〇 | × |\n| 伊藤　央 | 一人会派の会 | 〇 | 〇 |\n| 中江　美和 | 政和会 | 〇 | × |\n",
			[]string{"15号 3/0/0 [安竹 洋平 伊藤 央 中江 美和]"}}, // the cells' spacing collapsed
		{"English, after a roll call lead", "m.md", "# Council\n\n## 4. Motions\n\nRoll call vote on the motions:\n\n| Member | Budget | Permit |\n|---|---|---|\n| Alvarez | Y | N |\n| Chen | Y | Y |\n| Okafor | N | A |\n| Smith | Y | Y |\n",
			[]string{"Budget 3/1/0 [Alvarez Chen Smith]", "Permit 2/1/1 [Chen Smith]"}},
		{"German, HTML", "m.html", "<html><body><h1>Protokoll</h1><h2>3. Abstimmungen</h2><table><tr><th>Name</th><th>Satzung</th></tr><tr><td>Anna Weber</td><td>Ja</td></tr><tr><td>Jan Roth</td><td>Ja</td></tr><tr><td>Eva Kühn</td><td>Enthaltung</td></tr></table></body></html>",
			[]string{"Satzung 2/0/1 [Anna Weber Jan Roth]"}},
		{"French", "m.md", "# PV\n\n## 2. Vote des résolutions\n\n| Membre | Résolution 1 |\n|---|---|\n| Anne Petit | pour |\n| Luc Marin | pour |\n| Paul Henry | contre |\n",
			[]string{"Résolution 1 2/1/0 [Anne Petit Luc Marin]"}},
		{"not: attendance", "m.md", "# Minutes\n\n## Attendance\n\n| Name | Present |\n|---|---|\n| Alvarez | Y |\n| Chen | N |\n| Okafor | Y |\n", nil},
		{"not: a motion voted down", "m.md", "# Council\n\n## 4. Motions\n\nRoll call vote:\n\n| Member | Permit |\n|---|---|\n| Alvarez | N |\n| Chen | N |\n| Okafor | Y |\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range decisionsOf(t, tt.file, tt.text) {
				if d.RollCall == nil {
					continue
				}
				got = append(got, fmt.Sprintf("%s %s %v", d.Text, votesString(d.Votes), d.RollCall.For))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAssentBelowProposal reads "Seconded by X, all agreed" and "All
// agreed" as the vote of the proposal above them, never as a decision of
// their own.
func TestAssentBelowProposal(t *testing.T) {
	tests := []struct {
		name, text, want, mover, seconder, votes string
	}{
		{"a line below the proposal", "Proposal to adopt the budget for 2024 made by Ann Lee.\n\nSeconded by Bo Chen, all agreed.",
			"Proposal to adopt the budget for 2024 made by Ann Lee", "Ann Lee", "Bo Chen", "unanimous"},
		{"the next line", "The hall will be repainted in May, proposed by Ann Lee.\nSeconded by Bo Chen, all agreed.",
			"The hall will be repainted in May, proposed by Ann Lee", "Ann Lee", "Bo Chen", "unanimous"},
		{"sentences", "Ann Lee proposed that the fee be raised to £25. Bo Chen seconded. All agreed.",
			"Ann Lee proposed that the fee be raised to £25", "Ann Lee", "Bo Chen", "unanimous"},
		{"carried with its count", "Ann Lee suggested buying a new projector.\n\nSeconded by Bo Chen. Carried 6-1.",
			"Ann Lee suggested buying a new projector", "", "Bo Chen", "6/1/-"}, // "suggested" names no mover
		{"the decision above completed", "It was agreed to buy a new kettle.\nSeconded by Bo Chen, all agreed.",
			"to buy a new kettle", "", "Bo Chen", "unanimous"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Minutes\n\n## 1. Business\n\n"+tt.text+"\n")
			if len(ds) != 1 {
				t.Fatalf("decisions %+v, want one", ds)
			}
			d := ds[0]
			if string(d.Text) != tt.want || string(d.Mover) != tt.mover || string(d.Seconder) != tt.seconder || votesString(d.Votes) != tt.votes {
				t.Errorf("got %q by %q/%q (%s), want %q by %q/%q (%s)", d.Text, d.Mover, d.Seconder, votesString(d.Votes), tt.want, tt.mover, tt.seconder, tt.votes)
			}
		})
	}
	if ds := decisionsOf(t, "m.md", "# Minutes\n\n## 1. Business\n\nThe treasurer gave her report.\n\nSeconded by Bo Chen, all agreed.\n"); len(ds) != 0 {
		t.Errorf("a seconding under nothing proposed recorded as %+v", ds)
	}
}

// TestDecisionsOfEarlierMeetings leaves out, in several languages, a
// decision the minutes report from another meeting.
func TestDecisionsOfEarlierMeetings(t *testing.T) {
	checkDecisionCases(t, []decisionCase{
		{"English", "At last month's general meeting it was agreed to raise the fee.", nil},
		{"French", "Lors de la dernière assemblée générale, il a été décidé d'augmenter la cotisation.", nil},
		{"German", "In der letzten Sitzung wurde beschlossen, den Beitrag zu erhöhen.", nil},
		{"Spanish", "En la última asamblea se aprobó el nuevo reglamento.", nil},
		{"Dutch", "In de vorige vergadering is besloten om de contributie te verhogen.", nil},
		{"Italian", "Nella scorsa riunione si decide di rinviare la festa.", nil},
		{"Portuguese", "Na última reunião ficou decidido que a festa será em maio.", nil},
		{"this meeting's decision stays", "Il a été décidé d'augmenter la cotisation.",
			[]want{{"d'augmenter la cotisation", "agreement", ""}}},
	})
}

// TestVoteMatrixForms reads the forms a table of votes by name takes
// beyond a clean grid: columns that name agenda items by number, a note
// that gives every member below the same vote, a chair's row with a note
// instead of marks, and raw HTML inside markdown.
func TestVoteMatrixForms(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string // each decision as "id|text|item for/against/abstain"
	}{
		{"Japanese bills named by number, HTML table in markdown, all below", "m.md",
			"# 臨時会\n\n## 議事日程\n\n1. 会期の決定\n2. 議案第 15 号 国民健康保険条例の改正（即決）\n3. 議案第 16 号 一般会計補正予算（第 1 号）（総務委員会付託）\n\n## 賛否\n\n" +
				"<table>\n<tr><td>氏名</td><td>会派</td><td>15号</td><td>16号</td></tr>\n" +
				"<tr><td>伊藤　央</td><td>一人会派</td><td>〇</td><td>×</td></tr>\n" +
				"<tr><td>中江　美和</td><td>一人会派</td><td>〇</td><td>×</td></tr>\n" +
				"<tr><td>磯山　亮</td><td>政和会</td><td>議長のため採決には不参加</td><td></td></tr>\n" +
				"<tr><td>小野　高一</td><td>政和会</td><td>以下全員、全議案に〇</td><td></td></tr>\n" +
				"<tr><td>鈴木　洋一</td><td>政和会</td></tr>\n<tr><td>山田　大輔</td><td>公明党</td></tr>\n</table>\n",
			[]string{"議案第 15 号|国民健康保険条例の改正|2 5/0/0", "議案第 16 号|一般会計補正予算（第 1 号）|3 3/2/0"}},
		{"English bills, all others aye", "m.md",
			"# Council minutes\n\n## 1. Bill 7: Parking permits\n\n## 2. Bill 8: Library hours (for decision)\n\n## Roll call votes\n\n" +
				"| Member | Ward | Bill 7 | Bill 8 |\n|---|---|---|---|\n| Ann Lee | North | Nay | Aye |\n| Bo Chen | South | Nay | Nay |\n| Cy Diaz | East | All others: Aye | |\n| Di Eze | West | | |\n| Ed Fox | West | | |\n",
			[]string{"Bill 7|Parking permits|1 3/2/0", "Bill 8|Library hours|2 4/1/0"}},
		{"a number in no item's title stays the column's header", "m.md",
			"# Rat\n\n## 1. Haushalt\n\n## Abstimmung\n\n| Name | Fraktion | Antrag 12 |\n|---|---|---|\n| Anna Weber | Grüne | dafür |\n| Jan Roth | SPD | dafür |\n| Eva Kühn | CDU | dagegen |\n",
			[]string{"|Antrag 12|Abstimmung 2/1/0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range decisionsOf(t, tt.file, tt.text) {
				if d.RollCall == nil {
					continue
				}
				got = append(got, fmt.Sprintf("%s|%s|%s %s", d.ID, d.Text, d.Item, votesString(d.Votes)))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestResultBelowSides reads the result stated right below a list of a
// vote's sides as the decision, with the counts of the sides; the subject
// line above the sides is then no decision of its own. A sentence that
// states no result stays apart. Elected under a heading that names the
// office is an election; an agreement with a tally is a motion.
func TestResultBelowSides(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string // "text|kind|votes"
	}{
		{"French AG (reStructuredText)", "pv.txt",
			"Quitus\n======\n\nApprobation du quitus :\n\n  + pour  15 (dont 1 procuration)\n  + contre  0\n  + abstention  0\n\n  Le quitus est adopté à l'unanimité des votes exprimés.\n",
			[]string{"Le quitus est adopté à l'unanimité des votes exprimés|motion|15/0/0"}},
		{"English, markdown bullets", "m.md",
			"# AGM\n\n## 4. Budget\n\nAdoption of the budget:\n\n- For 12\n- Against 0\n- Abstain 1\n\nThe budget was adopted.\n",
			[]string{"The budget was adopted|motion|12/0/1"}},
		{"German", "m.md",
			"# Protokoll\n\n## TOP 3 Satzungsänderung\n\nAbstimmung über die neue Satzung:\n\n- Ja: 9\n- Nein: 2\n- Enthaltung: 1\n\nDie Satzungsänderung wird angenommen.\n",
			[]string{"Die Satzungsänderung wird angenommen|motion|9/2/1"}},
		{"elected under the office's heading", "pv.txt",
			"Election du Président\n=====================\n\nApprobation par l'AG du Président proposé par le CD.\n\n  + pour  15\n  + contre 0\n  + abstention 0\n\n  Arthur Vuillard est élu à l'unanimité.\n",
			[]string{"Arthur Vuillard est élu à l'unanimité|election|15/0/0"}},
		{"not: a sentence below the sides that states no result", "m.md",
			"# AGM\n\n## 4. Budget\n\nAdoption of the budget:\n\n- For 12\n- Against 0\n- Abstain 1\n\nThe treasurer thanked the members.\n",
			[]string{"Adoption of the budget|motion|12/0/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range decisionsOf(t, tt.file, tt.text) {
				got = append(got, fmt.Sprintf("%s|%s|%s", d.Text, d.Kind, votesString(d.Votes)))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestBodyDecides reads a body of the meeting deciding, in the present or
// the past, in several languages: the decision is what the body decides.
// A person deciding is no decision of the meeting.
func TestBodyDecides(t *testing.T) {
	tests := []struct{ name, sentence, want string }{
		{"English, present tense", "The council approves the budget for 2020.", "The council approves the budget for 2020"},
		{"French, a body of several words", "Le conseil d'administration décide de reporter l'assemblée.", "de reporter l'assemblée"},
		{"French, after a lead-in", "Après délibération, le conseil approuve le budget.", "Après délibération, le conseil approuve le budget"},
		{"German compound", "Die Mitgliederversammlung beschließt die neue Beitragsordnung.", "Die Mitgliederversammlung beschließt die neue Beitragsordnung"},
		{"Dutch", "De vergadering besluit de contributie te verhogen tot 25 euro.", "de contributie te verhogen tot 25 euro"},
		{"Italian", "Il consiglio approva il regolamento interno.", "Il consiglio approva il regolamento interno"},
		{"Spanish", "La asamblea aprueba el presupuesto.", "La asamblea aprueba el presupuesto"},
		{"Portuguese", "A assembleia aprova as contas de 2019.", "A assembleia aprova as contas de 2019"},
		{"Portuguese, impersonal", "Foi deliberado por unanimidade aprovar as contas.", "Foi deliberado por unanimidade aprovar as contas"},
		{"not: a person deciding", "De voorzitter besluit de vergadering te sluiten.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if ds := decisionsOf(t, "m.md", "# Minutes\n\n## 5. Business\n\n"+tt.sentence+"\n"); len(ds) > 0 {
				got = string(ds[0].Text)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTalliesInBrackets reads the counts a decision gives in brackets or
// after a label, the side's word before its count or after it, in several
// languages: two sides counted make a vote, with or without a vote word.
func TestTalliesInBrackets(t *testing.T) {
	tests := []struct{ text, want string }{
		{"(For 7, against 0, abstentions 1)", "7/0/1"},
		{"(Ja 12, Nein 0, Enthaltung 1)", "12/0/1"},
		{"(12 Ja, 0 Nein, 1 Enthaltung)", "12/0/1"},
		{"(Pour 12, contre 0, abstention 1)", "12/0/1"},
		{"(voor 12, tegen 0, onthouding 1)", "12/0/1"},
		{"Abstimmung: Ja 12, Nein 0, Enthaltung 1", "12/0/1"},
		{"one for the road and 2 more", ""},
		{"the lease for 2 years", ""},
	}
	for _, tt := range tests {
		if got := votesString(findVotes(tt.text)); got != tt.want {
			t.Errorf("findVotes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
