package pdf

// The page tree: the pages in order, each with the attributes it inherits
// from the nodes above it. A broken tree falls back on the page objects
// found in the file.

import "slices"

// A pdfPage is one page of the page tree with its inherited attributes.
type pdfPage struct {
	dict      pdfDict
	resources pdfDict
	box       [4]float64 // the crop box (or media box): llx, lly, urx, ury
	rotate    int        // 0, 90, 180 or 270
}

// maxPages bounds the page tree walk against hostile files.
const maxPages = 100000

// pages lists the pages in order. It walks the page tree from the catalog,
// inheriting Resources, MediaBox, CropBox and Rotate; when the tree is
// broken it falls back on every /Type /Page object in file order.
func (f *pdfFile) pages() []pdfPage {
	root := f.dictOf(f.trailer["Root"])
	var pages []pdfPage
	seen := map[any]bool{}
	f.walkPages(root["Pages"], pdfPage{box: [4]float64{0, 0, 612, 792}}, seen, &pages, 0)
	if len(pages) == 0 {
		pages = f.scanPages()
	}
	return pages
}

// walkPages adds the leaves under node to pages.
func (f *pdfFile) walkPages(node any, inherited pdfPage, seen map[any]bool, pages *[]pdfPage, depth int) {
	if ref, ok := node.(pdfRef); ok {
		if seen[ref] {
			return
		}
		seen[ref] = true
	}
	d := f.dictOf(node)
	if d == nil || depth > 64 || len(*pages) >= maxPages {
		return
	}
	page := f.inherit(d, inherited)
	kids, hasKids := f.resolve(d["Kids"]).(pdfArray)
	if !hasKids || d["Type"] == pdfName("Page") {
		if d["Type"] == pdfName("Page") || d["Contents"] != nil {
			page.dict = d
			*pages = append(*pages, page)
		}
		return
	}
	for _, kid := range kids {
		f.walkPages(kid, page, seen, pages, depth+1)
	}
}

// inherit returns the page attributes of d, taking those it lacks from its
// parent.
func (f *pdfFile) inherit(d pdfDict, parent pdfPage) pdfPage {
	p := parent
	if r := f.dictOf(d["Resources"]); r != nil {
		p.resources = r
	}
	if box, ok := f.rect(d["MediaBox"]); ok {
		p.box = box
	}
	if box, ok := f.rect(d["CropBox"]); ok {
		p.box = box
	}
	if _, ok := f.resolve(d["Rotate"]).(int64); ok {
		p.rotate = ((f.intOf(d["Rotate"])%360 + 360) % 360) / 90 * 90
	}
	return p
}

// rect reads a rectangle [llx lly urx ury], normalising its corners.
func (f *pdfFile) rect(obj any) ([4]float64, bool) {
	arr := f.arrayOf(obj)
	if len(arr) != 4 {
		return [4]float64{}, false
	}
	x0, y0, x1, y1 := f.num(arr[0]), f.num(arr[1]), f.num(arr[2]), f.num(arr[3])
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	if x1-x0 < 1 || y1-y0 < 1 {
		return [4]float64{}, false
	}
	return [4]float64{x0, y0, x1, y1}, true
}

// scanPages lists every object of /Type /Page in object-number order: the
// last resort for a file whose page tree is gone.
func (f *pdfFile) scanPages() []pdfPage {
	nums := make([]int, 0, len(f.xref))
	for num := range f.xref {
		nums = append(nums, num)
	}
	slices.Sort(nums)
	var pages []pdfPage
	for _, num := range nums {
		d, ok := f.load(num).(pdfDict)
		if ok && d["Type"] == pdfName("Page") && len(pages) < maxPages {
			parent := pdfPage{box: [4]float64{0, 0, 612, 792}}
			if up := f.dictOf(d["Parent"]); up != nil {
				parent = f.inherit(up, parent)
			}
			p := f.inherit(d, parent)
			p.dict = d
			pages = append(pages, p)
		}
	}
	return pages
}
