package normalize

import "minutes/extract"

// softWraps joins the lines of a paragraph, keeping headings, list items, numbered items, table rows and paragraph breaks.
var softWraps = Pass{
	Name:  "soft-wraps",
	About: "Joins the lines of a paragraph, keeping headings, list items, numbered items, table rows and paragraph breaks.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
