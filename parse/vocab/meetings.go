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

// AgendaNames are more names of an agenda, in the languages Agenda does
// not hold yet; a header line that is only one of them is no title
// ("TOPs", "Pautas", "议程").
var AgendaNames = Table{
	{German, "tagesordnungspunkte", ""},
	{German, "tops", ""},
	{Italian, "ordine del giorno", ""},
	{Portuguese, "ordem do dia", ""},
	{Portuguese, "ordem de trabalhos", ""},
	{Portuguese, "pauta", ""},
	{Portuguese, "pautas", ""},
	{Dutch, "agenda", ""},
	{Chinese, "议程", ""},
	{Chinese, "議程", ""},
	{Japanese, "議事日程", ""},
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

// PlaceLabels are the labels of a header field that gives where the
// meeting was held: "Location: Tallinn", "Lieu : salle du conseil", "Ort:
// Hackerspace", "Lugar:", "Local:", "Lokatie: La Vie Meeting Center in
// Utrecht", "地点：议事厅".
var PlaceLabels = Table{
	{English, "location", ""},
	{English, "place", ""},
	{English, "venue", ""},
	{English, "where", ""},
	{English, "meeting place", ""},
	{English, "meeting location", ""},
	{English, "meeting venue", ""},
	{English, "address", ""},
	{French, "lieu", ""},
	{French, "lieu de la réunion", ""},
	{French, "adresse", ""},
	{French, "emplacement", ""},
	{French, "salle", ""},
	{German, "ort", ""},
	{German, "sitzungsort", ""},
	{German, "tagungsort", ""},
	{German, "veranstaltungsort", ""},
	{German, "treffpunkt", ""},
	{German, "raum", ""},
	{Spanish, "lugar", ""},
	{Spanish, "lugar de reunión", ""},
	{Spanish, "local", ""},
	{Spanish, "sede", ""},
	{Spanish, "dirección", ""},
	{Italian, "luogo", ""},
	{Italian, "sede", ""},
	{Italian, "sala", ""},
	{Italian, "indirizzo", ""},
	{Portuguese, "local", ""},
	{Portuguese, "lugar", ""},
	{Portuguese, "sede", ""},
	{Portuguese, "endereço", ""},
	{Portuguese, "localização", ""},
	{Dutch, "locatie", ""},
	{Dutch, "lokatie", ""},
	{Dutch, "plaats", ""},
	{Dutch, "adres", ""},
	{Welsh, "lleoliad", ""},
	{Chinese, "会议地点", ""},
	{Chinese, "地点", ""},
	{Chinese, "地點", ""},
	{Japanese, "開催場所", ""},
	{Japanese, "場所", ""},
	{Japanese, "会場", ""},
}

// HeldVerbs say where and when a meeting was held, in a sentence or a
// title: "The meeting was held at the Swiss Chalet in Ruidoso", "tenue le
// 20 juin à la salle du conseil", "gehouden in Cafe De Jaren in
// Amsterdam", "si è svolta presso la sede", "Cynhaliwyd cyfarfod … yn yr
// Ystafell Ddarllen".
var HeldVerbs = Table{
	{English, "held", ""},
	{English, "took place", ""},
	{English, "convened", ""},
	{French, "tenue", ""},
	{French, "tenues", ""},
	{French, "tenu", ""},
	{French, "tenus", ""},
	{French, "a eu lieu", ""},
	{French, "s'est tenue", ""},
	{French, "s’est tenue", ""},
	{French, "réunie", ""},
	{German, "fand", ""},
	{German, "abgehalten", ""},
	{German, "stattgefunden", ""},
	{German, "tagte", ""},
	{Spanish, "celebrada", ""},
	{Spanish, "celebrado", ""},
	{Spanish, "celebró", ""},
	{Spanish, "reunida", ""},
	{Italian, "svolta", ""},
	{Italian, "tenuta", ""},
	{Italian, "tenutasi", ""},
	{Portuguese, "realizada", ""},
	{Portuguese, "realizou", ""},
	{Portuguese, "reuniram", ""},
	{Dutch, "gehouden", ""},
	{Dutch, "plaatsgevonden", ""},
	{Dutch, "vond", ""},
	{Welsh, "cynhaliwyd", ""},
}

// PlacePrepositions introduce a meeting's place after a held verb or a
// date, each with what follows it: "venue" (a building or room: "at the
// Reading Room", "à la salle du conseil", "presso la sede", "en la sala",
// "na sede", "yn yr Ystafell Ddarllen") or "place" (a city, or a
// building when the name says so: "in Ruidoso", "in Cafe De Jaren", "à
// Genève", "em Campinas"). A longer phrase comes first; the article it
// holds is not the venue's ("yr" of "yn yr Ystafell").
var PlacePrepositions = Table{
	{English, "at", "venue"},
	{English, "in", "place"},
	{French, "à la", "venue"},
	{French, "au", "venue"},
	{French, "aux", "venue"},
	{French, "dans", "venue"},
	{French, "à", "place"},
	{German, "im", "venue"},
	{German, "in der", "venue"},
	{German, "auf", "venue"},
	{German, "bei", "venue"},
	{Spanish, "en el", "venue"},
	{Spanish, "en la", "venue"},
	{Spanish, "en las", "venue"},
	{Spanish, "en los", "venue"},
	{Spanish, "en", "place"},
	{Italian, "presso", "venue"},
	{Italian, "nella", "venue"},
	{Italian, "nel", "venue"},
	{Portuguese, "na", "venue"},
	{Portuguese, "no", "venue"},
	{Portuguese, "em", "place"},
	{Dutch, "bij", "venue"},
	{Dutch, "te", "place"},
	{Welsh, "yn yr", "venue"},
	{Welsh, "yn y", "venue"},
	{Welsh, "yn", "place"},
}

// BodyNouns name bodies that meet, beside the English and the older rows
// of parse/meeting.go: assemblies, boards and committees as minutes in
// other languages name them in their titles ("Assemblée Générale",
// "Acta de la Asamblea constituyente", "Verbale direttivo", "Ata de
// reunião da gestão", "Notulen ALV", "Protokoll der Mitgliederversammlung").
var BodyNouns = Table{
	{English, "general body", ""},
	{French, "assemblée", ""},
	{French, "assemblee", ""},
	{French, "bureau", ""},
	{Spanish, "asamblea", ""},
	{Spanish, "junta directiva", ""},
	{Spanish, "comité", ""},
	{Spanish, "comite", ""},
	{Spanish, "directiva", ""},
	{Italian, "assemblea", ""},
	{Italian, "direttivo", ""},
	{Italian, "consiglio direttivo", ""},
	{Italian, "giunta", ""},
	{Portuguese, "assembleia", ""},
	{Portuguese, "assembléia", ""},
	{Portuguese, "conselho", ""},
	{Portuguese, "diretoria", ""},
	{Portuguese, "direção", ""},
	{Portuguese, "comissão", ""},
	{Portuguese, "comitê", ""},
	{Portuguese, "gestão", ""},
	{German, "mitgliederversammlung", ""},
	{German, "plenum", ""},
	{German, "fachschaftsrat", ""},
	{German, "präsidium", ""},
	{Dutch, "alv", ""},
	{Dutch, "algemene ledenvergadering", ""},
	{Dutch, "ledenvergadering", ""},
	{Dutch, "stuurgroep", ""},
	{Welsh, "cyngor", ""},
	{Welsh, "pwyllgor", ""},
}

// OrdinalMarks end an ordinal number in the languages that write it with
// a letter or sign after the digits: "1ª reunión", "12ª Reunião
// Ordinária", "3º encontro", "29e réunion", "2nd meeting", "9fed" (Welsh).
var OrdinalMarks = Table{
	{English, "st", ""},
	{English, "nd", ""},
	{English, "rd", ""},
	{English, "th", ""},
	{French, "ème", ""},
	{French, "eme", ""},
	{French, "er", ""},
	{French, "re", ""},
	{French, "e", ""},
	{Spanish, ".ª", ""},
	{Spanish, ".º", ""},
	{Spanish, "ª", ""},
	{Spanish, "º", ""},
	{Portuguese, "°", ""},
	{Italian, "°", ""},
	{Welsh, "fed", ""},
	{Welsh, "ain", ""},
	{Welsh, "af", ""},
}
