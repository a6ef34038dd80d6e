package pdf

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"minutes/document"
)

// tableRows returns the cells of the document's TableRow lines.
func tableRows(doc *document.Document) [][]string {
	var rows [][]string
	for _, l := range doc.Lines {
		if l.Kind == document.TableRow {
			rows = append(rows, l.Cells)
		}
	}
	return rows
}

// gridPage draws a table of the given rows, each cell's text at its top
// left (a line starting "*" in bold), ruled as the drawing function
// says, and a line of prose under it.
// Rows are 12 points high a line and 4 more; columns start at
// the xs given; the table ends at x 500.
func gridPage(rows [][]string, xs []float64, rule func(c *contentBuilder, top, bottom float64, xs []float64, row int)) string {
	var c contentBuilder
	top := 760.0
	for r, cells := range rows {
		height := 16.0
		for _, cell := range cells {
			height = max(height, 4+12*float64(strings.Count(cell, "\n")+1))
		}
		rule(&c, top, top-height, xs, r)
		for k, cell := range cells {
			for n, line := range strings.Split(cell, "\n") {
				font := "F1"
				if bold, ok := strings.CutPrefix(line, "*"); ok {
					font, line = "F2", bold
				}
				c.op("BT /%s 10 Tf %g %g Td %s Tj ET", font, xs[k]+3, top-12-12*float64(n), pdfEscape(line))
			}
		}
		top -= height
	}
	c.op("BT /F1 10 Tf 72 %g Td (The meeting closed at nine.) Tj ET", top-40)
	return c.String()
}

// strokedGrid strokes every cell's border with re.
func strokedGrid(c *contentBuilder, top, bottom float64, xs []float64, _ int) {
	edges := append(append([]float64(nil), xs...), 500)
	for k := 0; k+1 < len(edges); k++ {
		c.op("%g %g %g %g re S", edges[k], bottom, edges[k+1]-edges[k], top-bottom)
	}
}

// linedGrid draws the rules with m and l: a line above and below each
// row and between its columns.
func linedGrid(c *contentBuilder, top, bottom float64, xs []float64, _ int) {
	c.op("0.5 w %g %g m 500 %g l S %g %g m 500 %g l S", xs[0], top, top, xs[0], bottom, bottom)
	for _, x := range append(append([]float64(nil), xs...), 500) {
		c.op("%g %g m %g %g l S", x, top, x, bottom)
	}
}

// shadedRows fills every other row's cells and frames the table, as
// word processors draw banded tables: the rows between have no column
// rules of their own.
func shadedRows(c *contentBuilder, top, bottom float64, xs []float64, row int) {
	c.op("%g %g m %g %g l S 500 %g m 500 %g l S", xs[0], top, xs[0], bottom, top, bottom)
	if row%2 == 1 {
		return
	}
	edges := append(append([]float64(nil), xs...), 500)
	for k := 0; k+1 < len(edges); k++ {
		c.op("0.9 g %g %g %g %g re f 0 g", edges[k], bottom, edges[k+1]-edges[k], top-bottom)
	}
}

