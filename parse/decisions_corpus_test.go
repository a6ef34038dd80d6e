package parse

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A decisionWant is what a test expects of one decision of a corpus
// document: the start of its text, its kind, id and votes.
type decisionWant struct {
	prefix string
	kind   String
	id     String
	votes  *Votes
}

func TestDecisionsCorpus(t *testing.T) {
	tests := []struct {
		file string
		want []decisionWant // all the document's decisions, in order
	}{
		{"txt/asf-board-minutes-2002-10-09.txt", []decisionWant{
			{"Bill Stoddard was appointed to the Board Of Directors", kindElection, "", unanimous()},
			{"Chuck was appointed Assistant Treasurer", kindElection, "", nil},
			{"the Concom was allocated a budget of $5000 (US)", kindMotion, "", votes(6, 2, 0)},
			{`that an ASF Board Committee, to be known as the "Apache Security Team"`, kindResolution, "", unanimous()},
			{"that it still made sense for the Treasurer to also chair this committee", kindAgreement, "", nil},
		}},
		{"txt/asf-board-minutes-2000-12-20.txt", []decisionWant{
			{"that a Project Management Committee, to be known as the \"APR Committee\"", kindResolution, "R1", unanimous()},
		}},
		{"txt/ietf-httpbis-70-minutes-2007.txt", []decisionWant{
			{"to move forward with the partitioned drafts as a starting point", kindAgreement, "", nil},
			{"the editors were directed to proceed with a straight mechanical translation", kindAgreement, "", nil},
			{"to use draft-sayre-http-security-variance as a base", kindAgreement, "", nil},
			{"that the way forward is to clarify intent that ETag is a response header", kindAgreement, "", nil},
			{"that the fact that they aren't specified", kindAgreement, "", nil},
		}},
		{"md/nodejs-tsc-minutes-2015-06-03.md", []decisionWant{
			{"that we want nan to release first", kindAgreement, "", nil},
			{"to tentatively move forward with experimentation", kindAgreement, "", nil},
		}},
		{"html/w3c-tag-2015-01-29-packaging-minutes.html", nil},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			got := findDecisions(corpusSections(t, tt.file))
			if len(got) != len(tt.want) {
				t.Fatalf("%d decisions, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				d := got[i]
				if !strings.HasPrefix(string(d.Text), w.prefix) || d.Kind != w.kind || d.ID != w.id {
					t.Errorf("decision %d = %q (%s, id %q), want %q… (%s, id %q)", i, d.Text, d.Kind, d.ID, w.prefix, w.kind, w.id)
				}
				if diff := cmp.Diff(w.votes, d.Votes); diff != "" {
					t.Errorf("decision %d votes (-want +got):\n%s", i, diff)
				}
			}
		})
	}
}
