package pdf

// Stream filters: FlateDecode, LZWDecode, ASCII85Decode, ASCIIHexDecode and
// RunLengthDecode, with PNG and TIFF predictors. Image-only filters (DCT,
// JPX, CCITT, JBIG2) are not decoded: text never hides behind them.
//
// Decoders are lenient the way viewers are: a Flate stream cut short or
// with a bad checksum gives the bytes decoded before the damage, and the
// error is returned beside them so the caller can warn.

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"sync"
)

// maxStreamSize bounds the decoded size of one stream, so a small hostile
// file cannot expand into gigabytes.
const maxStreamSize = 64 << 20

var errStreamTooLarge = errors.New("stream decodes to more than 64 MiB")

// decodeStream applies the stream's filters in order and returns its data.
func decodeStream(s *pdfStream) ([]byte, error) {
	filters, params := streamFilters(s.dict)
	data := s.raw
	for i, name := range filters {
		var err error
		data, err = applyFilter(name, data, params[i])
		if err != nil {
			return data, fmt.Errorf("%s: %w", name, err)
		}
	}
	return data, nil
}

// appendDecoded appends the stream's decoded data to dst. A stream of
// one Flate filter, as page content almost always is, is inflated
// straight into dst, so a buffer reused page after page serves it.
func appendDecoded(dst []byte, s *pdfStream) ([]byte, error) {
	filters, params := streamFilters(s.dict)
	if len(filters) == 1 && (filters[0] == "FlateDecode" || filters[0] == "Fl") && params[0] == nil {
		data, err := inflateTo(dst, s.raw)
		if err != nil {
			err = fmt.Errorf("%s: %w", filters[0], err)
		}
		return data, err
	}
	data, err := decodeStream(s)
	return append(dst, data...), err
}

// streamFilters lists a stream's filter names and their parameters (nil
// where none are given). Values here are direct objects in practice; the
// file-level resolver is not available to this function.
func streamFilters(d pdfDict) ([]pdfName, []pdfDict) {
	var names []pdfName
	var params []pdfDict
	switch v := d["Filter"].(type) {
	case pdfName:
		names = []pdfName{v}
	case pdfArray:
		for _, x := range v {
			if n, ok := x.(pdfName); ok {
				names = append(names, n)
			}
		}
	}
	switch v := d["DecodeParms"].(type) {
	case pdfDict:
		params = append(params, v)
	case pdfArray:
		for _, x := range v {
			p, _ := x.(pdfDict)
			params = append(params, p)
		}
	}
	for len(params) < len(names) {
		params = append(params, nil)
	}
	return names, params
}

// applyFilter decodes data with one filter.
func applyFilter(name pdfName, data []byte, params pdfDict) ([]byte, error) {
	var out []byte
	var err error
	switch name {
	case "FlateDecode", "Fl":
		out, err = inflate(data)
	case "LZWDecode", "LZW":
		early := true
		if v, ok := params["EarlyChange"].(int64); ok && v == 0 {
			early = false
		}
		out, err = lzwDecode(data, early)
	case "ASCII85Decode", "A85":
		return ascii85Decode(data)
	case "ASCIIHexDecode", "AHx":
		lx := &pdfLexer{data: append(bytes.Clone(data), '>')}
		return []byte(lx.hexString()), nil
	case "RunLengthDecode", "RL":
		return runLengthDecode(data)
	case "Crypt":
		return data, nil // the Identity crypt filter; others were applied on load
	default:
		return nil, fmt.Errorf("unsupported filter")
	}
	if len(out) > 0 && params != nil {
		out = unpredict(out, params)
	}
	return out, err
}

// inflate decodes zlib data, or raw deflate data when the zlib header is
// missing.
func inflate(data []byte) ([]byte, error) {
	return inflateTo(nil, data)
}

// inflateTo appends the inflated data to dst.
func inflateTo(dst, data []byte) ([]byte, error) {
	rd, err := zlibReader(data)
	if err != nil {
		raw := flate.NewReader(bytes.NewReader(data))
		defer raw.Close()
		return appendLimited(dst, raw)
	}
	defer inflaters.Put(rd)
	defer rd.Close()
	return appendLimited(dst, rd)
}

// inflaters holds zlib readers for reuse: each carries a 32 KiB window and
// Huffman tables, which cost more to make than a page's stream costs to
// decode. A sync.Pool is safe for the parallel readers of a batch.
var inflaters sync.Pool

// zlibReader returns a zlib reader of data, reusing a free one; the
// caller puts it back in inflaters. It fails when data has no zlib header.
func zlibReader(data []byte) (io.ReadCloser, error) {
	if rd, ok := inflaters.Get().(io.ReadCloser); ok {
		if err := rd.(zlib.Resetter).Reset(bytes.NewReader(data), nil); err != nil {
			inflaters.Put(rd)
			return nil, err
		}
		return rd, nil
	}
	return zlib.NewReader(bytes.NewReader(data))
}

// appendLimited appends what rd reads to dst, to its end or to
// maxStreamSize bytes. An unexpected end or checksum error still returns
// the data read.
func appendLimited(dst []byte, rd io.Reader) ([]byte, error) {
	start := len(dst)
	for {
		if len(dst) == cap(dst) {
			dst = append(dst, 0)[:len(dst)] // let append choose the new capacity
		}
		n, err := rd.Read(dst[len(dst):cap(dst)])
		dst = dst[:len(dst)+n]
		if len(dst)-start > maxStreamSize {
			return dst[:start+maxStreamSize], errStreamTooLarge
		}
		if err == io.EOF {
			return dst, nil
		}
		if err != nil {
			return dst, err
		}
	}
}

