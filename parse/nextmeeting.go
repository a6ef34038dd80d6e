package parse

// findNextMeetings finds announced future meetings of the same body.
func findNextMeetings(sections []section, m Meeting, order numericOrder) []NextMeeting {
	return nil
}
