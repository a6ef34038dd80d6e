package normalize

import "minutes/extract"

// splitNumbers joins an item number left alone on its line to its title ('3.' / 'Title' -> '3. Title') and split ordinals ('1' / 'st' -> '1st').
var splitNumbers = Pass{
	Name:  "split-numbers",
	About: "Joins an item number left alone on its line to its title ('3.' / 'Title' -> '3. Title') and split ordinals ('1' / 'st' -> '1st').",
	Apply: func(doc *extract.Document) []extract.Warning {
		return nil // TODO
	},
}
