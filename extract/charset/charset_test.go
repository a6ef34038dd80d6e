package charset

import (
	"minutes/extract/internal/readertest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Words of Polish and Czech minutes, in ISO-8859-2 and Windows-1250.
var centralWords = []string{
	"posiedzenie", "zarządu", "obecni", "przewodniczący", "Łódź", "Wrocław", "Kraków", "uchwała",
	"Gdańsk", "Józef", "Szczęsny", "żółty", "schůze", "výboru", "přítomni", "Dvořák", "Růžena",
	"Šťastný", "Žižka", "minutes", "meeting", "action",
}

func hasC1Bytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 && c <= 0x9F {
			return true
		}
	}
	return false
}

// TestDecodeTextRoundTrip encodes generated text in each encoding and
// checks that DecodeText gives it back and names the encoding.
func TestDecodeTextRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		enc   encoding.Encoding
		want  string
	}{
		{"utf-8", readertest.WesternWords, unicode.UTF8, "utf-8"},
		{"utf-8 with BOM", readertest.WesternWords, unicode.UTF8BOM, "utf-8"},
		{"utf-16le with BOM", readertest.WesternWords, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "utf-16le"},
		{"utf-16be with BOM", centralWords, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "utf-16be"},
		{"utf-16le without BOM", readertest.WesternWords, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"},
		{"utf-16be without BOM", readertest.WesternWords, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"},
		{"utf-32le with BOM", readertest.WesternWords, utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), "utf-32le"},
		{"utf-32be with BOM", centralWords, utf32.UTF32(utf32.BigEndian, utf32.UseBOM), "utf-32be"},
		{"windows-1252", readertest.WesternWords, charmap.Windows1252, "windows-1252"},
		{"macintosh", readertest.WesternWords, charmap.Macintosh, "macintosh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, text := range readertest.Sentences(tt.words, 200, uint64(len(tt.name))) {
				data := readertest.Encode(t, tt.enc, text)
				dec, err := DecodeText(data)
				if err != nil {
					t.Fatalf("text %d: %v", i, err)
				}
				want := tt.want
				if want == "windows-1252" && !hasC1Bytes(data) {
					want = "iso-8859-1" // the bytes are Latin-1 too (TestLatin1Name)
				}
				if dec.Text != text || dec.Codec.name != want {
					t.Fatalf("text %d read as %s, want %s:\n%s", i, dec.Codec.name, tt.want, cmp.Diff(text, dec.Text))
				}
			}
		})
	}
}

// TestDecodeCentralEuropean checks the Central European code pages on
// generated Polish and Czech text. They cannot always be told apart: a text
// whose only accented letters sit where Windows-1252 has a letter too (ń
// and ñ, ř and ø, ę and ê) reads as plausibly in either, and a tie goes to
// Windows-1252. The floor measures that such texts stay rare.
func TestDecodeCentralEuropean(t *testing.T) {
	tests := []struct {
		name string
		enc  encoding.Encoding
	}{
		{"iso-8859-2", charmap.ISO8859_2},
		{"windows-1250", charmap.Windows1250},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			texts := readertest.Sentences(centralWords, 1000, 11)
			right := 0
			for _, text := range texts {
				dec, err := DecodeText(readertest.Encode(t, tt.enc, text))
				if err != nil {
					t.Fatal(err)
				}
				if dec.Text == text && dec.Codec.name == tt.name {
					right++
				}
			}
			if right*100 < len(texts)*97 {
				t.Errorf("%d of %d texts read right, want 97%%", right, len(texts))
			}
		})
	}
}

// TestLatin1Name checks that Windows-1252 text that uses none of the bytes
// where it differs from ISO-8859-1 is named iso-8859-1.
func TestLatin1Name(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Réunion du comité, présents: Gaëtan Gagné.", "iso-8859-1"},
		{"Réunion du comité – présents: Gaëtan’s team.", "windows-1252"},
	}
	for _, tt := range tests {
		dec, err := DecodeText(readertest.Encode(t, charmap.Windows1252, tt.text))
		if err != nil || dec.Text != tt.text || dec.Codec.name != tt.want {
			t.Errorf("DecodeText(%q) = %q as %s, %v; want %s", tt.text, dec.Text, dec.Codec.name, err, tt.want)
		}
	}
}

// TestRunePlausibility checks the scores the guesses rest on, with the
// readings real wrong code pages give.
func TestRunePlausibility(t *testing.T) {
	tests := []struct {
		right, wrong string // the same bytes read with the right and a wrong code page
	}{
		{"Kelly’s home", "KellyÕs home"}, // MacRoman ’ read as Latin-1
		{"I’ll need", "IÕll need"},       // after a capital
		{"or more – see below", "or more Ð see below"},
		{"“draft”", "ÒdraftÓ"},             // MacRoman quotes
		{"Bürgermeister", "B¸rgermeister"}, // Latin-1 ü read as MacRoman
		{"café", "cafÈ"},                   // Latin-1 é read as MacRoman
		{"naïve", "naÔve"},
		{"Łódź", "£ódŸ"}, // ISO-8859-2 read as Windows-1252
		{"2–3 May", "2Ð3 May"},
	}
	for _, tt := range tests {
		if r, w := textScore(tt.right), textScore(tt.wrong); r <= w {
			t.Errorf("score(%q) = %d is not above score(%q) = %d", tt.right, r, tt.wrong, w)
		}
	}
}

// textScore scores every non-ASCII rune of s in its context.
func textScore(s string) int {
	runes := []rune(" " + s + " ")
	score := 0
	for i := 1; i < len(runes)-1; i++ {
		if runes[i] >= utf8.RuneSelf {
			score += runeScore(runes[i-1], runes[i], runes[i+1])
		}
	}
	return score
}

