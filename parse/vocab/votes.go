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
	{German, "ja-stimmen", ""},
	{German, "ja", ""},
	{Spanish, "a favor", ""},
	{Spanish, "favorable", ""},
	{English, "favourable", ""},
	{Italian, "pro", ""},
	{Italian, "favorevoli", ""},
	{Italian, "a favore", ""},
	{Dutch, "voor", ""},
	{Japanese, "賛成", ""},
	{Chinese, "赞成", ""},
	{Chinese, "贊成", ""},
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
	{German, "nein-stimmen", ""},
	{German, "nein", ""},
	{Spanish, "en contra", ""},
	{Italian, "contrari", ""},
	{Dutch, "tegen", ""},
	{German, "gegenstimmen", ""},
	{German, "gegenstimme", ""},
	{Japanese, "反対", ""},
	{Chinese, "反对", ""},
	{Chinese, "反對", ""},
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
	{Italian, "astenuto", ""},
	{French, "abstentions", ""},
	{French, "abstention", ""},
	{Spanish, "abstención", ""},
	{Dutch, "onthoudingen", ""},
	{Dutch, "onthouding", ""},
	{Dutch, "blanco", ""},
	{Portuguese, "abstenções", ""},
	{Portuguese, "abstenção", ""},
	{Japanese, "棄権", ""},
	{Chinese, "弃权", ""},
	{Chinese, "棄權", ""},
}

// VoteLabels are the labels that open a vote: what was put to the vote
// follows them, its tally after it ("Abstimmung: Renate als Vertreterin
// 6/0/1 angenommen", "Vote: adopt the budget 7/0/0").
var VoteLabels = Table{
	{English, "vote", ""},
	{English, "voting", ""},
	{English, "ballot", ""},
	{French, "vote", ""},
	{French, "scrutin", ""},
	{German, "abstimmung", ""},
	{German, "abstimmungsergebnis", ""},
	{Spanish, "votación", ""},
	{Dutch, "stemming", ""},
	{Italian, "votazione", ""},
	{Portuguese, "votação", ""},
	{Japanese, "採決", ""},
	{Chinese, "表决", ""},
	{Chinese, "表決", ""},
}

// VoteWords say that a sentence is about a vote, so that a bare score in
// it ("7/0/0", "5-2") is a tally and not a date or a range.
var VoteWords = Table{
	{English, "vot*", ""},
	{English, "ballot*", ""},
	{English, "carried", ""},
	{English, "passed", ""},
	{English, "motion", ""},
	{French, "scrutin", ""},
	{French, "voix", ""},
	{German, "abstimmung*", ""},
	{German, "stimmen", ""},
	{German, "beschlossen", ""},
	{German, "beschluss", ""},
	{German, "angenommen", ""},
	{German, "abgelehnt", ""},
	{Dutch, "stemming", ""},
	{Dutch, "stemmen", ""},
	{Dutch, "aangenomen", ""},
	{Spanish, "votación", ""},
	{Spanish, "votos", ""},
	{Italian, "votazione", ""},
	{Italian, "voti", ""},
	{Portuguese, "votação", ""},
	{Portuguese, "votos", ""},
}
