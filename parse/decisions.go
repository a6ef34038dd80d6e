package parse

// findDecisions returns what the meeting decided, item by item.
func findDecisions(sections []section) []Decision { return nil }
