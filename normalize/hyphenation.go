package normalize

import "minutes/extract"

// hyphenation undoes end-of-line hyphenation where the joined word is attested, and keeps hard hyphens ('not-for-' / 'profit').
var hyphenation = Pass{
	Name:  "hyphenation",
	About: "Undoes end-of-line hyphenation where the joined word is attested, and keeps hard hyphens ('not-for-' / 'profit').",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
