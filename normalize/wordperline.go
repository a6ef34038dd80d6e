package normalize

import "minutes/extract"

// wordPerLine rejoins justified text that came out one word per line, attaching '(' and ')' correctly.
var wordPerLine = Pass{
	Name:  "word-per-line",
	About: "Rejoins justified text that came out one word per line, attaching '(' and ')' correctly.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
