package main

import (
	"encoding/json"
	"net"
	"strings"
	"testing"
)

// TestServeWarnsOffLoopback checks the one-line warning printed when the
// view listens where other machines reach it, and only then.
func TestServeWarnsOffLoopback(t *testing.T) {
	for _, tt := range []struct {
		addr string
		warn bool
	}{{"127.0.0.1:0", false}, {"[::1]:0", false}, {"localhost:0", false}, {"0.0.0.0:0", true}, {":0", true}} {
		l, err := net.Listen("tcp", tt.addr)
		if err != nil {
			t.Logf("%s: %v (skipped)", tt.addr, err)
			continue
		}
		w := exposedWarning(l.Addr())
		l.Close()
		if (w != "") != tt.warn {
			t.Errorf("%s: warning %q", tt.addr, w)
		}
		if tt.warn && (strings.Count(w, "\n") > 0 || !strings.Contains(w, "no authentication")) {
			t.Errorf("%s: the warning is not one line saying there is no authentication: %q", tt.addr, w)
		}
	}
}

// TestMetadataKeyedByFileName checks that minutes metadata keys the
// metadata by the name Datasette gives the database file.
func TestMetadataKeyedByFileName(t *testing.T) {
	status, out, errOut := runCLI(t, "metadata", "--db", "/tmp/my archive.sqlite")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	var meta struct {
		Databases map[string]struct {
			Queries map[string]any `json:"queries"`
		} `json:"databases"`
	}
	if err := json.Unmarshal([]byte(out), &meta); err != nil {
		t.Fatal(err)
	}
	if len(meta.Databases["my archive"].Queries) == 0 {
		t.Errorf("no canned queries under \"my archive\": %v", meta.Databases)
	}
}
