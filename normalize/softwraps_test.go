package normalize

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minutes/document"
	"minutes/extract"
)

// page3of2010 is page 3 of the 2010 seed after its running header: wrapped
// paragraphs with no blank line between them.
var page3of2010 = []string{
	"measures to ensure its security and stability. The DNS root servers were an obvious",
	"target for direct attacks, but equally the system could be compromised through poorly",
	"run or malicious actors.",
	"The measures being taken included support for DNSSEC through the signing of the root",
	"zone by mid-2010, and authenticating communication with TLD managers. In addition,",
	"vetting had been implemented to ensure new TLD applicants offered stable operations",
	"and proper security controls. This included the Attack and Contingency Response Plan",
	"(ACRP) being drawn up in conjunction with ISOC and regional ccTLD associations. In the",
	"longer term, there were proposals to disallow wildcards and glue records, and undertake",
	"more checks on Whois information.",
	"Another initiative was to provide specific DNS training to CSIRTs, and initial outreach",
	"efforts had begun at FIRST 2009 in Kyoto. This would continue at a joint ICANN-FIRST",
	"Cybersecurity Workshop that would be held on 5-8 March 2010 in Nairobi, and at FIRST",
	"2010 on 13-18 June 2010 in Miami.",
	"7. Grid Security Developments",
	"27.2 Lionel Ferette to circulate some ideas about drill exercises on the mailing list.",
	"Done.",
	"Kauto Huopio asked whether ICANN had considered that many national CSIRTs were",
	"operated by the same organisation (and in some cases the same people) as the ccTLD",
	"registry, and were already involved in DNS activities. Greg replied they were aware of",
	"some relationships, but need to investigate this further.",
}

