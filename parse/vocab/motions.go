package vocab

// Motions: the words that name who moved a motion and who seconded it,
// before the name ("moved by", "proposé par"), after it ("moved",
// "seconded") or as a label ("Mover:", "2nd –"), and the labels of a
// vote taken by name ("Roll call vote:").

// MovedBy are the words before the name of who moved or proposed a
// motion: "moved by Ann Lee", "proposé par M. Gagné", "propuesto por".
var MovedBy = Table{
	{English, "moved by", ""},
	{English, "proposed by", ""},
	{English, "motion made by", ""},
	{English, "motion was made by", ""},
	{English, "motion by", ""},
	{English, "was made by", ""},
	{English, "made by", ""},
	{English, "on the motion of", ""},
	{English, "on motion of", ""},
	{English, "on a motion by", ""},
	{English, "on a motion from", ""},
	{English, "on motion by", ""},
	{French, "proposé par", ""},
	{French, "proposée par", ""},
	{French, "présenté par", ""},
	{French, "présentée par", ""},
	{Spanish, "propuesto por", ""},
	{Spanish, "propuesta por", ""},
	{Italian, "proposto da", ""},
	{Italian, "proposta da", ""},
	{Portuguese, "proposto por", ""},
	{Portuguese, "proposta por", ""},
	{Dutch, "voorgesteld door", ""},
	{German, "vorgeschlagen von", ""},
	{German, "beantragt von", ""},
	{German, "antrag von", ""},
	{Swedish, "på förslag av", ""},
	{Swedish, "på förslag från", ""},
	{Swedish, "föreslaget av", ""},
	{Danish, "på forslag af", ""},
	{Danish, "på forslag fra", ""},
	{Danish, "foreslået af", ""},
	{Danish, "stillet af", ""},
	{Norwegian, "på forslag fra", ""},
	{Norwegian, "foreslått av", ""},
	{Norwegian, "fremmet av", ""},
	{Polish, "na wniosek", ""},
	{Polish, "zgłoszony przez", ""},
	{Polish, "zaproponowany przez", ""},
	{Czech, "na návrh", ""},
	{Catalan, "a proposta de", ""},
	{Catalan, "proposat per", ""},
	{Catalan, "proposada per", ""},
}

// SecondedBy are the words before the name of who seconded a motion.
var SecondedBy = Table{
	{English, "seconded by", ""},
	{English, "second by", ""},
	{English, "supported by", ""},
	{French, "appuyé par", ""},
	{French, "appuyée par", ""},
	{French, "secondé par", ""},
	{French, "secondée par", ""},
	{Spanish, "secundado por", ""},
	{Spanish, "secundada por", ""},
	{Italian, "secondato da", ""},
	{Italian, "secondata da", ""},
	{Italian, "appoggiato da", ""},
	{Italian, "appoggiata da", ""},
	{Portuguese, "secundado por", ""},
	{Portuguese, "apoiado por", ""},
	{Dutch, "gesteund door", ""},
	{Dutch, "ondersteund door", ""},
	{German, "unterstützt von", ""},
	{Swedish, "understödd av", ""},
	{Swedish, "understött av", ""},
	{Danish, "støttet af", ""},
	{Norwegian, "støttet av", ""},
	{Polish, "poparty przez", ""},
	{Polish, "poparta przez", ""},
	{Catalan, "secundat per", ""},
	{Catalan, "secundada per", ""},
}

// Moves are the verbs after the name of who moved a motion: "Dana moved
// to accept", "Ann Lee proposed that".
var Moves = Table{
	{English, "moved", ""},
	{English, "moves", ""},
	{English, "motioned", ""},
	{English, "made a motion", ""},
	{English, "made the motion", ""},
	{English, "proposed", ""},
	{English, "proposes", ""},
	{French, "propose", ""},
	{Spanish, "propone", ""},
	{Italian, "propone", ""},
	{Portuguese, "propõe", ""},
	{Portuguese, "propôs", ""},
	{German, "beantragt", ""},
	{Dutch, "stelt voor", ""},
	{Swedish, "föreslog", ""},
	{Swedish, "yrkade", ""},
	{Danish, "foreslog", ""},
	{Norwegian, "foreslo", ""},
	{Czech, "navrhl", ""},
	{Czech, "navrhla", ""},
	{Catalan, "proposa", ""},
}

// Seconds are the verbs after the name of who seconded a motion.
var Seconds = Table{
	{English, "seconded", ""},
	{English, "seconds", ""},
	{French, "appuie", ""},
	{Spanish, "secunda", ""},
	{Italian, "seconda", ""},
	{Dutch, "steunt", ""},
}

// MoverLabels and SeconderLabels label the mover and the seconder where
// minutes set them apart: "Mover: Ann Lee", "First Motion – X; 2nd – Y",
// "Proposer: Gareth Jones", "Seconded: John Roe".
var (
	MoverLabels = Table{
		{English, "first motion", ""},
		{English, "moved by", ""},
		{English, "proposed by", ""},
		{English, "mover", ""},
		{English, "proposer", ""},
		{English, "moved", ""},
		{English, "proposed", ""},
		{French, "proposé par", ""},
		{German, "antragsteller", ""},
		{German, "antragstellerin", ""},
		{Dutch, "indiener", ""},
		{Swedish, "förslagsställare", ""},
		{Danish, "forslagsstiller", ""},
		{Norwegian, "forslagsstiller", ""},
		{Polish, "wnioskodawca", ""},
		{Czech, "navrhovatel", ""},
		{Czech, "předkladatel", ""},
		{Catalan, "proposant", ""},
	}
	SeconderLabels = Table{
		{English, "seconded by", ""},
		{English, "seconder", ""},
		{English, "seconded", ""},
		{English, "second", ""},
		{English, "2nd", ""},
		{French, "appuyé par", ""},
	}
)

// RollCall are the words that open a vote taken by name: "Roll call
// vote:", "Recorded vote:", "Namentliche Abstimmung:".
var RollCall = Table{
	{English, "roll call vote", ""},
	{English, "roll-call vote", ""},
	{English, "recorded vote", ""},
	{English, "vote by roll call", ""},
	{English, "roll call", ""},
	{English, "roll-call", ""},
	{French, "vote par appel nominal", ""},
	{French, "appel nominal", ""},
	{German, "namentliche abstimmung", ""},
	{Spanish, "votación nominal", ""},
	{Italian, "votazione nominale", ""},
	{Dutch, "hoofdelijke stemming", ""},
	{Polish, "głosowanie imienne", ""},
	{Czech, "jmenovité hlasování", ""},
	{Catalan, "votació nominal", ""},
}

// VoteAbsent are the words for those absent from a vote taken by name.
var VoteAbsent = Table{
	{English, "absent", ""},
	{English, "not voting", ""},
	{English, "not present", ""},
	{French, "absents", ""},
	{French, "absent", ""},
	{German, "abwesend", ""},
	{Spanish, "ausentes", ""},
	{Italian, "assenti", ""},
	{Dutch, "afwezig", ""},
	{Swedish, "frånvarande", ""},
	{Danish, "fraværende", ""},
	{Norwegian, "fraværende", ""},
	{Polish, "nieobecni", ""},
	{Polish, "nieobecny", ""},
	{Czech, "nepřítomni", ""},
	{Czech, "nepřítomen", ""},
	{Catalan, "absents", ""},
}
