package main

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// A bag counts the words of a text: lower-case runs of letters and
// digits.
type bag map[string]int

func bagOf(text string) bag {
	b := bag{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		b[w]++
	}
	return b
}

// size is the number of words in the bag.
func (b bag) size() int {
	n := 0
	for _, c := range b {
		n += c
	}
	return n
}

// recovered returns how many of ref's words got holds, each counted at
// most as often as ref holds it.
func recovered(ref, got bag) int {
	n := 0
	for w, c := range ref {
		n += min(c, got[w])
	}
	return n
}

// share returns a/b as a percentage, 0 when b is 0.
func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// median runs f runs times and returns the median of its wall times.
func median(runs int, f func()) time.Duration {
	times := make([]time.Duration, max(runs, 1))
	for i := range times {
		start := time.Now()
		f()
		times[i] = time.Since(start)
	}
	slices.Sort(times)
	return times[len(times)/2]
}

// medianOf returns the median of ds (0 for none).
func medianOf(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
