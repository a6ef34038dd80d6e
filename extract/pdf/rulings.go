package pdf

// Rulings: the straight lines a page draws, which is how most tables
// mark their rows and columns. The interpreter follows the path
// operators (m, l, re, h, and the curves c, v, y only to know where a
// path goes) and, when a path is painted, keeps its horizontal and
// vertical pieces: the segments of a stroked path, a filled rectangle
// thin enough to be a line, and the edges of a larger filled rectangle
// (a shaded cell is bounded by them), as pdfplumber and Tabula read
// them. Everything else about paths — colours, widths, dashes, curves,
// clipping — is ignored.

import "math"

// A ruling is a horizontal or vertical line on the page, in page
// coordinates (y down).
type ruling struct {
	horizontal bool
	pos        float64 // the y of a horizontal ruling, the x of a vertical one
	from, to   float64 // its extent along the other axis, from ≤ to
}

// Ruling tuning, in points.
const (
	rulingSlant   = 1.0 // how far a segment's ends may differ across it and still be straight
	thinRectangle = 3.0 // a filled rectangle no thicker than this is a line
	minRuling     = 2.0 // shorter pieces are dots, not lines
)

// maxRulingsPerPage bounds the rulings kept for one page.
const maxRulingsPerPage = 1 << 14

// A pathPoint is a point of the path under construction, in page
// coordinates, and how the path reached it.
type pathPoint struct {
	x, y float64
	how  pathStep
}

// A pathStep is how a path reaches a point.
type pathStep uint8

const (
	moved  pathStep = iota // a subpath starts there (m, re)
	lined                  // a straight piece ends there (l, re, h)
	curved                 // a curve ends there (c, v, y)
)

// pathOp runs a path construction or painting operator. It reports
// whether op was one.
func (in *interpreter) pathOp(op string, operands []operand) bool {
	switch op {
	case "m":
		if v, ok := nums(operands, 2); ok {
			in.moveTo(v[0], v[1])
		}
	case "l":
		if v, ok := nums(operands, 2); ok {
			in.lineTo(v[0], v[1], lined)
		}
	case "c":
		if v, ok := nums(operands, 6); ok {
			in.lineTo(v[4], v[5], curved)
		}
	case "v", "y":
		if v, ok := nums(operands, 4); ok {
			in.lineTo(v[2], v[3], curved)
		}
	case "h":
		in.closeSubpath()
	case "re":
		if v, ok := nums(operands, 4); ok {
			x, y, w, h := v[0], v[1], v[2], v[3]
			in.moveTo(x, y)
			in.lineTo(x+w, y, lined)
			in.lineTo(x+w, y+h, lined)
			in.lineTo(x, y+h, lined)
			in.closeSubpath()
		}
	case "S", "s":
		if op == "s" {
			in.closeSubpath()
		}
		in.paintPath(true)
	case "f", "F", "f*":
		in.paintPath(false)
	case "B", "B*", "b", "b*":
		if op == "b" || op == "b*" {
			in.closeSubpath()
		}
		in.paintPath(true)
	case "n":
		in.path = in.path[:0] // a clipping path, not drawn
	default:
		return false
	}
	return true
}

// moveTo starts a subpath at (x, y) in user space.
func (in *interpreter) moveTo(x, y float64) {
	if len(in.path) >= maxPathPoints {
		return
	}
	px, py := in.gs.ctm.apply(x, y)
	in.path = append(in.path, pathPoint{x: px, y: py, how: moved})
	in.subpath = len(in.path) - 1
}

// maxPathPoints bounds one path: a hostile page may draw millions of
// pieces without painting.
const maxPathPoints = 1 << 16

// lineTo adds a piece to (x, y) in user space.
func (in *interpreter) lineTo(x, y float64, how pathStep) {
	if len(in.path) == 0 {
		in.moveTo(x, y) // no current point: an error the standard leaves open; start here
		return
	}
	if len(in.path) >= maxPathPoints {
		return
	}
	px, py := in.gs.ctm.apply(x, y)
	in.path = append(in.path, pathPoint{x: px, y: py, how: how})
}

// closeSubpath adds the straight piece back to the start of the subpath.
func (in *interpreter) closeSubpath() {
	if in.subpath < len(in.path) && len(in.path) < maxPathPoints {
		start := in.path[in.subpath]
		in.path = append(in.path, pathPoint{x: start.x, y: start.y, how: lined})
	}
}