func TestSoftWrapsPages(t *testing.T) {
	tests := []struct {
		name     string
		in       []string
		want     []string
		warnings int
	}{
		{
			name: "2010 seed: paragraphs without blank lines, a heading, an action, a status",
			in:   page3of2010,
			want: []string{
				"measures to ensure its security and stability. The DNS root servers were an obvious target for direct attacks, but equally the system could be compromised through poorly run or malicious actors.",
				"The measures being taken included support for DNSSEC through the signing of the root zone by mid-2010, and authenticating communication with TLD managers. In addition, vetting had been implemented to ensure new TLD applicants offered stable operations and proper security controls. This included the Attack and Contingency Response Plan (ACRP) being drawn up in conjunction with ISOC and regional ccTLD associations. In the longer term, there were proposals to disallow wildcards and glue records, and undertake more checks on Whois information.",
				"Another initiative was to provide specific DNS training to CSIRTs, and initial outreach efforts had begun at FIRST 2009 in Kyoto. This would continue at a joint ICANN-FIRST Cybersecurity Workshop that would be held on 5-8 March 2010 in Nairobi, and at FIRST 2010 on 13-18 June 2010 in Miami.",
				"7. Grid Security Developments",
				"27.2 Lionel Ferette to circulate some ideas about drill exercises on the mailing list.",
				"Done.",
				"Kauto Huopio asked whether ICANN had considered that many national CSIRTs were operated by the same organisation (and in some cases the same people) as the ccTLD registry, and were already involved in DNS activities. Greg replied they were aware of some relationships, but need to investigate this further.",
			},
			warnings: 1, // no blank lines: paragraph ends inferred
		},
		{
			name: "ASF board minutes: indented paragraphs and a roll call",
			in: []string{
				" 1. Call to order",
				"",
				"    The meeting was scheduled for 10:00am PDT -0700 and began when a",
				"    a sufficient attendance to constitute a quorum was recognized by the",
				"    chairman at 10:06am.  The meeting was held by teleconference",
				"    hosted by Jim Jagielski (Covalent).",
				"",
				"    IRC #apacheboard on irc.openprojects.net was used for backup",
				"    purposes.",
				"",
				" 2. Roll Call",
				"",
				"    Directors Present:",
				"        Brian Behlendorf",
				"        Ken Coar",
				"        Roy T. Fielding",
				"        Dirk-Willem van Gulik  (10:09am)",
				"",
				"    A) The Board was required to appoint a Director to fill the position",
				"       vacated by Randy.  Bill Stoddard accepted Greg Stein's nomination for",
				"       this role.  By unanimous vote, Bill Stoddard was appointed to the",
				"       Board Of Directors.",
				"",
				"       A vote was held for the appointment of Assistant Treasurer with the",
				"       following results:",
				"",
				"          Chuck:   5",
				"          Ken:     3",
			},
			want: []string{
				" 1. Call to order",
				"",
				"    The meeting was scheduled for 10:00am PDT -0700 and began when a a sufficient attendance to constitute a quorum was recognized by the chairman at 10:06am.  The meeting was held by teleconference hosted by Jim Jagielski (Covalent).",
				"",
				"    IRC #apacheboard on irc.openprojects.net was used for backup purposes.",
				"",
				" 2. Roll Call",
				"",
				"    Directors Present:",
				"        Brian Behlendorf",
				"        Ken Coar",
				"        Roy T. Fielding",
				"        Dirk-Willem van Gulik  (10:09am)",
				"",
				"    A) The Board was required to appoint a Director to fill the position vacated by Randy.  Bill Stoddard accepted Greg Stein's nomination for this role.  By unanimous vote, Bill Stoddard was appointed to the Board Of Directors.",
				"",
				"       A vote was held for the appointment of Assistant Treasurer with the following results:",
				"",
				"          Chuck:   5",
				"          Ken:     3",
			},
		},
		{
			name: "IETF notes: continuation lines indented, notes one a line",
			in: []string{
				"Mark observed that the problem of on-the-wire bits being turned into uris is",
				"  now a problem for someone else",
				"Larry masinter challenges the assertion that iri are working on this",
				"Mark/stpeter note that this is simply not a problem for _this_ working group",
				"Barry asks about changes to registry policies. If the changes are for",
				"  consistency, if made for that reason alone, that is insufficient",
				"  justification",
				"Mark provides some clarification - some cases have their own justification,",
				"  others move away from the idea that a designated expert is required (and the",
				"  difficulties associated with providing guidance are difficult to resolve)",
				"Eliot lear observes that \"ietf review\" is dangerous",
				"Mark suggests that a revisit later is probably wise, particularly since things",
				"  might change on the 5226 front",
			},
			want: []string{
				"Mark observed that the problem of on-the-wire bits being turned into uris is now a problem for someone else",
				"Larry masinter challenges the assertion that iri are working on this",
				"Mark/stpeter note that this is simply not a problem for _this_ working group",
				"Barry asks about changes to registry policies. If the changes are for consistency, if made for that reason alone, that is insufficient justification",
				"Mark provides some clarification - some cases have their own justification, others move away from the idea that a designated expert is required (and the difficulties associated with providing guidance are difficult to resolve)",
				"Eliot lear observes that \"ietf review\" is dangerous",
				"Mark suggests that a revisit later is probably wise, particularly since things might change on the 5226 front",
			},
		},
		{
			name: "a sentence split by a page break (2006 seed)",
			in: []string{
				"The potential directive would concern traffic data, e.g. user real-world identities and addresses, login times and DHCP logs, source and destination information of packets, but not the content of packets. The data collection would be compulsory for specified types of network, for data about specific services and regardless if data would be needed for the ISP itself or not. The compulsory data retention",
				"",
				"period would be 6 months to 2 years depending on the country.",
				"",
				"Andrew Cormack explained which data should be retained for which services and emphasised definition problems.",
			},
			want: []string{
				"The potential directive would concern traffic data, e.g. user real-world identities and addresses, login times and DHCP logs, source and destination information of packets, but not the content of packets. The data collection would be compulsory for specified types of network, for data about specific services and regardless if data would be needed for the ISP itself or not. The compulsory data retention period would be 6 months to 2 years depending on the country.",
				"",
				"Andrew Cormack explained which data should be retained for which services and emphasised definition problems.",
			},
			warnings: 1,
		},
		{
			name: "short notes without punctuation around blank lines stay apart (IETF)",
			in: []string{
				"drafts published on deadline, changes made since last meeting",
				"",
				"content sniffing (155):",
				"",
				"no comments/discussion on other issues",
			},
			want: []string{
				"drafts published on deadline, changes made since last meeting",
				"",
				"content sniffing (155):",
				"",
				"no comments/discussion on other issues",
			},
		},
		{
			name: "a paragraph a line (HTML, markdown) is left alone but for closing punctuation",
			in: []string{
				"The meeting was held at the Swiss Chalet in Ruidoso the day after the Annual Meeting.  Board members in attendance were:  J. Margo Clark, Claudia Lewis, Alexine Salazar",
				"The meeting was called to order by J. Margo Clark at 8:14 a.m.",
				"TREASURER’S REPORT — J. Tinka Gammel",
				"Claudia reported at outgoing Treasurer in Tinka’s absence (see",
				"http://example.org/report.pdf",
				").",
			},
			want: []string{
				"The meeting was held at the Swiss Chalet in Ruidoso the day after the Annual Meeting.  Board members in attendance were:  J. Margo Clark, Claudia Lewis, Alexine Salazar",
				"The meeting was called to order by J. Margo Clark at 8:14 a.m.",
				"TREASURER’S REPORT — J. Tinka Gammel",
				"Claudia reported at outgoing Treasurer in Tinka’s absence (see",
				"http://example.org/report.pdf).",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := testDocument(tt.in...)
			warnings := softWraps.Apply(doc)
			if diff := cmp.Diff(tt.want, textsOf(doc)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(warnings) != tt.warnings {
				t.Errorf("got %d warnings %v, want %d", len(warnings), warnings, tt.warnings)
			}
		})
	}
}

// TestJoinDecisions checks one decision at a time, with the wrap width
// given: what continues a paragraph and what starts a line of its own.
func TestJoinDecisions(t *testing.T) {
	style := wrapStyle{width: 80, maxWidth: 82, slack: 10}
	full := "The measures being taken included support for DNSSEC through the signing process"
	tests := []struct {
		name       string
		last, next document.Line
		after      []string
		want       joint
	}{
		{"full line, lower case", prose(full), prose("the root zone by mid-2010."), nil, newLine},
		{"full line, capital", prose(full), prose("Kyoto and Nairobi hosted it."), nil, newLine},
		{"short line ends a paragraph", prose("run or malicious actors."), prose("The measures being taken"), nil, noJoint},
		{"short heading", prose("Open Actions"), prose("There are currently no open actions."), nil, noJoint},
		{"open bracket goes on", prose("Greg Rattray gave a presentation on DNS security issues (see"), prose("http://www.terena.org/"), nil, newLine},
		{"function word goes on", prose("More information was available at"), prose("http://www.trusted-introducer.org/"), nil, sameLine},
		{"a continuation word starts the next line", prose("checked and updated. It also provided a trusted forum"), prose("to meet and exchange"), nil, sameLine},
		{"closing punctuation", prose("http://www.terena.org/activities/tf-csirt/meeting29/kouril-gridsec.pdf"), prose("). The EGEE project"), nil, sameLine},
		{"item number", prose(full), prose("3. CZ.NIC and CZ.NIC-CSIRT Presentation"), nil, noJoint},
		{"action number", prose(full), prose("28.1 Lionel Ferette to ask TERENA whether they can apply"), nil, noJoint},
		{"action line", prose(full), prose("ACTION 17.01: Wilfried Wöber – to ask Yuri Ito"), nil, noJoint},
		{"TF-CSIRT action", prose(full), prose("16-01 Gorazd Božič – to inform APCERT"), nil, noJoint},
		{"label", prose(full), prose("Present: Alice Smith, Bob Jones"), nil, noJoint},
		{"speaker", prose(full), prose("mnot: this is just a clarification"), nil, noJoint},
		{"status after a sentence", prose(full + " list."), prose("Done."), nil, noJoint},
		{"one word ending a sentence", prose(full + " in"), prose("Internet."), nil, newLine},
		{"bullet", prose(full), prose("• IPS Rule Changes - Ian Brookman has spoken"), nil, noJoint},
		{"private-use bullet (Word Symbol font)", prose(full), prose("\uf0b7 Training Records – more records"), nil, noJoint},
		{"markdown list item", prose(full), prose("- Needham Market application has been accepted"), nil, noJoint},
		{"chat log", prose(full), prose("08:33:36 <wycats> Domenic and I can probably handle it"), nil, noJoint},
		{"a date is not an item", prose("will take place in Vilnius, Lithuania on"), prose("29-30 March 2006 and will be sponsored by ENISA."), nil, sameLine},
		{"a year is not an item", prose(full), prose("2010 on 13-18 June 2010 in Miami."), nil, newLine},
		{"a label after an open end", prose("appointed to serve as the initial members of the"), prose("Apache Security Committee:"), nil, sameLine},
		{"a list of names", prose(full), prose("Brian Behlendorf"), []string{"Ken Coar", "Roy T. Fielding"}, noJoint},
		{"a colon introduces a block", prose("The following resolution was proposed by the chair of the committee as follows:"), prose("WHEREAS the Board of Directors deems it"), nil, noJoint},
		{"heading kind", prose(full), document.Line{Text: "Agenda", Kind: document.Heading}, nil, noJoint},
		{"table row", prose(full), document.Line{Text: "a | b", Kind: document.TableRow}, nil, noJoint},
		{"glued row", prose(full), document.Line{Text: "HillarAareleidCERT-EEEstonia", Kind: document.Glued}, nil, noJoint},
		{"one character", prose(full), prose("a"), nil, noJoint},
		{"columns", prose(full), prose("Chuck:   5"), nil, noJoint},
		{"rule", prose(full), prose("========"), nil, noJoint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := startParagraph(tt.last, style)
			var after []document.Line
			for _, a := range tt.after {
				after = append(after, prose(a))
			}
			if got := style.joins(&p, tt.next, after); got != tt.want {
				t.Errorf("joins(%q, %q) = %v, want %v", tt.last.Text, tt.next.Text, got, tt.want)
			}
		})
	}
}

