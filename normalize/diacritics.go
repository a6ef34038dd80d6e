package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"minutes/document"
)

// splitDiacritics puts back letters with diacritics that landed on their own line ('Kou' / 'ř' / 'il' -> 'Kouřil').
var splitDiacritics = Pass{
	Name:  "split-diacritics",
	About: "Puts back letters with diacritics that landed on their own line ('Kou' / 'ř' / 'il' -> 'Kouřil').",
	Apply: untilStable(applySplitDiacritics, "split diacritic rejoined|split diacritics rejoined"),
}

// When a PDF sets an accented letter in another font than its word, some
// extractors end the line there: "Daniel Kou" / "ř" / "il gave a
// presentation". The lone line holds one or two letters, at least one of
// them accented, or an accent alone ("ˇ", a combining mark). It is put
// back between its neighbours when they show the word goes on:
//
//   - a small letter: the line before ends in a letter, and the line after
//     starts right away with a small letter (the word goes on), a space or
//     closing punctuation (the word ends with the letter), or is not text;
//   - a capital starts a word: the line after starts with a small letter
//     ("Å" / "sgård").
//
// A letter that is a word on its own — "à", "é", "è", "ó", "å", "ö", "á",
// "í" in French, Italian, Portuguese, Scandinavian or Icelandic — is taken
// into a word when that word is attested (used elsewhere in the document,
// or in the word list); never when the document uses the letter as a word
// elsewhere (it is written in a language that has the word); otherwise
// only when the line after goes on at once and neither neighbouring piece
// is a word itself ("W" / "ö" / "ber"). Lone letters inside runs of
// one-character lines are the char-per-line pass's, which runs before.
//
// The same holds for a plain capital set apart at the start of a
// paragraph, a drop capital ("T" / "he meeting opened"): it is joined when
// the word it makes is attested and the capital is not a word by itself.

// maxLoneLetters is how many consecutive one-letter lines can be the
// pieces of one split word; more are a char-per-line run.
const maxLoneLetters = 2

// applySplitDiacritics rejoins each lone letter or accent with its word.
func applySplitDiacritics(doc *document.Document) []document.Warning {
	var vocab vocabulary
	lines := doc.Lines
	// In place (see Pass), though lonePieceAt reads the line before
	// lines[i]: until the first join, out is lines itself, unchanged (and
	// the vocabulary is counted then); every join takes in the line before
	// or the line after, so from then on out ends before lines[i-1].
	out := lines[:0]
	var warnings []document.Warning
	for i := 0; i < len(lines); {
		piece, end := lonePieceAt(lines, i)
		if piece == "" {
			out = append(out, lines[i])
			i++
			continue
		}
		if vocab == nil {
			vocab = vocabularyWithoutPieces(lines)
		}
		var prev, next *document.Line
		if len(out) > 0 {
			prev = &out[len(out)-1]
		}
		if end < len(lines) {
			next = &lines[end]
		}
		j, ok := joinLonePiece(piece, prev, next, lines[i], vocab)
		if !ok {
			out = append(out, lines[i:end]...)
			i = end
			continue
		}
		if j.tookPrev {
			out = out[:len(out)-1]
		}
		if j.tookNext {
			end++
		}
		out = append(out, j.line)
		i = end
		warnings = append(warnings, document.Warning{
			Place:   document.Place{Page: j.line.Page, Line: j.line.Num},
			Message: "rejoined split diacritic: " + j.word,
		})
	}
	doc.Lines = out
	return warnings
}

// lonePieceAt returns the text of the lone piece of a word that starts at
// lines[i] — one or two lines of one letter each with an accented one
// among them, an accent alone, or a capital alone — and the index after
// it; "" when there is none. Lines of one character on either side make
// it part of a longer run, which is not a split word.
func lonePieceAt(lines []document.Line, i int) (string, int) {
	if i > 0 {
		if _, ok := soleRune(lines[i-1]); ok {
			return "", i
		}
	}
	var piece []rune
	end := i
	for end < len(lines) && len(piece) <= maxLoneLetters {
		r, ok := soleRune(lines[end])
		if !ok {
			break
		}
		piece = append(piece, r)
		end++
	}
	if len(piece) == 0 || len(piece) > maxLoneLetters {
		return "", i
	}
	if len(piece) == 1 && isLoneAccent(piece[0]) {
		return string(piece), end
	}
	accented, letters := false, true
	for _, r := range piece {
		accented = accented || r >= utf8.RuneSelf
		letters = letters && unicode.IsLetter(r)
	}
	isDropCap := len(piece) == 1 && unicode.IsUpper(piece[0])
	if !letters || !(accented || isDropCap) {
		return "", i
	}
	return string(piece), end
}

