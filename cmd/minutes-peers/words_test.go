package main

import "testing"

func TestRecovered(t *testing.T) {
	ref := bagOf("Minutes of the 29th meeting — Kouřil: café, café")
	tests := []struct {
		got  string
		want int
	}{
		{"minutes of the 29th meeting kouřil café café", 8},
		{"Minutesofthe29thmeeting Kouřil café", 2}, // glued words are not recovered
		{"café café café café", 2},                 // a word counts as often as the reference has it
		{"", 0},
	}
	if n := ref.size(); n != 8 {
		t.Fatalf("reference of %d words, want 8", n)
	}
	for _, tt := range tests {
		if got := recovered(ref, bagOf(tt.got)); got != tt.want {
			t.Errorf("recovered(%q) = %d, want %d", tt.got, got, tt.want)
		}
	}
}
