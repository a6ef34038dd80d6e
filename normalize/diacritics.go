package normalize

import "minutes/extract"

// splitDiacritics puts back letters with diacritics that landed on their own line ('Kou' / 'ř' / 'il' -> 'Kouřil').
var splitDiacritics = Pass{
	Name:  "split-diacritics",
	About: "Puts back letters with diacritics that landed on their own line ('Kou' / 'ř' / 'il' -> 'Kouřil').",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
