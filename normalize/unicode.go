package normalize

import "minutes/extract"

// unicodeForm composes characters to NFC, joins spacing accents to their letters and turns odd white space into plain spaces.
var unicodeForm = Pass{
	Name:  "unicode-form",
	About: "Composes characters to NFC, joins spacing accents to their letters and turns odd white space into plain spaces.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
