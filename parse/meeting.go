package parse

import (
	"strings"

	"minutes/extract"
)

// findMeeting reads the meeting's header: for now the first non-blank line
// is the title and the first date in the first lines is the date.
func findMeeting(lines []extract.Line) (Meeting, []extract.Warning) {
	var m Meeting
	var warnings []extract.Warning
	for i, l := range lines {
		if i > 20 {
			break
		}
		text := strings.Trim(strings.TrimSpace(l.Text), "*#_ ")
		if text == "" {
			continue
		}
		if m.Title == "" {
			m.Title = String(text)
		}
		if m.Date == "" {
			if d, ok := findDate(text); ok {
				m.Date, m.EndDate = d.Start, d.End
			}
		}
	}
	if m.Date == "" {
		warnings = append(warnings, extract.Warning{Stage: "meeting", Message: "no meeting date found"})
	}
	return m, warnings
}
