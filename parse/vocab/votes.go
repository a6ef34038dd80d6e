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
	{Japanese, "賛否", ""},
	{Japanese, "採決", ""},
	{Chinese, "表决", ""},
	{Chinese, "表決", ""},
}

// VoteMarks are the marks a table of votes by name writes in each
// member's cell, with the side each gives: "〇" and "×" in Japanese
// council tables ("〇：賛成、×：反対"), "Y" / "N" / "A" and the side's
// own word in English, German, French, Spanish, Dutch, Italian and
// Portuguese ones. "x" alone is left out: a tick in one table, a cross
// against in another.
var VoteMarks = Table{
	{Japanese, "〇", "for"},
	{Japanese, "○", "for"},
	{Japanese, "◯", "for"},
	{Japanese, "賛成", "for"},
	{Japanese, "×", "against"},
	{Japanese, "反対", "against"},
	{Japanese, "棄権", "abstain"},
	{Japanese, "欠席", "absent"},
	{Chinese, "赞成", "for"},
	{Chinese, "反对", "against"},
	{Chinese, "弃权", "abstain"},
	{Chinese, "缺席", "absent"},
	{English, "✓", "for"},
	{English, "✔", "for"},
	{English, "✗", "against"},
	{English, "✘", "against"},
	{English, "y", "for"},
	{English, "yes", "for"},
	{English, "aye", "for"},
	{English, "yea", "for"},
	{English, "for", "for"},
	{English, "n", "against"},
	{English, "no", "against"},
	{English, "nay", "against"},
	{English, "against", "against"},
	{English, "a", "abstain"},
	{English, "abs", "abstain"},
	{English, "abstain", "abstain"},
	{English, "absent", "absent"},
	{German, "ja", "for"},
	{German, "nein", "against"},
	{German, "dafür", "for"},
	{German, "dagegen", "against"},
	{German, "enthaltung", "abstain"},
	{German, "abwesend", "absent"},
	{French, "pour", "for"},
	{French, "contre", "against"},
	{French, "abstention", "abstain"},
	{French, "absent", "absent"},
	{Spanish, "sí", "for"},
	{Spanish, "a favor", "for"},
	{Spanish, "en contra", "against"},
	{Spanish, "abstención", "abstain"},
	{Spanish, "ausente", "absent"},
	{Dutch, "voor", "for"},
	{Dutch, "tegen", "against"},
	{Dutch, "onthouding", "abstain"},
	{Dutch, "afwezig", "absent"},
	{Italian, "favorevole", "for"},
	{Italian, "contrario", "against"},
	{Italian, "astenuto", "abstain"},
	{Italian, "assente", "absent"},
	{Portuguese, "sim", "for"},
	{Portuguese, "a favor", "for"},
	{Portuguese, "contra", "against"},
	{Portuguese, "não", "against"},
	{Portuguese, "abstenção", "abstain"},
	{Portuguese, "ausente", "absent"},
}

// AllBelow are the phrases of a note in a table of votes by name that
// gives every member listed after it the same vote, so that only those
// who voted otherwise are marked one by one: "以下全員、全議案に〇" (all
// below: 〇 on every bill), "All others: Aye".
var AllBelow = Table{
	{Japanese, "以下全員", ""},
	{Japanese, "以下同じ", ""},
	{Japanese, "以下同様", ""},
	{Chinese, "以下全部", ""},
	{Chinese, "其余全部", ""},
	{Chinese, "其他全部", ""},
	{English, "all others", ""},
	{English, "all other members", ""},
	{English, "all remaining", ""},
	{French, "tous les autres", ""},
	{French, "toutes les autres", ""},
	{German, "alle übrigen", ""},
	{German, "alle anderen", ""},
	{Spanish, "todos los demás", ""},
	{Dutch, "alle overige", ""},
	{Dutch, "alle anderen", ""},
	{Italian, "tutti gli altri", ""},
	{Portuguese, "todos os demais", ""},
}