func prose(text string) document.Line { return document.Line{Text: text} }

// TestSoftWrapsMarkdown keeps markdown structure: list items stay apart,
// their continuation lines join them, code stays as it is.
func TestSoftWrapsMarkdown(t *testing.T) {
	// Enough wrapped prose for the width to be measured.
	in, want := wrappedProse(nil, nil)
	in = append(in,
		"- ENISA: to publish the inventory of CERTs in Europe before the end of the",
		"  year, with the help of the members of the task force",
		"- CERT-Bund: to review the taxonomy",
		"",
		"```",
		"a line of code that is long enough to look like it was wrapped by an editor",
		"and another one that starts in lower case and continues the previous line",
		"```",
	)
	want = append(want,
		"- ENISA: to publish the inventory of CERTs in Europe before the end of the year, with the help of the members of the task force",
		"- CERT-Bund: to review the taxonomy",
		"",
		"```",
		"a line of code that is long enough to look like it was wrapped by an editor",
		"and another one that starts in lower case and continues the previous line",
		"```",
	)
	doc, err := extract.Read("notes.md", []byte(strings.Join(in, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	softWraps.Apply(doc)
	if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestWrapWidth measures the width of text wrapped at known widths, and
// tells text with a paragraph a line from wrapped text.
func TestWrapWidth(t *testing.T) {
	paragraphs := cleanParagraphs(t)
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 50; round++ {
		width := 40 + rng.Intn(60)
		var lines []string
		for _, p := range paragraphs[:10] {
			lines = append(lines, greedyWrap(p, width)...)
			lines = append(lines, "")
		}
		style := measureWrapStyle(testDocument(lines...))
		if style.width == 0 || style.width > width || style.width < width*8/10 {
			t.Errorf("wrapped at %d: measured width %d", width, style.width)
		}
		if style.maxWidth > width || style.maxWidth < style.width {
			t.Errorf("wrapped at %d: measured longest line %d (width %d)", width, style.maxWidth, style.width)
		}
	}
	if style := measureWrapStyle(testDocument(paragraphs...)); style.width != 0 {
		t.Errorf("a paragraph a line measured as wrapped at %d", style.width)
	}
}

// TestSoftWrapsGenerated wraps clean paragraphs at random widths, with
// blank lines between them and generated list items and headings among
// them, and checks that soft-wraps gives them back.
func TestSoftWrapsGenerated(t *testing.T) {
	paragraphs := cleanParagraphs(t)
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 100; round++ {
		width := 50 + rng.Intn(50)
		var in, want []string
		for k := 0; k < 8+rng.Intn(8); k++ {
			switch rng.Intn(4) {
			case 0:
				heading := []string{"1. Approval of Minutes", "Open Actions", "Participants", "II. ROLL CALL"}[rng.Intn(4)]
				in, want = append(in, heading), append(want, heading)
			case 1:
				item := "- " + paragraphs[rng.Intn(len(paragraphs))]
				wrapped := greedyWrap(item, width)
				for i := 1; i < len(wrapped); i++ {
					wrapped[i] = "  " + wrapped[i]
				}
				in, want = append(in, wrapped...), append(want, item)
			default:
				p := paragraphs[rng.Intn(len(paragraphs))]
				in, want = append(in, greedyWrap(p, width)...), append(want, p)
			}
			in, want = append(in, ""), append(want, "")
		}
		in, want = in[:len(in)-1], want[:len(want)-1]
		doc, err := extract.Read("notes.md", []byte(strings.Join(in, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		softWraps.Apply(doc)
		if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
			t.Fatalf("round %d, width %d (-want +got):\n%s", round, width, diff)
		}
		again := textsOf(doc)
		softWraps.Apply(doc)
		if diff := cmp.Diff(again, textsOf(doc)); diff != "" {
			t.Fatalf("round %d: not idempotent (-once +twice):\n%s", round, diff)
		}
	}
}

// TestSoftWrapsKeepsProvenance checks that a joined line keeps the page
// and number of its first line, and the links of all.
func TestSoftWrapsKeepsProvenance(t *testing.T) {
	doc := testDocument(page3of2010...)
	for i := range doc.Lines {
		doc.Lines[i].Page = 3
	}
	doc.Lines[1].Links = []string{"http://example.org/a"}
	softWraps.Apply(doc)
	first := doc.Lines[0]
	if first.Page != 3 || first.Num != 1 {
		t.Errorf("first paragraph has page %d, line %d; want page 3, line 1", first.Page, first.Num)
	}
	if diff := cmp.Diff([]string{"http://example.org/a"}, first.Links); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	second := doc.Lines[1]
	if second.Num != 4 {
		t.Errorf("second paragraph has line %d, want 4", second.Num)
	}
}

func FuzzSoftWraps(f *testing.F) {
	f.Add(strings.Join(page3of2010, "\n"))
	f.Add("a\nb\n\nc (see\nhttp://x/\n).\n")
	f.Add("- item that wraps\n  here\n- next\n```\ncode\n```\n")
	f.Add("    Directors Present:\n        Brian Behlendorf\n        Ken Coar\n")
	f.Fuzz(func(t *testing.T, text string) {
		checkPassOutput(t, softWraps, text)
	})
}

// TestSoftWrapsCapitalsTitle keeps a title in capitals apart from the line
// under it, in text wrapped at a measured width.
func TestSoftWrapsCapitalsTitle(t *testing.T) {
	title := []string{"PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION", "Association des Parents d'Élèves de Saint-Malo", ""}
	in, want := wrappedProse(title, title)
	want = want[:len(want)-1] // the reader keeps no line after the last break
	doc, err := extract.Read("pv.txt", []byte(strings.Join(in, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	softWraps.Apply(doc)
	if diff := cmp.Diff(want, textsOf(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// wrappedProse appends to in five paragraphs wrapped at 75 columns, and to
// want the same paragraphs joined: enough prose for the width to be
// measured.
func wrappedProse(in, want []string) ([]string, []string) {
	in, want = append([]string(nil), in...), append([]string(nil), want...)
	for i := 0; i < 5; i++ {
		in = append(in,
			"The group discussed the proposed directive at some length and agreed that",
			"the discussion should be continued at the next meeting of the task force.",
			"")
		want = append(want,
			"The group discussed the proposed directive at some length and agreed that the discussion should be continued at the next meeting of the task force.",
			"")
	}
	return in, want
}
