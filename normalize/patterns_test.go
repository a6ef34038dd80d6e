package normalize

import (
	"testing"

	"minutes/internal/rx"
)

// TestPatternsCompile compiles every pattern of the package: they are
// compiled on first use, so a broken one would otherwise fail only on the
// input that reaches it.
func TestPatternsCompile(t *testing.T) {
	if err := rx.CompileAll(); err != nil {
		t.Fatal(err)
	}
}
