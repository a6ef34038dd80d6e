package normalize

import "minutes/extract"

// letterSpacing turns letter-spaced headings ('P a r t i c i p a n t s') back into words.
var letterSpacing = Pass{
	Name:  "letter-spacing",
	About: "Turns letter-spaced headings ('P a r t i c i p a n t s') back into words.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