func TestMixedUTF8(t *testing.T) {
	utf8Part := "Minutes of the meeting\nGorazd Božič welcomed the participants\n"
	legacyLine := readertest.Encode(t, charmap.Windows1252, "Action: Kelly’s report – due in May\n")
	macLine := readertest.Encode(t, charmap.Macintosh, "Note: the committee’s chair – Ana Peña\n")
	tests := []struct {
		name     string
		data     []byte
		want     string
		warnings []string
	}{
		{
			name:     "a Windows-1252 line in UTF-8",
			data:     append([]byte(utf8Part), legacyLine...),
			want:     utf8Part + "Action: Kelly’s report – due in May\n",
			warnings: []string{"line 3: 2 bytes are not valid UTF-8; read as Windows-1252"},
		},
		{
			name:     "a MacRoman line in UTF-8",
			data:     append([]byte(utf8Part+"ok\r\n"), macLine...),
			want:     utf8Part + "ok\r\nNote: the committee’s chair – Ana Peña\n",
			warnings: []string{"line 4: 3 bytes are not valid UTF-8; read as MacRoman"},
		},
		{
			name:     "a CRLF file with a Windows-1252 word",
			data:     append([]byte("Gorazd Božič\r\nCaf"), 0xE9, '\r', '\n'),
			want:     "Gorazd Božič\r\nCafé\r\n",
			warnings: []string{"line 2: 1 byte is not valid UTF-8; read as Windows-1252"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, err := DecodeText(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			var warnings []string
			for _, w := range dec.Warnings {
				warnings = append(warnings, w.String())
			}
			if dec.Codec.name != "utf-8" || dec.Text != tt.want || !cmp.Equal(warnings, tt.warnings) {
				t.Errorf("DecodeText = %s %q %q\nwant utf-8 %q %q", dec.Codec.name, dec.Text, warnings, tt.want, tt.warnings)
			}
		})
	}
}

// TestTruncatedUTF8 checks that a character cut at the end of a UTF-8
// file costs only that character, with a warning on its line.
func TestTruncatedUTF8(t *testing.T) {
	dec, err := DecodeText([]byte("Gorazd Božič\nend \xc4"))
	if err != nil {
		t.Fatal(err)
	}
	if dec.Codec.name != "utf-8" || !strings.HasPrefix(dec.Text, "Gorazd Božič\nend ") ||
		utf8.RuneCountInString(dec.Text) != len([]rune("Gorazd Božič\nend "))+1 ||
		len(dec.Warnings) != 1 || dec.Warnings[0].Place.Line != 2 {
		t.Errorf("DecodeText = %s %q %v", dec.Codec.name, dec.Text, dec.Warnings)
	}
}

// TestMixedUTF8WarningsAreBounded checks that a file with invalid bytes on
// many lines gets a bounded number of warnings, the last counting the rest.
func TestMixedUTF8WarningsAreBounded(t *testing.T) {
	var b []byte
	for range 50 {
		b = append(b, "Božič – "...)
		b = append(b, 0x92, '\n')
	}
	dec, err := DecodeText(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(dec.Warnings) != maxRepairWarnings+1 || !strings.Contains(dec.Warnings[maxRepairWarnings].Message, "40 more lines") {
		t.Errorf("%d warnings, last %q", len(dec.Warnings), dec.Warnings[len(dec.Warnings)-1])
	}
}

func TestSniffUTF16(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"little-endian ASCII", readertest.Encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "Minutes of the meeting"), "utf-16le"},
		{"big-endian ASCII", readertest.Encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "Minutes of the meeting"), "utf-16be"},
		{"plain ASCII", []byte("Minutes of the meeting"), ""},
		{"too short", []byte("a\x00b\x00"), ""},
		{"zeros everywhere (binary)", make([]byte, 64), ""},
	}
	for _, tt := range tests {
		c, ok := SniffUTF16(tt.data)
		if (ok && c.name != tt.want) || (!ok && tt.want != "") {
			t.Errorf("%s: SniffUTF16 = %q %v, want %q", tt.name, c.name, ok, tt.want)
		}
	}
}

func TestLookupCharset(t *testing.T) {
	tests := []struct {
		label string
		data  string
		want  string
		ok    bool
	}{
		{"UTF-8", "", "utf-8", true},
		{" iso-8859-1 ", "Caf\xe9", "iso-8859-1", true},
		{"latin1", "\x93quoted\x94", "windows-1252", true},
		{"x-mac-roman", "", "macintosh", true},
		{"windows-1250", "", "windows-1250", true},
		{"koi8-r", "", "koi8-r", true},
		{"shift_jis", "", "shift_jis", true},
		{"no-such-charset", "", "", false},
	}
	for _, tt := range tests {
		c, ok := lookupCharset(tt.label, []byte(tt.data))
		if ok != tt.ok || c.name != tt.want {
			t.Errorf("lookupCharset(%q) = %q %v, want %q %v", tt.label, c.name, ok, tt.want, tt.ok)
		}
	}
}

func TestCharsetParam(t *testing.T) {
	tests := map[string]string{
		"text/html; charset=iso-8859-1":       "iso-8859-1",
		"text/html;charset=\"UTF-8\"":         "UTF-8",
		"text/html; CHARSET = 'windows-1252'": "windows-1252",
		"text/html; charset=utf-8; x=y":       "utf-8",
		"text/html":                           "",
		"text/html; charset=":                 "",
		"charset=\"unterminated":              "",
	}
	for in, want := range tests {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}
