package ocr

// The engine: the tesseract command, its TSV output, its installed
// languages and its orientation detection (OSD).

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
)

// An Engine is one installed tesseract program.
type Engine struct {
	path      string   // the program
	version   string   // "5.3.0"
	languages []string // installed trained languages, without "osd"
	osd       bool     // osd.traineddata is installed
}

// installHint says how to install Tesseract on Debian and Ubuntu.
const installHint = "apt-get install tesseract-ocr tesseract-ocr-eng (and tesseract-ocr-fra, -deu … for other languages)"

// ErrNotInstalled is why scanned pages are not read on a machine without
// Tesseract. Its message says how to install it.
var ErrNotInstalled = errors.New("tesseract is not installed; to read scanned pages, " + installHint)

// engines caches what each tesseract program found on PATH said of
// itself, so its version and languages are asked once per process.
var engines sync.Map // path → *Engine

// FindEngine looks up the tesseract command on PATH and asks it, once per
// process, for its version and languages. It returns ErrNotInstalled when
// there is none, or none with any language.
func FindEngine() (*Engine, error) {
	path, err := exec.LookPath("tesseract")
	if err != nil {
		return nil, ErrNotInstalled
	}
	if e, ok := engines.Load(path); ok {
		return e.(*Engine), nil
	}
	e := &Engine{path: path}
	if out, err := exec.Command(path, "--version").CombinedOutput(); err == nil {
		e.version = parseVersion(string(out))
	}
	out, err := exec.Command(path, "--list-langs").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("tesseract does not run (%v); to read scanned pages, %s", err, installHint)
	}
	e.languages, e.osd = parseLanguages(string(out))
	if len(e.languages) == 0 {
		return nil, fmt.Errorf("tesseract has no trained language installed; to read scanned pages, %s", installHint)
	}
	engines.Store(path, e)
	return e, nil
}

// Name is the engine and its version: "tesseract 5.3.0".
func (e *Engine) Name() string {
	if e.version == "" {
		return "tesseract"
	}
	return "tesseract " + e.version
}

// Languages are the installed trained languages.
func (e *Engine) Languages() []string { return e.languages }

// parseVersion finds the version in `tesseract --version`'s first line
// ("tesseract 5.3.0").
func parseVersion(out string) string {
	first, _, _ := strings.Cut(out, "\n")
	f := strings.Fields(first)
	if len(f) >= 2 && f[0] == "tesseract" {
		return strings.TrimPrefix(f[1], "v")
	}
	return ""
}

// parseLanguages reads `tesseract --list-langs`: a heading line, then one
// language a line. "osd" is no language to read text in.
func parseLanguages(out string) (langs []string, osd bool) {
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.Contains(line, " "):
		case line == "osd":
			osd = true
		default:
			langs = append(langs, line)
		}
	}
	return langs, osd
}

// ReadImage reads the words of a page image in the given languages. A
// page that reads badly is checked for its orientation (when OSD is
// installed) and read again turned; bold words are marked by their ink,
// and the words' skew is then taken out.
func (e *Engine) ReadImage(ctx context.Context, img image.Image, dpi float64, langs []string) (*Page, error) {
	data, err := encodePNG(img)
	if err != nil {
		return nil, err
	}
	p, err := e.recognize(ctx, data, dpi, langs)
	if err != nil {
		return nil, err
	}
	p.Size = img.Bounds().Size()
	read := img // the image the words were read from
	if e.osd && readsBadly(p) {
		if turn := e.orientation(ctx, data, dpi); turn != 0 {
			turned := Turn(img, turn)
			if data, err := encodePNG(turned); err == nil {
				if q, err := e.recognize(ctx, data, dpi, langs); err == nil && readingScore(q) > readingScore(p) {
					q.Size, q.Turned = turned.Bounds().Size(), turn
					p, read = q, turned
				}
			}
		}
	}
	markBold(read, p.Words)
	deskew(p)
	return p, nil
}

