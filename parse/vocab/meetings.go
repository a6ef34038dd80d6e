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
