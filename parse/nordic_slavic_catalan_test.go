package parse

import (
	"fmt"
	"strings"
	"testing"
)

// The tests of this file read minutes in Swedish, Danish, Norwegian
// (Bokmål), Polish, Czech and Catalan, through the real reader: each
// concern (attendance, offices, decisions, elections, actions, dates,
// next meeting) in a snippet of each language, as their minutes write it.
// The words are rows of parse/vocab (sv, da, no, pl, cs, ca) and the
// month and weekday names of parse/dates.go.

// TestAttendanceNordicSlavicCatalan reads attendance lists labelled in
// each language (vocab.Attendance); Czech degrees before a name ("Mgr.")
// are no part of it.
func TestAttendanceNordicSlavicCatalan(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"Swedish", "protokoll.md", "# Protokoll styrelsemöte\n\nNärvarande: Anna Lindqvist, Erik Johansson\nAnmält förhinder: Karin Berg\n\n## 1. Mötets öppnande\n\nText.\n",
			[]string{"Anna Lindqvist||present|", "Erik Johansson||present|", "Karin Berg||apologies|"}},
		{"Danish", "referat.md", "# Referat af bestyrelsesmøde\n\nTil stede: Mette Hansen, Lars Nielsen\nAfbud: Søren Jensen\n\n## 1. Godkendelse af dagsorden\n\nTekst.\n",
			[]string{"Mette Hansen||present|", "Lars Nielsen||present|", "Søren Jensen||apologies|"}},
		{"Norwegian", "protokoll.txt", "PROTOKOLL FRA STYREMØTE\n\nMøtt: Kari Nordmann, Ola Hansen\nForfall: Ingrid Berg\nIkke møtt: Per Olsen\n\n1. Godkjenning av innkalling\nTekst.\n",
			[]string{"Kari Nordmann||present|", "Ola Hansen||present|", "Ingrid Berg||apologies|", "Per Olsen||absent|"}},
		{"Polish", "protokol.md", "# Protokół z posiedzenia Zarządu\n\nObecni: Jan Kowalski, Anna Nowak\nNieobecni usprawiedliwieni: Piotr Wiśniewski\n\n## 1. Otwarcie posiedzenia\n\nTekst.\n",
			[]string{"Jan Kowalski||present|", "Anna Nowak||present|", "Piotr Wiśniewski||apologies|"}},
		{"Czech", "zapis.md", "# Zápis z jednání výboru\n\nPřítomni: Ing. Jan Novák, Mgr. Petra Svobodová\nOmluveni: Tomáš Dvořák\nNepřítomni: Eva Černá\n\n## 1. Zahájení\n\nText.\n",
			[]string{"Jan Novák||present|", "Petra Svobodová||present|", "Tomáš Dvořák||apologies|", "Eva Černá||absent|"}},
		{"Catalan", "acta.md", "# Acta de la reunió de la Junta\n\nAssistents: Maria Puig, Joan Serra\nExcusats: Jordi Vila\n\n## 1. Aprovació de l'acta anterior\n\nText.\n",
			[]string{"Maria Puig||present|", "Joan Serra||present|", "Jordi Vila||apologies|"}},
		// A label qualified by the body its people belong to.
		{"Danish, of the board", "referat.txt", "Referat\n\nTil stede fra bestyrelsen: Mette Hansen, Lars Nielsen\n\n1. Dagsorden\nTekst.\n",
			[]string{"Mette Hansen||present|", "Lars Nielsen||present|"}},
		{"Swedish members", "protokoll.txt", "Protokoll\n\nNärvarande ledamöter: Anna Lindqvist, Erik Johansson\n\n1. Öppnande\nText.\n",
			[]string{"Anna Lindqvist||present|", "Erik Johansson||present|"}},
		{"Polish members of the board", "protokol.txt", "Protokół\n\nObecni członkowie zarządu: Jan Kowalski, Anna Nowak\n\n1. Otwarcie\nTekst.\n",
			[]string{"Jan Kowalski||present|", "Anna Nowak||present|"}},
		{"Czech members of the committee", "zapis.txt", "Zápis\n\nPřítomní členové výboru: Jan Novák, Petra Svobodová\n\n1. Zahájení\nText.\n",
			[]string{"Jan Novák||present|", "Petra Svobodová||present|"}},
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

