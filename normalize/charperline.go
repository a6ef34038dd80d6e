package normalize

import "minutes/extract"

// charPerLine rejoins runs of one-character lines (table rows whose spaces were lost) into one line of kind Glued.
var charPerLine = Pass{
	Name:  "char-per-line",
	About: "Rejoins runs of one-character lines (table rows whose spaces were lost) into one line of kind Glued.",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
