package vocab

// Decisions: the headings over what a meeting decided, the words of
// elections and the words that say a vote was unanimous.

// DecisionHeadings are the words of a heading over decisions, with the
// kind of decision they announce: "agreement" ("Conclusions",
// "Beschlüsse", "Acuerdos") or "resolution" ("Resolutions").
var DecisionHeadings = Table{
	{English, "conclusions", "agreement"},
	{English, "conclusion", "agreement"},
	{English, "decisions", "agreement"},
	{English, "decision", "agreement"},
	{French, "décisions", "agreement"},
	{French, "décision", "agreement"},
	{English, "agreed", "agreement"},
	{English, "agreements", "agreement"},
	{English, "agreement", "agreement"},
	{English, "outcomes", "agreement"},
	{English, "outcome", "agreement"},
	{German, "beschlüsse", "agreement"},
	{Spanish, "acuerdos", "agreement"},
	{Spanish, "decisiones", "agreement"},
	{Dutch, "besluiten", "agreement"},
	{English, "resolutions", "resolution"},
	{English, "resolution", "resolution"},
	{French, "résolutions", "resolution"},
	{French, "résolution", "resolution"},
}

// Elections are the words that say someone was elected or appointed.
var Elections = Table{
	{English, "re-elected", ""},
	{English, "reelected", ""},
	{English, "elected", ""},
	{English, "appointed", ""},
	{French, "élues", ""},
	{French, "élue", ""},
	{French, "élus", ""},
	{French, "élu", ""},
	{French, "nommées", ""},
	{French, "nommée", ""},
	{French, "nommés", ""},
	{French, "nommé", ""},
	{German, "gewählt", ""},
	{English, "voted in", ""},
}

// Unanimous are the words that say a vote was unanimous or met no
// objection.
var Unanimous = Table{
	{English, "unanim*", ""},
	{English, "without any objections", ""},
	{English, "without any objection", ""},
	{English, "without objections", ""},
	{English, "without objection", ""},
	{English, "no objections", ""},
	{English, "no objection", ""},
	{Latin, "nem. con", ""},
	{Latin, "nem.con", ""},
	{Latin, "nem con", ""},
	{Latin, "nemcon", ""},
	{Latin, "nemine contradicente", ""},
	{English, "by acclamation", ""},
	{German, "einstimmig*", ""},
	{French, "unanimit*", ""},
	{Spanish, "unanimidad", ""},
	{French, "par acclamation", ""},
}