// TestOfficesNordicSlavicCatalan reads the offices of each language
// (vocab.Offices), in label lines and after the names of a list.
func TestOfficesNordicSlavicCatalan(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"Swedish labels", "protokoll.md", "# Protokoll\n\nNärvarande: Anna Lindqvist, Erik Johansson, Karin Berg\n\nOrdförande: Anna Lindqvist\nSekreterare: Erik Johansson\n\n## 1. Mötets öppnande\n\nText.\n",
			[]string{"Anna Lindqvist||present|chair", "Erik Johansson||present|secretary", "Karin Berg||present|"}},
		{"Swedish abbreviations", "protokoll.txt", "Protokoll\n\nNärvarande: Anna Lindqvist, ordf., Erik Johansson, sekr., Karin Berg\n\n1. Mötets öppnande\nText.\n",
			[]string{"Anna Lindqvist||present|chair", "Erik Johansson||present|secretary", "Karin Berg||present|"}},
		{"Danish after names", "referat.md", "# Referat\n\nTil stede: Mette Hansen (formand), Lars Nielsen (kasserer), Søren Jensen (referent)\n\n## 1. Valg af dirigent\n\nTekst.\n",
			[]string{"Mette Hansen||present|chair", "Lars Nielsen||present|treasurer", "Søren Jensen||present|scribe"}},
		{"Norwegian labels", "protokoll.md", "# Protokoll\n\nTil stede: Kari Nordmann, Ola Hansen\n\nMøteleder: Kari Nordmann\nReferent: Ola Hansen\n\n## 1. Godkjenning av innkalling\n\nTekst.\n",
			[]string{"Kari Nordmann||present|chair", "Ola Hansen||present|scribe"}},
		{"Polish after names", "protokol.md", "# Protokół\n\nObecni:\n\n- Jan Kowalski – przewodniczący\n- Anna Nowak – sekretarz\n- Piotr Wiśniewski – skarbnik\n\n## 1. Otwarcie\n\nTekst.\n",
			[]string{"Jan Kowalski||present|chair", "Anna Nowak||present|secretary", "Piotr Wiśniewski||present|treasurer"}},
		{"Czech labels", "zapis.md", "# Zápis\n\nPřítomni: Jan Novák, Petra Svobodová, Tomáš Dvořák\n\nPředsedající: Jan Novák\nZapisovatel: Petra Svobodová\n\n## 1. Zahájení\n\nText.\n",
			[]string{"Jan Novák||present|chair", "Petra Svobodová||present|scribe", "Tomáš Dvořák||present|"}},
		{"Catalan after names", "acta.md", "# Acta\n\nAssistents:\n\n- Maria Puig (presidenta)\n- Joan Serra (secretari)\n- Jordi Vila (tresorer)\n\n## 1. Benvinguda\n\nText.\n",
			[]string{"Maria Puig||present|chair", "Joan Serra||present|secretary", "Jordi Vila||present|treasurer"}},
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

// decisionSummary writes a decision as "kind|text|for/against/abstain|u"
// for the tests of this file ("-" for a count not given, "u" when the
// vote was unanimous).
func decisionSummary(d Decision) string {
	votes := "-/-/-"
	unanimous := ""
	if v := d.Votes; v != nil {
		n := func(p *int) string {
			if p == nil {
				return "-"
			}
			return fmt.Sprint(*p)
		}
		votes = n(v.For) + "/" + n(v.Against) + "/" + n(v.Abstain)
		if v.Unanimous != nil && *v.Unanimous {
			unanimous = "u"
		}
	}
	return strings.Join([]string{string(d.Kind), string(d.Text), votes, unanimous}, "|")
}

