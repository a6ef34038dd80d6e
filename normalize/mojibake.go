package normalize

import "minutes/extract"

// mojibake repairs UTF-8 text that was decoded as Windows-1252, Latin-1 or MacRoman ('BoÅ¾iÄ', 'SuffolkÕs'), only where the repair is unambiguous.
var mojibake = Pass{
	Name:  "mojibake",
	About: "Repairs UTF-8 text that was decoded as Windows-1252, Latin-1 or MacRoman ('BoÅ¾iÄ', 'SuffolkÕs'), only where the repair is unambiguous.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
