package parse

import "minutes/extract"

// findParticipants reads the document's attendance lists and tables.
func findParticipants(lines []extract.Line, opts Options) ([]Participant, []extract.Warning) {
	return nil, nil
}
