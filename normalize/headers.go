package normalize

import "minutes/extract"

// runningHeaders removes page headers and footers that repeat on every page, wherever they interrupt the text, and keeps their page numbers as page boundaries.
var runningHeaders = Pass{
	Name:  "running-headers",
	About: "Removes page headers and footers that repeat on every page, wherever they interrupt the text, and keeps their page numbers as page boundaries.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