// TestDecisionsNordicSlavicCatalan reads decisions written with the
// labels (vocab.DecisionLabels), formulas (vocab.Agreed), outcomes
// (vocab.Outcomes), vote sides (vocab.VoteFor, VoteAgainst, VoteAbstain)
// and words of unanimity (vocab.Unanimous) of each language. As in
// English, the vote written after a labelled decision belongs to its
// text, a decision with a tally is a motion, and a lead-in before a
// "that" clause ("att", "at", "że", "že", "que") is stripped, the clause's
// word kept (testdata/CONVENTIONS.md).
func TestDecisionsNordicSlavicCatalan(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Swedish label, unanimous", "Beslut: Styrelsen godkänner budgeten enhälligt.",
			[]string{"agreement|Styrelsen godkänner budgeten enhälligt|-/-/-|u"}},
		{"Swedish formula", "Det beslutades att höja medlemsavgiften till 200 kronor.",
			[]string{"agreement|att höja medlemsavgiften till 200 kronor|-/-/-|"}},
		{"Danish formula, unanimous", "Det blev enstemmigt besluttet at købe en ny projektor.",
			[]string{"agreement|at købe en ny projektor|-/-/-|u"}},
		{"Norwegian label", "Vedtak: Styret godkjenner regnskapet for 2022.",
			[]string{"resolution|Styret godkjenner regnskapet for 2022|-/-/-|"}},
		{"Polish resolution with counts", "Uchwała nr 5/2023 w sprawie budżetu została przyjęta: 12 za, 2 przeciw, 1 wstrzymało się.",
			[]string{"motion|Uchwała nr 5/2023 w sprawie budżetu została przyjęta: 12 za, 2 przeciw, 1 wstrzymało się|12/2/1|"}},
		{"Polish unanimous", "Postanowiono jednogłośnie przyjąć sprawozdanie finansowe.",
			[]string{"agreement|Postanowiono jednogłośnie przyjąć sprawozdanie finansowe|-/-/-|u"}},
		{"Czech label with counts", "Usnesení: Výbor schvaluje rozpočet na rok 2024. Hlasování: pro: 7, proti: 0, zdržel se: 1.",
			[]string{"resolution|Výbor schvaluje rozpočet na rok 2024. Hlasování: pro: 7, proti: 0, zdržel se: 1|7/0/1|"}},
		{"Czech unanimous", "Bylo rozhodnuto jednomyslně uspořádat valnou hromadu v březnu.",
			[]string{"agreement|Bylo rozhodnuto jednomyslně uspořádat valnou hromadu v březnu|-/-/-|u"}},
		{"Catalan formula, unanimous", "S'aprova per unanimitat el pressupost de l'any 2023.",
			[]string{"agreement|S'aprova per unanimitat el pressupost de l'any 2023|-/-/-|u"}},
		{"Catalan label with counts", "Acord: es canvia la seu social. Votació: a favor: 10, en contra: 2, abstencions: 1.",
			[]string{"motion|es canvia la seu social. Votació: a favor: 10, en contra: 2, abstencions: 1|10/2/1|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range decisionsOf(t, "m.md", "# Protokoll\n\n## 1. Ärenden\n\n"+tt.text+"\n\n## 2. Avslutning\n\nText.\n") {
				got = append(got, decisionSummary(d))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("decisions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestElectionsNordicSlavicCatalan reads elections to an office in each
// language (vocab.Elections, vocab.Offices).
func TestElectionsNordicSlavicCatalan(t *testing.T) {
	tests := []struct{ name, text string }{
		{"Swedish", "Till ordförande valdes Anna Lindqvist."},
		{"Danish", "Mette Hansen blev valgt som formand."},
		{"Norwegian", "Kari Nordmann ble valgt til styreleder."},
		{"Polish", "Na przewodniczącego zarządu został wybrany Jan Kowalski."},
		{"Czech", "Předsedou výboru byl zvolen Jan Novák."},
		{"Catalan", "Maria Puig ha estat escollida presidenta de l'associació."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Protokoll\n\n## 1. Val\n\n"+tt.text+"\n\n## 2. Avslutning\n\nText.\n")
			if len(ds) != 1 || ds[0].Kind != kindElection || string(ds[0].Text) != strings.TrimSuffix(tt.text, ".") {
				var got []string
				for _, d := range ds {
					got = append(got, decisionSummary(d))
				}
				t.Errorf("decisions %q, want one election %q", got, tt.text)
			}
		})
	}
}

// TestActionsNordicSlavicCatalan reads actions labelled in each language
// (vocab.ActionColonLabels, vocab.ActionHeadings) with their owner
// (vocab.OwnerLabels) and deadline (vocab.DueLabels).
func TestActionsNordicSlavicCatalan(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Swedish", "## 1. Hemsidan\n\nÅtgärd: uppdatera medlemslistan på hemsidan\nAnsvarig: Erik Johansson\nSenast: 15 maj 2024\n",
			[]string{"1|Erik Johansson|open|uppdatera medlemslistan på hemsidan"}},
		{"Danish", "## 1. Hjemmeside\n\nOpfølgning: opdatere medlemslisten\nAnsvarlig: Lars Nielsen\nFrist: 1. juni 2024\n",
			[]string{"1|Lars Nielsen|open|opdatere medlemslisten"}},
		{"Norwegian", "## 1. Nettside\n\nOppfølging: sende ut innkalling til årsmøtet\nAnsvarlig: Ola Hansen\nFrist: 10. mars 2024\n",
			[]string{"1|Ola Hansen|open|sende ut innkalling til årsmøtet"}},
		{"Polish", "## 1. Strona internetowa\n\nZadanie: przygotować sprawozdanie finansowe\nOdpowiedzialny: Piotr Wiśniewski\nTermin: 30 kwietnia 2024\n",
			[]string{"1|Piotr Wiśniewski|open|przygotować sprawozdanie finansowe"}},
		{"Czech", "## 1. Web\n\nÚkol: připravit pozvánku na valnou hromadu\nZodpovídá: Petra Svobodová\nTermín: 15. května 2024\n",
			[]string{"1|Petra Svobodová|open|připravit pozvánku na valnou hromadu"}},
		{"Catalan", "## 1. Web\n\nTasca: enviar la convocatòria als socis\nResponsable: Joan Serra\nTermini: 16 d'octubre de 2024\n",
			[]string{"1|Joan Serra|open|enviar la convocatòria als socis"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actionsOf(t, "m.md", "# Protokoll\n\n"+tt.text+"\n## 2. Övrigt\n\nText.\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("actions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestDatesNordicSlavicCatalan reads dates as each language writes them
// (parse/dates.go): month names in the nominative and the genitive, a day
// with a dot, a weekday, Catalan's "d'" and ordinal letters.
func TestDatesNordicSlavicCatalan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Protokoll fört vid styrelsemöte tisdag 14 maj 2019", "2019-05-14"},
		{"Referat af bestyrelsesmøde den 3. marts 2020", "2020-03-03"},
		{"Protokoll fra årsmøte 12. desember 2018", "2018-12-12"},
		{"Protokół z posiedzenia Zarządu z dnia 15 maja 2008 r.", "2008-05-15"},
		{"Zápis z jednání výboru ze dne 15. května 2008", "2008-05-15"},
		{"Acta de la reunió del 16 d'octubre de 2012", "2012-10-16"},
		{"Acta de l’assemblea de l’1r de juny del 2021", "2021-06-01"},
		{"Zápis ze schůze, úterý 3. října 2023", "2023-10-03"},
		{"Protokół, czerwiec 2021", "2021-06"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := findDate(tt.in)
			if !ok || string(d.Start) != tt.want {
				t.Errorf("findDate(%q) = %q, %v; want %q", tt.in, d.Start, ok, tt.want)
			}
		})
	}
}

// TestNextMeetingNordicSlavicCatalan reads the next meeting in each
// language (vocab.NextWords, vocab.NextWordsAfter, vocab.MeetingNouns).
func TestNextMeetingNordicSlavicCatalan(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Swedish", "Nästa möte hålls den 12 juni 2024.", "2024-06-12"},
		{"Swedish compound", "Nästa styrelsemöte blir tisdag 3 september 2024.", "2024-09-03"},
		{"Danish", "Næste møde afholdes den 5. september 2024.", "2024-09-05"},
		{"Norwegian", "Neste styremøte er 10. oktober 2024.", "2024-10-10"},
		{"Polish", "Następne posiedzenie Zarządu odbędzie się 20 czerwca 2024 r.", "2024-06-20"},
		{"Czech", "Příští schůze výboru se koná 18. června 2024.", "2024-06-18"},
		{"Catalan", "La propera reunió serà el 2 de juliol de 2024.", "2024-07-02"},
		{"Catalan, after the noun", "La reunió següent serà el 9 de juliol de 2024.", "2024-07-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := recordOf(t, "m.md", "# Protokoll 2024-05-02\n\n## 1. Övrigt\n\n"+tt.text+"\n")
			var got []string
			for _, nm := range rec.NextMeetings {
				got = append(got, string(nm.Date))
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("next meetings %q, want %s", got, tt.want)
			}
		})
	}
}