// lzwDecode decodes PDF's LZW: codes of 9 to 12 bits, most significant bit
// first, 256 = clear table, 257 = end. With early change (the default) the
// code width grows one code sooner than in GIF, which is why Go's
// compress/lzw cannot be used.
func lzwDecode(data []byte, earlyChange bool) ([]byte, error) {
	var out []byte
	table := make([][]byte, 258, 4096)
	reset := func() {
		table = table[:258]
		for i := 0; i < 256; i++ {
			table[i] = []byte{byte(i)}
		}
	}
	reset()
	early := 0
	if earlyChange {
		early = 1
	}
	width, bitBuf, bits := 9, uint32(0), 0
	var prev []byte
	for _, c := range data {
		bitBuf = bitBuf<<8 | uint32(c)
		bits += 8
		for bits >= width {
			code := int(bitBuf>>(bits-width)) & (1<<width - 1)
			bits -= width
			switch {
			case code == 256:
				reset()
				width, prev = 9, nil
				continue
			case code == 257:
				return out, nil
			}
			var entry []byte
			switch {
			case code < len(table):
				entry = table[code]
			case code == len(table) && prev != nil:
				entry = append(bytes.Clone(prev), prev[0])
			default:
				return out, errors.New("bad LZW code")
			}
			out = append(out, entry...)
			if len(out) > maxStreamSize {
				return out[:maxStreamSize], errStreamTooLarge
			}
			if prev != nil && len(table) < 4096 {
				table = append(table, append(bytes.Clone(prev), entry[0]))
			}
			prev = entry
			if len(table)+early >= 1<<width && width < 12 {
				width++
			}
		}
	}
	return out, nil
}

// ascii85Decode decodes Adobe's base-85 ("<~ ... ~>"), with the 'z'
// shorthand for four zero bytes.
func ascii85Decode(data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("<~"))
	var out []byte
	var group [5]byte
	n := 0
	flush := func(count int) {
		var v uint32
		for i := 0; i < 5; i++ {
			v = v*85 + uint32(group[i])
		}
		b := []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
		out = append(out, b[:count]...)
	}
	for _, c := range data {
		switch {
		case c == '~':
			if n > 1 {
				for i := n; i < 5; i++ {
					group[i] = 84
				}
				flush(n - 1)
			}
			return out, nil
		case c == 'z' && n == 0:
			out = append(out, 0, 0, 0, 0)
		case c >= '!' && c <= 'u':
			group[n] = c - '!'
			n++
			if n == 5 {
				flush(4)
				n = 0
			}
		}
		if len(out) > maxStreamSize {
			return out[:maxStreamSize], errStreamTooLarge
		}
	}
	return out, nil
}

// runLengthDecode decodes the PackBits-style RunLengthDecode filter.
func runLengthDecode(data []byte) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data); {
		n := int(data[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			end := min(i+n+1, len(data))
			out = append(out, data[i:end]...)
			i = end
		default:
			if i < len(data) {
				out = append(out, bytes.Repeat(data[i:i+1], 257-n)...)
			}
			i++
		}
		if len(out) > maxStreamSize {
			return out[:maxStreamSize], errStreamTooLarge
		}
	}
	return out, nil
}

// unpredict undoes a PNG (Predictor >= 10) or TIFF (2) predictor.
func unpredict(data []byte, params pdfDict) []byte {
	predictor := intParam(params, "Predictor", 1)
	if predictor < 2 {
		return data
	}
	colors := intParam(params, "Colors", 1)
	bpc := intParam(params, "BitsPerComponent", 8)
	columns := intParam(params, "Columns", 1)
	if colors < 1 || colors > 32 || bpc < 1 || bpc > 16 || columns < 1 || columns > 1<<20 {
		return data
	}
	bpp := max(1, colors*bpc/8)
	rowLen := (colors*bpc*columns + 7) / 8
	if rowLen > 1<<16 {
		return data // no real row of an xref stream or image is this wide
	}
	if predictor == 2 {
		return tiffUnpredict(data, rowLen, bpp, bpc)
	}
	return pngUnpredict(data, rowLen, bpp)
}

// intParam reads an integer parameter with a default.
func intParam(params pdfDict, key pdfName, def int) int {
	if v, ok := params[key].(int64); ok && v >= 0 && v < 1<<30 {
		return int(v)
	}
	return def
}

// pngUnpredict undoes PNG row filters: each row starts with a filter type.
func pngUnpredict(data []byte, rowLen, bpp int) []byte {
	out := make([]byte, 0, len(data))
	prev, row := make([]byte, rowLen), make([]byte, rowLen)
	for len(data) > 0 {
		kind := data[0]
		n := min(rowLen, len(data)-1)
		clear(row)
		copy(row, data[1:1+n])
		data = data[1+n:]
		for i := range row {
			var left, up, upLeft byte
			if i >= bpp {
				left, upLeft = row[i-bpp], prev[i-bpp]
			}
			up = prev[i]
			switch kind {
			case 1:
				row[i] += left
			case 2:
				row[i] += up
			case 3:
				row[i] += byte((int(left) + int(up)) / 2)
			case 4:
				row[i] += paeth(left, up, upLeft)
			}
		}
		out = append(out, row[:n]...)
		prev, row = row, prev
	}
	return out
}

// paeth is the PNG Paeth predictor.
func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// tiffUnpredict undoes TIFF predictor 2 for 8-bit components; other
// depths are left as they are (they occur only in images).
func tiffUnpredict(data []byte, rowLen, bpp, bpc int) []byte {
	if bpc != 8 {
		return data
	}
	out := bytes.Clone(data)
	for start := 0; start < len(out); start += rowLen {
		row := out[start:min(start+rowLen, len(out))]
		for i := bpp; i < len(row); i++ {
			row[i] += row[i-bpp]
		}
	}
	return out
}
