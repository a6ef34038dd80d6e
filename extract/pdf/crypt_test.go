package pdf

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minutes/document"
)

// genFixtures rewrites testdata/plain.pdf, the file the committed
// encrypted fixtures were made from with qpdf (see testdata/README.md).
var genFixtures = flag.Bool("gen-pdf-fixtures", false, "rewrite testdata/plain.pdf")

// fixtureText is the text of plain.pdf: accents and a character past
// U+0100 check that strings and streams decrypt to the right bytes.
var fixtureLines = []string{"Minutes of the 29th meeting", "Kouřil", "Participants agreed: café, naïve"}

// plainFixture builds the unencrypted source of the fixtures.
func plainFixture() []byte {
	var c contentBuilder
	c.op("BT /F1 12 Tf 72 700 Td %s Tj ET", pdfEscape(fixtureLines[0]))
	c.op("BT /F3 12 Tf 72 680 Td %s Tj ET", type0Hex(fixtureLines[1]))
	c.op("BT /F1 12 Tf 72 660 Td %s Tj ET", pdfEscape(latin1(fixtureLines[2])))
	return buildTestPDF([]string{c.String()}, true)
}

func TestGeneratePlainFixture(t *testing.T) {
	if !*genFixtures {
		t.Skip("run with -gen-pdf-fixtures to rewrite testdata/plain.pdf")
	}
	if err := os.WriteFile(filepath.Join("testdata", "plain.pdf"), plainFixture(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReadPDFEncrypted reads the fixtures qpdf encrypted with an empty
// user password, in every method, and the same text in object streams.
func TestReadPDFEncrypted(t *testing.T) {
	for _, name := range []string{"plain.pdf", "rc4-40.pdf", "rc4-128.pdf", "aes-128.pdf", "aes-256-r5.pdf", "aes-256-r6.pdf", "object-streams.pdf", "aes-256-object-streams.pdf"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Read(data)
			if err != nil {
				t.Fatal(err)
			}
			got := nonBlank(doc)
			if strings.Join(got, "\n") != strings.Join(fixtureLines, "\n") {
				t.Errorf("got %q, want %q", got, fixtureLines)
			}
		})
	}
}

// TestReadPDFUserPassword checks that a file needing a password says so.
func TestReadPDFUserPassword(t *testing.T) {
	for _, name := range []string{"user-password-aes-128.pdf", "user-password-aes-256.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Read(data)
		if !errors.Is(err, document.ErrEncrypted) || !strings.Contains(err.Error(), "encrypted with a user password") {
			t.Errorf("%s: got %v", name, err)
		}
	}
}
