package normalize

import "minutes/extract"

// pageChrome drops the chrome of the web page a text was scraped from: viewer label/value lines, a summary that duplicates the body, comment boxes.
var pageChrome = Pass{
	Name:  "page-chrome",
	About: "Drops the chrome of the web page a text was scraped from: viewer label/value lines, a summary that duplicates the body, comment boxes.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