// readsBadly reports whether a page's words suggest it was read the wrong
// way up: few words, a low mean confidence, or words standing on end
// (Tesseract reads a page on its side as columns of vertical lines).
func readsBadly(p *Page) bool {
	return len(p.Words) < 10 || p.Conf() < 60 || standingWords(p.Words)*2 > len(p.Words)
}

// readingScore rates a reading of a page for choosing between two ways
// up: its mean confidence, less the share of its words standing on end.
func readingScore(p *Page) float64 {
	if len(p.Words) == 0 {
		return 0
	}
	return p.Conf() * (1 - float64(standingWords(p.Words))/float64(len(p.Words)))
}

// standingWords counts the words of four or more letters whose boxes are
// taller than wide.
func standingWords(words []Word) int {
	n := 0
	for _, w := range words {
		if len([]rune(w.Text)) >= 4 && w.Box.Dy() > w.Box.Dx() {
			n++
		}
	}
	return n
}

// recognize runs tesseract on an encoded image and parses its TSV.
func (e *Engine) recognize(ctx context.Context, data []byte, dpi float64, langs []string) (*Page, error) {
	out, err := e.run(ctx, data, "--dpi", dpiArg(dpi), "-l", strings.Join(langs, "+"), "--psm", "3", "tsv")
	if err != nil {
		return nil, err
	}
	return &Page{Words: parseTSV(out)}, nil
}

// orientation asks OSD how many degrees the page must be turned clockwise
// to stand upright: 0 when it is, or when OSD is unsure.
func (e *Engine) orientation(ctx context.Context, data []byte, dpi float64) int {
	out, err := e.run(ctx, data, "--dpi", dpiArg(dpi), "--psm", "0", "-l", "osd")
	if err != nil {
		return 0
	}
	return parseOSD(out)
}

// minOSDConf is the orientation confidence OSD must give to be followed.
const minOSDConf = 2

// parseOSD reads OSD's "Rotate: 90" and "Orientation confidence: 7.5".
func parseOSD(out []byte) int {
	rotate, conf := 0, 0.0
	for _, line := range strings.Split(string(out), "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "Rotate":
			rotate, _ = strconv.Atoi(val)
		case "Orientation confidence":
			conf, _ = strconv.ParseFloat(val, 64)
		}
	}
	if conf < minOSDConf {
		return 0
	}
	switch rotate {
	case 90, 180, 270:
		return rotate
	}
	return 0
}

// run runs tesseract with the image on its standard input and returns its
// standard output. One thread per process: the batch already runs a
// process per core, and Tesseract's own threads only add contention.
func (e *Engine) run(ctx context.Context, image []byte, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, e.path, append([]string{"stdin", "stdout"}, args...)...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.Stdin = bytes.NewReader(image)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := strings.TrimSpace(stderr.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		return nil, fmt.Errorf("tesseract failed (%v): %s", err, msg)
	}
	return stdout.Bytes(), nil
}

func dpiArg(dpi float64) string {
	return strconv.Itoa(max(70, min(1200, int(dpi+0.5))))
}

// encodePNG encodes an image for tesseract's standard input, fast rather
// than small.
func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// parseTSV reads tesseract's TSV output: a header, then one row per page,
// block, paragraph, line and word (level 5), with the box in pixels and
// the confidence. Words of one line are numbered alike, through the page.
// Empty words are dropped.
func parseTSV(out []byte) []Word {
	var words []Word
	line, lastKey := 0, ""
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 || f[0] != "5" {
			continue
		}
		text := strings.TrimSpace(f[11])
		if text == "" {
			continue
		}
		n := make([]int, 8)
		for i := range n {
			n[i], _ = strconv.Atoi(f[i+2])
		}
		conf, _ := strconv.ParseFloat(f[10], 64)
		if key := f[2] + "/" + f[3] + "/" + f[4]; key != lastKey {
			line++
			lastKey = key
		}
		left, top, width, height := n[4], n[5], n[6], n[7]
		words = append(words, Word{
			Text: text,
			Box:  image.Rect(left, top, left+width, top+height),
			Conf: max(conf, 0),
			Line: line,
		})
	}
	return words
}
