package vocab

// Votes: the words for each side of a vote, before or after its count
// ("7 in favour", "Ja: 14", "12 voix pour"), and the words that say a
// vote was unanimous.

// VoteFor are the words for the votes in favour.
var VoteFor = Table{
	{English, "in favour", ""},
	{English, "in favor", ""},
	{English, "for", ""},
	{English, "yes", ""},
	{English, "yeas", ""},
	{English, "yea", ""},
	{English, "ayes", ""},
	{English, "aye", ""},
	{French, "pour", ""},
	{German, "dafür", ""},
	{German, "ja", ""},
	{Spanish, "a favor", ""},
	{Spanish, "favorable", ""},
	{English, "favourable", ""},
	{Italian, "pro", ""},
}

// VoteAgainst are the words for the votes against.
var VoteAgainst = Table{
	{English, "against", ""},
	{English, "opposed", ""},
	{English, "no", ""},
	{English, "nays", ""},
	{English, "nay", ""},
	{English, "noes", ""},
	{French, "contre", ""},
	{German, "dagegen", ""},
	{German, "nein", ""},
	{Spanish, "en contra", ""},
	{Italian, "contrari", ""},
}

// VoteAbstain are the words for the abstentions.
var VoteAbstain = Table{
	{English, "abstentions", ""},
	{English, "abstention", ""},
	{English, "abstained", ""},
	{English, "abstaining", ""},
	{English, "abstains", ""},
	{English, "abstain", ""},
	{German, "enthaltungen", ""},
	{German, "enthaltung", ""},
	{Spanish, "abstenciones", ""},
	{Italian, "astenuti", ""},
	{Italian, "astensioni", ""},
}