// TestRuledTables checks that tables drawn with lines come out as rows
// of cells, whatever operators draw the rules, and that grids around
// running text do not.
func TestRuledTables(t *testing.T) {
	rollCall := [][]string{
		{"Name", "Company", "Role"},
		{"Bitle, Jonathan", "Kaiser Permanente", "Voting Member"},
		{"Cao, Feng", "Oracle", "Voting Member"},
		{"Day, Jamison", "LookingGlass", "Voting Member"},
		{"Santos, Omar", "Cisco Systems", "Chair"},
	}
	xs := []float64{72, 150, 420}
	tests := []struct {
		name string
		rows [][]string
		rule func(c *contentBuilder, top, bottom float64, xs []float64, row int)
		want [][]string
		// the page's lines, where the rows are page layout
		lines []string
	}{
		{"cells stroked with re", rollCall, strokedGrid, rollCall, nil},
		{"rules drawn with m and l", rollCall, linedGrid, rollCall, nil},
		{"banded rows, shading only", rollCall, shadedRows, rollCall, nil},
		{
			"a cell of two lines is one cell",
			[][]string{{"Attendees", "Shona Bendix (Chair), Sylvia Knights,\nRobert Spivey", ""}, {"Place", "SALC, Claydon", ""}},
			strokedGrid,
			[][]string{{"Attendees", "Shona Bendix (Chair), Sylvia Knights, Robert Spivey", ""}, {"Place", "SALC, Claydon", ""}},
			nil,
		},
		{
			"the last row is kept",
			[][]string{{"Date", "Action", "Owner"}, {"6/2005", "Thank the hosts", "Tinka Gammel"}},
			linedGrid,
			[][]string{{"Date", "Action", "Owner"}, {"6/2005", "Thank the hosts", "Tinka Gammel"}},
			nil,
		},
		{
			"a cell of two paragraphs is one cell",
			[][]string{{"March 1", "Board Meeting\n\n(on a Sunday)", "Santa Fe"}, {"March 8", "Picnic", "Los Alamos"}},
			linedGrid,
			[][]string{{"March 1", "Board Meeting (on a Sunday)", "Santa Fe"}, {"March 8", "Picnic", "Los Alamos"}},
			nil,
		},
		{
			"a grid around headings over prose is page layout, its side column the note closing the paragraph beside it",
			[][]string{
				{"1.", "*Apologies\nWere received from Cllr Smith and Ms Jones, who\nsent their regrets.\n\nThe clerk will write to them.", "\nNS"},
				{"2.", "*Minutes\nThe minutes were agreed.", ""},
			},
			strokedGrid,
			[][]string{{"Were received from Cllr Smith and Ms Jones, who sent their regrets.", "NS"}},
			[]string{
				"1. Apologies", "Were received from Cllr Smith and Ms Jones, who sent their regrets. | NS",
				"The clerk will write to them.", "2. Minutes", "The minutes were agreed.", "The meeting closed at nine.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(buildTestPDF([]string{gridPage(tt.rows, xs, tt.rule)}, false))
			if err != nil {
				t.Fatal(err)
			}
			got := tableRows(doc)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("rows:\n got %q\nwant %q\nlines: %q", got, tt.want, nonBlank(doc))
			}
			if tt.lines != nil && fmt.Sprint(nonBlank(doc)) != fmt.Sprint(tt.lines) {
				t.Errorf("lines:\n got %q\nwant %q", nonBlank(doc), tt.lines)
			}
			if !anyLineContains(doc, "The meeting closed at nine.") {
				t.Errorf("the prose under the table is lost: %q", nonBlank(doc))
			}
		})
	}
}

// TestRuledTablesHostileMesh checks that a page drawing a mesh of
// thousands of lines is read in bounded time, its text kept.
func TestRuledTablesHostileMesh(t *testing.T) {
	for _, n := range []int{300, 512, 3000} {
		// 512 lines each way are as many pairs as the finder looks at;
		// then the corners to try for cells are bounded too.
		t.Run(fmt.Sprint(n), func(t *testing.T) { readMesh(t, n) })
	}
}

// readMesh reads a page ruled by n horizontal and n vertical lines 3.5
// points apart, running off the page, with text among them.
func readMesh(t *testing.T, n int) {
	var c contentBuilder
	for k := 0; k < n; k++ {
		p := 20 + float64(k)*3.5
		c.op("%g 20 m %g 4000 l 20 %g m 4000 %g l", p, p, p, p)
	}
	c.op("S")
	for k := 0; k < 200; k++ {
		c.op("BT /F1 8 Tf %d %d Td (x%d) Tj ET", 30+k%20*25, 800-k/20*20, k)
	}
	start := time.Now()
	doc, err := Read(buildTestPDF([]string{c.String()}, false))
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("a mesh page took %v", el)
	}
	if !strings.Contains(doc.Text(), "x199") {
		t.Errorf("the mesh page's text is lost")
	}
}