// vocabularyWithoutPieces returns the vocabulary of the document less
// the words that touch a lone piece — the end of the line before it, the
// start of the line after it — which are pieces of a split word, not
// words: "D" / "ö" / "rges" does not attest "d" and "rges", however often
// the same damage recurs.
func vocabularyWithoutPieces(lines []document.Line) vocabulary {
	v := documentVocabulary(lines)
	for i := 0; i < len(lines); i++ {
		piece, end := lonePieceAt(lines, i)
		if piece == "" {
			continue
		}
		v.forget(piece)
		if i > 0 {
			v.forget(lastWordOf(lines[i-1].Text))
		}
		if end < len(lines) {
			v.forget(firstWordOf(lines[end].Text))
		}
		i = end - 1
	}
	return v
}

// isLoneAccent reports whether r is an accent that was meant to sit on a
// letter: a spacing accent or a combining mark.
func isLoneAccent(r rune) bool {
	_, spacing := spacingAccents[r]
	return spacing || unicode.Is(unicode.Mn, r)
}

// A pieceJoin is a lone piece put back into its word: the line it makes,
// which neighbours it took in, and the word, for the warning.
type pieceJoin struct {
	line               document.Line
	tookPrev, tookNext bool
	word               string
}

// joinLonePiece decides whether and how the lone piece (on the line self)
// joins the line before (prev, already repaired) and the line after
// (next); either may be nil.
func joinLonePiece(piece string, prev, next *document.Line, self document.Line, vocab vocabulary) (pieceJoin, bool) {
	if !isTextLine(prev) {
		prev = nil
	}
	if !isTextLine(next) {
		next = nil
	}
	first, _ := utf8.DecodeRuneInString(piece)
	switch {
	case isLoneAccent(first):
		return joinLoneAccent(piece, prev, next)
	case first < utf8.RuneSelf && len(piece) == 1:
		return joinDropCapital(piece, prev, next, self, vocab)
	case unicode.IsUpper(first):
		return joinCapitalPiece(piece, next, self, vocab)
	}
	return joinSmallPiece(piece, prev, next, vocab)
}

// isTextLine reports whether l is a line of running text a word can
// continue on.
func isTextLine(l *document.Line) bool {
	return l != nil && (l.Kind == document.Prose || l.Kind == document.ListItem) && !l.IsBlank()
}

// joinSmallPiece joins a piece that starts with a small letter: it is
// inside a word, so the line before must end with the word's first
// letters.
func joinSmallPiece(piece string, prev, next *document.Line, vocab vocabulary) (pieceJoin, bool) {
	if prev == nil || !endsWithLetter(prev.Text) {
		return pieceJoin{}, false
	}
	head := lastWordOf(prev.Text)
	tail, takeNext := "", false
	if next != nil {
		r, _ := utf8.DecodeRuneInString(next.Text)
		switch {
		case unicode.IsLower(r):
			tail, takeNext = firstWordOf(next.Text), true
		case r == ' ' || strings.ContainsRune(",.;:!?)]’'\"”", r):
			takeNext = true
		}
	}
	// A word that ends the line with the piece, the next line starting
	// anew, is too like a one-letter word on a line of its own.
	if !takeNext && oneLetterWords[strings.ToLower(piece)] {
		return pieceJoin{}, false
	}
	if !pieceMayJoin(piece, head, tail, vocab) {
		return pieceJoin{}, false
	}
	line := *prev
	line.Text = prev.Text + piece
	if takeNext {
		line.Text += next.Text
	}
	return pieceJoin{line: line, tookPrev: true, tookNext: takeNext, word: head + piece + tail}, true
}

