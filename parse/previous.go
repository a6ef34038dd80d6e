package parse

// findPreviousMinutes finds the approval of the last meeting's minutes.
func findPreviousMinutes(sections []section, m Meeting, order numericOrder) *PreviousMinutes {
	return nil
}
