package store

import (
	"strings"
	"testing"
)

// FuzzPersonName checks the rules on any text: no panic; a name or a
// reason, never both; a name kept is kept again unchanged (the rules are
// idempotent) and has a key; the keys are stable under folding again.
func FuzzPersonName(f *testing.F) {
	for _, s := range []string{"Diane Oyen Open Meeting", "Committee Due Date Status", "Dr. Jürgen Sander", "Erik and Florian and Mike",
		"Teck Trek.", "All Board April Board", "Lucía Pérez pendiente 12.03.2019", "Marie Dupont en cours", "FireEye, Inc.", "ß", "\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, reason := personName(s)
		if name != "" && reason != "" {
			t.Fatalf("personName(%q) = %q and %q", s, name, reason)
		}
		if name != "" {
			if again, r := personName(name); again != name || r != "" {
				t.Fatalf("personName(%q) = %q; of that: %q, %q", s, name, again, r)
			}
			if NameKey(name) == "" {
				t.Fatalf("personName(%q) = %q, which has no key", s, name)
			}
		}
		for _, key := range []func(string) string{NameKey, OrganisationKey} {
			if k := key(s); key(k) != k || strings.Contains(k, "  ") {
				t.Fatalf("a key of %q is %q, folded again %q", s, k, key(k))
			}
		}
	})
}