// TestPreviousMinutesNordicSlavicCatalan reads the approval of the
// previous meeting's minutes in each language (vocab.Minutes,
// vocab.Outcomes): it is previous_minutes, not a decision.
func TestPreviousMinutesNordicSlavicCatalan(t *testing.T) {
	tests := []struct{ name, text string }{
		{"Swedish", "## § 2 Föregående protokoll\n\nFöregående protokoll godkändes och lades till handlingarna.\n"},
		{"Danish", "## 2. Referat\n\nReferat fra sidste møde blev godkendt.\n"},
		{"Norwegian", "## Sak 2 Protokoll\n\nProtokoll fra forrige møte ble godkjent.\n"},
		{"Polish", "## 2. Protokół\n\nProtokół z poprzedniego zebrania został przyjęty jednogłośnie.\n"},
		{"Czech", "## 2. Kontrola zápisu\n\nZápis z minulé schůze byl schválen.\n"},
		{"Catalan", "## 2. Acta anterior\n\nS'aprova l'acta de la reunió anterior.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := recordOf(t, "m.md", "# Protokoll 2024-05-02\n\n## 1. Öppnande\n\nText.\n\n"+tt.text)
			if pm := rec.PreviousMinutes; pm == nil || pm.Approved == nil || !*pm.Approved {
				t.Errorf("previous minutes %+v, want approved", pm)
			}
			for _, d := range rec.Decisions {
				t.Errorf("decision %q, want none", d.Text)
			}
		})
	}
}

