package vocab

// Meetings: the words for minutes and agendas, and for the next meeting.

// Minutes are the words for the minutes of a meeting, as they are approved
// ("The minutes of the last meeting were approved", "Genehmigung des
// Protokolls", "Notulen vorige vergadering").
var Minutes = Table{
	{English, "minutes", ""},
	{French, "procès-verbal", ""},
	{French, "proces-verbal", ""},
	{French, "procès-verbaux", ""},
	{French, "compte-rendu", ""},
	{French, "compte rendu", ""},
	{German, "protokolls", ""},
	{German, "protokoll", ""},
	{German, "niederschrift", ""},
	{Spanish, "actas", ""},
	{Spanish, "acta", ""},
	{Dutch, "notulen", ""},
	{Dutch, "verslag", ""},
	{Italian, "verbale", ""},
	{Portuguese, "atas", ""},
	{Portuguese, "ata", ""},
	{Welsh, "cofnodion", ""},
}

// Agenda are the words for a meeting's agenda.
var Agenda = Table{
	{English, "agenda", ""},
	{French, "ordre du jour", ""},
	{German, "tagesordnung", ""},
	{Spanish, "orden del día", ""},
	{Spanish, "orden del dia", ""},
	{Italian, "ordine del giorno", ""},
	{Portuguese, "ordem do dia", ""},
	{Portuguese, "ordem de trabalhos", ""},
	{Dutch, "agendapunten", ""},
	{Chinese, "会议议程", ""},
	{Chinese, "议程", ""},
	{Chinese, "議程", ""},
	{Japanese, "議事日程", ""},
}

// ItemWords are the words that name an agenda item before its number:
// "Item 3:", "Agenda item 4 –", "TOP 3" (Tagesordnungspunkt), "Punto 1):",
// "Ponto 2 -", "Agendapunt 5", "议题一：".
var ItemWords = Table{
	{English, "agenda item", ""},
	{English, "item", ""},
	{English, "point", ""},
	{French, "point", ""},
	{German, "tagesordnungspunkt", ""},
	{German, "punkt", ""},
	{German, "top", ""},
	{Spanish, "punto", ""},
	{Italian, "punto", ""},
	{Portuguese, "ponto", ""},
	{Portuguese, "pauta", ""},
	{Dutch, "agendapunt", ""},
	{Dutch, "punt", ""},
	{Chinese, "议题", ""},
	{Chinese, "議題", ""},
	{Chinese, "事项", ""},
	{Japanese, "議題", ""},
	{Japanese, "事項", ""},
}

// Containers are the words that head the part of the minutes whose
// sub-headings are the items: "## Minutes" above "### Budget", "##
// Pautas" above "### Reuniões", "## Das tatsächliche Protokoll".
var Containers = Table{
	{English, "minutes", ""},
	{English, "meeting minutes", ""},
	{English, "meeting notes", ""},
	{English, "discussion", ""},
	{English, "notes", ""},
	{English, "proceedings", ""},
	{English, "topics", ""},
	{English, "items", ""},
	{English, "agenda items", ""},
	{English, "discussion items", ""},
	{French, "compte rendu", ""},
	{French, "compte-rendu", ""},
	{French, "procès-verbal", ""},
	{French, "points", ""},
	{German, "protokoll", ""},
	{German, "tagesordnungspunkte", ""},
	{German, "themen", ""},
	{Spanish, "acta", ""},
	{Spanish, "temas", ""},
	{Spanish, "puntos", ""},
	{Dutch, "notulen", ""},
	{Dutch, "verslag", ""},
	{Dutch, "agendapunten", ""},
	{Italian, "verbale", ""},
	{Italian, "punti", ""},
	{Portuguese, "ata", ""},
	{Portuguese, "pautas", ""},
	{Portuguese, "informes", ""},
	{Portuguese, "assuntos", ""},
	{Chinese, "会议纪要", ""},
	{Chinese, "议题", ""},
	{Japanese, "議事録", ""},
}

// Signatures are the words that head the signatures at the end of the
// minutes, which are no item: "Firmas de los Presentes", "Unterschriften".
var Signatures = Table{
	{English, "signatures", ""},
	{English, "signed", ""},
	{French, "signatures", ""},
	{German, "unterschriften", ""},
	{Spanish, "firmas", ""},
	{Dutch, "handtekeningen", ""},
	{Italian, "firme", ""},
	{Portuguese, "assinaturas", ""},
	{Chinese, "签名", ""},
	{Japanese, "署名", ""},
}

// NextWords say that a meeting is the next one: "the next meeting", "la
// prochaine réunion", "die nächste Sitzung".
var NextWords = Table{
	{English, "next", ""},
	{English, "following", ""},
	{English, "subsequent", ""},
	{English, "upcoming", ""},
	{English, "forthcoming", ""},
	{French, "prochaines", ""},
	{French, "prochaine", ""},
	{French, "prochains", ""},
	{French, "prochain", ""},
	{German, "nächsten", ""},
	{German, "nächste", ""},
	{Dutch, "volgende", ""},
	{Spanish, "próxima", ""},
	{Italian, "prossima", ""},
}

// MeetingNouns are the words for a meeting that NextWords qualify.
var MeetingNouns = Table{
	{English, "meetings", ""},
	{English, "meeting", ""},
	{English, "sessions", ""},
	{English, "session", ""},
	{English, "calls", ""},
	{English, "call", ""},
	{English, "teleconferences", ""},
	{English, "teleconference", ""},
	{English, "telecons", ""},
	{English, "telecon", ""},
	{English, "telcons", ""},
	{English, "telcon", ""},
	{English, "f2f", ""},
	{English, "face-to-face", ""},
	{French, "réunions", ""},
	{French, "réunion", ""},
	{French, "séances", ""},
	{French, "séance", ""},
	{German, "sitzung", ""},
	{German, "sitzungen", ""},
	{Dutch, "vergadering", ""},
	{Spanish, "reunión", ""},
	{Italian, "riunione", ""},
	{English, "agm", ""},
}