// paintPath keeps the rulings of the path just painted and clears it. A
// stroke draws every straight piece; a fill draws its rectangles.
func (in *interpreter) paintPath(stroked bool) {
	for start := 0; start < len(in.path); {
		end := start + 1
		for end < len(in.path) && in.path[end].how != moved {
			end++
		}
		sub := in.path[start:end] // one subpath
		if stroked {
			for k := 1; k < len(sub); k++ {
				if sub[k].how == lined {
					in.addRuling(sub[k-1], sub[k])
				}
			}
		} else if r, ok := thinShape(sub); ok {
			in.addFilledRectangle(r) // a line drawn as a thin polygon, as some word processors mitre their rules
		} else if r, ok := rectangleOf(sub); ok {
			in.addFilledRectangle(r)
		}
		start = end
	}
	in.path, in.subpath = in.path[:0], 0
}

// rectangleOf returns the bounds of a closed subpath of four straight,
// axis-aligned pieces: x0, y0, x1, y1.
func rectangleOf(sub []pathPoint) ([4]float64, bool) {
	if len(sub) != 5 || math.Abs(sub[0].x-sub[4].x) > rulingSlant || math.Abs(sub[0].y-sub[4].y) > rulingSlant {
		return [4]float64{}, false
	}
	r := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for k, p := range sub {
		if k > 0 && (p.how != lined || !isAxisAligned(sub[k-1], p)) {
			return r, false
		}
		r[0], r[1], r[2], r[3] = min(r[0], p.x), min(r[1], p.y), max(r[2], p.x), max(r[3], p.y)
	}
	return r, true
}

// thinShape returns the bounds of a subpath of straight pieces no
// thicker than thinRectangle across (a rule filled as a thin hexagon
// with mitred ends, say): x0, y0, x1, y1.
func thinShape(sub []pathPoint) ([4]float64, bool) {
	r := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for k, p := range sub {
		if k > 0 && p.how != lined {
			return r, false
		}
		r[0], r[1], r[2], r[3] = min(r[0], p.x), min(r[1], p.y), max(r[2], p.x), max(r[3], p.y)
	}
	return r, len(sub) >= 3 && min(r[2]-r[0], r[3]-r[1]) <= thinRectangle
}

// isAxisAligned reports whether the piece from a to b is horizontal or
// vertical.
func isAxisAligned(a, b pathPoint) bool {
	return math.Abs(a.x-b.x) <= rulingSlant || math.Abs(a.y-b.y) <= rulingSlant
}

// addFilledRectangle keeps a filled rectangle as one line when it is
// thin, or as its four edges.
func (in *interpreter) addFilledRectangle(r [4]float64) {
	x0, y0, x1, y1 := r[0], r[1], r[2], r[3]
	switch {
	case y1-y0 <= thinRectangle:
		in.addRuling(pathPoint{x: x0, y: (y0 + y1) / 2}, pathPoint{x: x1, y: (y0 + y1) / 2})
	case x1-x0 <= thinRectangle:
		in.addRuling(pathPoint{x: (x0 + x1) / 2, y: y0}, pathPoint{x: (x0 + x1) / 2, y: y1})
	default:
		corners := []pathPoint{{x: x0, y: y0}, {x: x1, y: y0}, {x: x1, y: y1}, {x: x0, y: y1}, {x: x0, y: y0}}
		for k := 1; k < len(corners); k++ {
			in.addRuling(corners[k-1], corners[k])
		}
	}
}

// addRuling keeps the piece from a to b if it is a horizontal or vertical
// line long enough to be one.
func (in *interpreter) addRuling(a, b pathPoint) {
	if len(in.rulings) >= maxRulingsPerPage {
		return
	}
	var r ruling
	switch {
	case math.Abs(a.y-b.y) <= rulingSlant:
		r = ruling{horizontal: true, pos: (a.y + b.y) / 2, from: min(a.x, b.x), to: max(a.x, b.x)}
	case math.Abs(a.x-b.x) <= rulingSlant:
		r = ruling{pos: (a.x + b.x) / 2, from: min(a.y, b.y), to: max(a.y, b.y)}
	default:
		return
	}
	if r.to-r.from >= minRuling && !math.IsNaN(r.pos) && !math.IsInf(r.pos, 0) {
		in.rulings = append(in.rulings, r)
	}
}