// TestItemsNordicSlavicCatalan reads the item numbering of Swedish,
// Danish and Norwegian ("§ 3"), of Czech, Polish and Danish discussion
// ("Ad 2)": of item 2) and of Norwegian ("Sak 4") (vocab.ItemWords).
func TestItemsNordicSlavicCatalan(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"Swedish paragraphs", "p.md", "# Protokoll\n\n## § 1 Mötets öppnande\n\nText.\n\n## § 2 Föregående protokoll\n\nText.\n\n## § 3 Ekonomi\n\nText.\n",
			[]string{"1 Mötets öppnande", "2 Föregående protokoll", "3 Ekonomi"}},
		{"Czech Ad", "z.txt", "Zápis\n\nAd 1) Zahájení\nJednání zahájil předseda.\n\nAd 2) Oprava střechy\nVýbor projednal nabídky.\n",
			[]string{"1 Zahájení", "2 Oprava střechy"}},
		{"Norwegian Sak", "p.txt", "Protokoll\n\nSak 1: Godkjenning av innkalling\nGodkjent.\n\nSak 2: Regnskap\nTekst.\n",
			[]string{"1 Godkjenning av innkalling", "2 Regnskap"}},
		{"Danish Pkt.", "r.txt", "Referat\n\nPkt. 1 Valg af dirigent\nTekst.\n\nPkt. 2 Regnskab\nTekst.\n",
			[]string{"1 Valg af dirigent", "2 Regnskab"}},
		{"Catalan punt", "a.txt", "Acta\n\nPunt 1. Benvinguda\nText.\n\nPunt 2. Pressupost\nText.\n",
			[]string{"1 Benvinguda", "2 Pressupost"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := itemsOf(t, tt.file, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestTitleFrameNordicSlavicCatalan strips the words that only say
// "these are the minutes of" from a title, as "Minutes of the" is
// (testdata/CONVENTIONS.md): "Zápis z", "Referat af", "Protokoll fört vid".
func TestTitleFrameNordicSlavicCatalan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Zápis z jednání výboru SVJ Lipová", "jednání výboru SVJ Lipová"},
		{"# Referat af bestyrelsesmøde i A/B Søhuset", "bestyrelsesmøde i A/B Søhuset"},
		{"# Protokoll fört vid styrelsemöte i IBK Norrby", "styrelsemöte i IBK Norrby"},
		{"# Protokoll fra styremøte i Oslo Sjakklubb", "styremøte i Oslo Sjakklubb"},
		{"# Protokół z posiedzenia Zarządu Stowarzyszenia", "posiedzenia Zarządu Stowarzyszenia"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			rec := recordOf(t, "m.md", tt.in+"\n\nText.\n")
			if got := string(rec.Meeting.Title); got != tt.want {
				t.Errorf("title %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMoversNordicSlavicCatalan reads who moved a motion in each language
// (vocab.MovedBy, vocab.Moves, vocab.MoverLabels), as written.
func TestMoversNordicSlavicCatalan(t *testing.T) {
	tests := []struct{ name, text, mover string }{
		{"Swedish", "På förslag av Erik Johansson beslutade styrelsen att höja avgiften.", "Erik Johansson"},
		{"Danish", "Lars Nielsen foreslog at male opgangene, og det blev vedtaget.", "Lars Nielsen"},
		{"Norwegian", "Forslaget ble fremmet av Ola Hansen og ble vedtatt.", "Ola Hansen"},
		{"Polish", "Na wniosek Anny Nowak postanowiono zakupić nową motopompę.", "Anny Nowak"},
		{"Czech", "Na návrh Petry Svobodové bylo rozhodnuto opravit střechu.", "Petry Svobodové"},
		{"Catalan", "A proposta de Joan Serra s'aprova el pressupost.", "Joan Serra"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := decisionsOf(t, "m.md", "# Protokoll\n\n## 1. Ärenden\n\n"+tt.text+"\n\n## 2. Avslutning\n\nText.\n")
			if len(ds) != 1 || string(ds[0].Mover) != tt.mover {
				var got []string
				for _, d := range ds {
					got = append(got, decisionSummary(d)+" mover "+string(d.Mover))
				}
				t.Errorf("decisions %q, want one moved by %q", got, tt.mover)
			}
		})
	}
}

// TestNoOfficeOneLetterAway checks that a label of other languages close
// to a new office makes no list of participants: Italian "Referente:" (a
// contact person) is no Danish "Referent:" (the minute taker), Portuguese
// "Dirigente:" (a leader) no Danish "Dirigent:" (the chair of a general
// meeting, left out of vocab.Offices).
func TestNoOfficeOneLetterAway(t *testing.T) {
	tests := []struct{ name, file, text string }{
		{"Italian referente", "verbale.txt", "Verbale\n\nPresenti: Mario Rossi, Anna Bianchi\n\n1. Progetto\nReferente: Luca Verdi\n"},
		{"Portuguese dirigente", "ata.txt", "Ata\n\nPresentes: Mario Rossi, Anna Bianchi\n\n1. Pauta\nDirigente: Maria Costa\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participantsOf(t, tt.file, tt.text)
			want := []string{"Mario Rossi||present|", "Anna Bianchi||present|"}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("participants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