// joinCapitalPiece joins an accented capital that starts a word ("Å" /
// "sgård") to the rest of its word on the next line. The line before is
// left alone: whether it was the start of the same line ("Bente Christian"
// / "Åsgård") or a line of its own (a table cell "Norway" before the name
// "Åsa Larsson") cannot be told from here, and the soft-wraps pass joins
// the lines of a paragraph anyway.
func joinCapitalPiece(piece string, next *document.Line, self document.Line, vocab vocabulary) (pieceJoin, bool) {
	if next == nil {
		return pieceJoin{}, false
	}
	r, _ := utf8.DecodeRuneInString(next.Text)
	if !unicode.IsLower(r) {
		return pieceJoin{}, false
	}
	tail := firstWordOf(next.Text)
	if !pieceMayJoin(piece, "", tail, vocab) {
		return pieceJoin{}, false
	}
	line := self
	line.Kind = next.Kind
	line.Text = leadingIndent(self.Text) + piece + next.Text
	return pieceJoin{line: line, tookNext: true, word: piece + tail}, true
}

// joinDropCapital joins a plain capital alone at the start of a paragraph
// to the rest of its word ("T" / "he meeting" → "The meeting") when that
// word is attested and the capital is not a word on its own, or the rest
// is not.
func joinDropCapital(piece string, prev, next *document.Line, self document.Line, vocab vocabulary) (pieceJoin, bool) {
	if prev != nil || next == nil {
		return pieceJoin{}, false
	}
	r, _ := utf8.DecodeRuneInString(next.Text)
	if !unicode.IsLower(r) {
		return pieceJoin{}, false
	}
	tail := firstWordOf(next.Text)
	word := piece + tail
	if !vocab.knows(word) || (oneLetterWords[strings.ToLower(piece)] && vocab.knows(tail)) {
		return pieceJoin{}, false
	}
	line := self
	line.Kind = next.Kind
	line.Text = leadingIndent(self.Text) + piece + next.Text
	return pieceJoin{line: line, tookNext: true, word: word}, true
}

// joinLoneAccent puts an accent alone on its line onto a letter of the
// line before or after, and joins the three: the word was cut around it.
func joinLoneAccent(accent string, prev, next *document.Line) (pieceJoin, bool) {
	if prev == nil || next == nil || !endsWithLetter(prev.Text) {
		return pieceJoin{}, false
	}
	r, _ := utf8.DecodeRuneInString(next.Text)
	if !unicode.IsLetter(r) {
		return pieceJoin{}, false
	}
	head, tail := lastWordOf(prev.Text), firstWordOf(next.Text)
	var word string
	if a, _ := utf8.DecodeRuneInString(accent); unicode.Is(unicode.Mn, a) {
		// A combining mark follows its letter, wherever it was drawn.
		word = norm.NFC.String(head + accent + tail)
	} else {
		var c unicodeChanges
		word = composeSpacingAccents(head+accent+tail, &c)
		if len(c.accents) == 0 {
			return pieceJoin{}, false
		}
	}
	line := *prev
	line.Text = strings.TrimSuffix(prev.Text, head) + word + strings.TrimPrefix(next.Text, tail)
	return pieceJoin{line: line, tookPrev: true, tookNext: true, word: word}, true
}

// pieceMayJoin reports whether a piece can join head (the end of the line
// before) and tail (the start of the line after) into one word. A piece
// that is not a word by itself always can. One that is ("à", "ö", "å")
// can when the word it makes is attested; never when the document uses it
// as a word elsewhere (then it is written in a language that has the
// word); and otherwise only when neither head nor tail is a word on its
// own (the vocabulary leaves out the pieces of split words, which witness
// nothing).
func pieceMayJoin(piece, head, tail string, vocab vocabulary) bool {
	if !oneLetterWords[strings.ToLower(piece)] {
		return true
	}
	if vocab.knows(head + piece + tail) {
		return true
	}
	if vocab.count(piece) > 0 {
		return false
	}
	return (head == "" || !vocab.knows(head)) && (tail == "" || !vocab.knows(tail))
}

// endsWithLetter reports whether text ends with a letter, no space after.
func endsWithLetter(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return unicode.IsLetter(r)
}

// lastWordOf returns the letters text ends with.
func lastWordOf(text string) string {
	i := strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
	if i < 0 {
		return text
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	return text[i+size:]
}

// firstWordOf returns the letters text starts with.
func firstWordOf(text string) string {
	i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
	if i < 0 {
		return text
	}
	return text[:i]
}
