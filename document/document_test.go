package document

import (
	"errors"
	"strings"
	"testing"
)

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Path: "a.txt", Err: ErrBinary}, "a.txt: file holds binary data, not text"},
		{&Error{Path: "a.pdf", Place: Place{Page: 3}, Err: ErrEncrypted}, "a.pdf: page 3: PDF is encrypted with a password"},
		{&Error{Path: "a.html", Place: Place{Line: 7}, Err: ErrEmpty}, "a.html: line 7: file is empty"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, tt.err.Err) {
			t.Errorf("%v does not unwrap to %v", tt.err, tt.err.Err)
		}
	}
}

func TestKindNames(t *testing.T) {
	seen := map[string]bool{}
	for k := Prose; k <= Rule; k++ {
		name := k.String()
		if strings.HasPrefix(name, "kind(") || seen[name] {
			t.Errorf("kind %d has name %q", k, name)
		}
		seen[name] = true
	}
	if got := Kind(200).String(); got != "kind(200)" {
		t.Errorf("unknown kind = %q", got)
	}
}
