//go:build !unix

package readertest

import "time"

// cpuTime falls back on the wall clock where the processor time of the
// process is not at hand.
func cpuTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
