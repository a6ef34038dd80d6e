package normalize

import "minutes/extract"

// brokenURLs rejoins URLs broken across lines after '/' or '-'.
var brokenURLs = Pass{
	Name:  "broken-urls",
	About: "Rejoins URLs broken across lines after '/' or '-'.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
