//go:build unix

package readertest

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the test process has used. Timing
// tests measure it rather than the wall clock, so that other programs
// sharing the machine do not make a linear reader look quadratic.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
