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
	{German, "nächster", ""},
	{German, "nächstes", ""},
	{German, "nächste", ""},
	{Dutch, "eerstvolgende", ""},
	{Dutch, "volgende", ""},
	{Spanish, "próximas", ""},
	{Spanish, "próxima", ""},
	{Spanish, "próximo", ""},
	{Italian, "prossime", ""},
	{Italian, "prossima", ""},
	{Italian, "prossimo", ""},
	{Portuguese, "próximas", ""},
	{Portuguese, "próxima", ""},
	{Portuguese, "próximo", ""},
	// CJK words are written without spaces before the noun: "下次会议",
	// "次回会議", "次回：5月10日".
	{Chinese, "下一次", ""},
	{Chinese, "下次", ""},
	{Japanese, "次回", ""},
}

// NextWordsAfter say that a meeting is the next one where the word
// follows the noun: "la reunión siguiente", "la réunion suivante", "y
// cyfarfod nesaf".
var NextWordsAfter = Table{
	{Spanish, "siguiente", ""},
	{French, "suivante", ""},
	{Italian, "successiva", ""},
	{Portuguese, "seguinte", ""},
	{Welsh, "nesaf", ""},
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
	{French, "assemblées", ""},
	{French, "assemblée", ""},
	{Spanish, "reuniones", ""},
	{Spanish, "sesiones", ""},
	{Spanish, "sesión", ""},
	{Spanish, "asamblea", ""},
	{Italian, "riunioni", ""},
	{Italian, "sedute", ""},
	{Italian, "seduta", ""},
	{Italian, "assemblea", ""},
	{Italian, "incontro", ""},
	{Portuguese, "reuniões", ""},
	{Portuguese, "reunião", ""},
	{Portuguese, "sessão", ""},
	{Portuguese, "assembleia", ""},
	{Portuguese, "assembléia", ""},
	{Dutch, "vergaderingen", ""},
	{Dutch, "bijeenkomst", ""},
	{German, "treffen", ""},
	{German, "versammlung", ""},
	{German, "besprechung", ""},
	{Welsh, "cyfarfod", ""},
	// German and Dutch join the body to the meeting in one word: "die
	// nächste Vorstandssitzung", "de volgende bestuursvergadering".
	{German, "sitzung", "compound"},
	{German, "versammlung", "compound"},
	{Dutch, "vergadering", "compound"},
	{Chinese, "会议", ""},
	{Chinese, "會議", ""},
	{Chinese, "例会", ""},
	{Chinese, "开会", ""},
	{Japanese, "会議", ""},
	{Japanese, "定例会", ""},
	{Japanese, "ミーティング", ""},
}

// DateJoiners are the small words that join a date, a time or a place to
// a meeting's name in a title: when the title's date is taken out they
// are left dangling at its end ("Assemblée Générale du 31 Mai 2009 à
// 10h" → "Assemblée Générale du à", "Verbale assemblea del 21 marzo
// 2024" → "assemblea del", "Sitzung vom 3. März" → "Sitzung vom"), and
// a title of nothing else names nothing ("Minutes for 2025-01-17").
var DateJoiners = Table{
	{English, "of", ""},
	{English, "on", ""},
	{English, "for", ""},
	{English, "from", ""},
	{English, "at", ""},
	{English, "dated", ""},
	{English, "the", ""},
	{French, "du", ""},
	{French, "de", ""},
	{French, "des", ""},
	{French, "le", ""},
	{French, "la", ""},
	{French, "à", ""},
	{French, "au", ""},
	{French, "en date du", ""},
	{German, "vom", ""},
	{German, "am", ""},
	{German, "den", ""},
	{German, "des", ""},
	{German, "der", ""},
	{German, "zum", ""},
	{German, "im", ""},
	{Spanish, "del", ""},
	{Spanish, "de", ""},
	{Spanish, "el", ""},
	{Spanish, "del día", ""},
	{Spanish, "en", ""},
	{Italian, "del", ""},
	{Italian, "della", ""},
	{Italian, "di", ""},
	{Italian, "il", ""},
	{Italian, "al", ""},
	{Italian, "in data", ""},
	{Italian, "del giorno", ""},
	{Portuguese, "de", ""},
	{Portuguese, "do", ""},
	{Portuguese, "da", ""},
	{Portuguese, "em", ""},
	{Portuguese, "no", ""},
	{Portuguese, "aos", ""},
	{Portuguese, "do dia", ""},
	{Dutch, "van", ""},
	{Dutch, "op", ""},
	{Dutch, "d.d.", ""},
	{Welsh, "ar", ""},
	{Welsh, "dyddiedig", ""},
}
