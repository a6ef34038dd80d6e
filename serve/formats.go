package serve

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"unicode"
)

// Every page is also data: /meetings.json and /meetings.csv, like
// Datasette, give what /meetings shows (every row, not one page of them);
// /meetings/12.json a meeting with all it holds. The data is read from the
// same values the HTML templates show, by reflection: a field's name is its
// json tag or its Go name in snake_case; `json:"-"` leaves it out (page
// chrome: the title, the pager, the choices of a filter), `csv:"-"` leaves
// it out of CSV only (a listing's totals), `csv:"name"` puts it in CSV
// under that name, even when JSON leaves it out; `json:",inline"` writes a
// struct's fields as its parent's, as it does an embedded struct's.

type formatKey struct{}

// withFormat strips a .json or .csv extension from the request's path and
// remembers it, so /meetings/12.json is routed like /meetings/12.
func withFormat(r *http.Request) *http.Request {
	for _, ext := range []string{".json", ".csv"} {
		if p, ok := strings.CutSuffix(r.URL.Path, ext); ok && p != "" && !strings.HasPrefix(p, "/static/") {
			r2 := r.WithContext(context.WithValue(r.Context(), formatKey{}, ext[1:]))
			u := *r.URL
			u.Path, u.RawPath = p, ""
			r2.URL = &u
			return r2
		}
	}
	return r
}

// formatOf is "json", "csv" or "html".
func formatOf(r *http.Request) string {
	if f, ok := r.Context().Value(formatKey{}).(string); ok {
		return f
	}
	return "html"
}

// respond writes a page's data as the request asks: the HTML page, JSON or
// CSV.
func (s *Server) respond(w http.ResponseWriter, r *http.Request, template string, data any) {
	switch formatOf(r) {
	case "json":
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(tree(reflect.ValueOf(data), false)); err != nil {
			s.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(b.Bytes())
	case "csv":
		var b bytes.Buffer
		if err := writeCSV(&b, tree(reflect.ValueOf(data), true)); err != nil {
			s.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Write(b.Bytes())
	default:
		if p, ok := data.(interface{ setSelf(*url.URL) }); ok {
			p.setSelf(r.URL)
		}
		s.render(w, template, data)
	}
}

// Nullable columns: NULL is null in JSON, empty in CSV and HTML. The
// templates read .String and .Valid as with database/sql's types.
type (
	nstring struct{ sql.NullString }
	nint    struct{ sql.NullInt64 }
	nbool   struct{ sql.NullBool }
)

func (n nstring) value() any { return nullable(n.Valid, n.String) }
func (n nint) value() any    { return nullable(n.Valid, n.Int64) }
func (n nbool) value() any   { return nullable(n.Valid, n.Bool) }

func nullable(valid bool, v any) any {
	if !valid {
		return nil
	}
	return v
}

type valuer interface{ value() any }

// An object is a JSON object that keeps its keys in order.
type object struct {
	keys []string
	vals []any
}

func (o *object) add(k string, v any) { o.keys, o.vals = append(o.keys, k), append(o.vals, v) }

func (o *object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(k)
		val, err := json.Marshal(o.vals[i])
		if err != nil {
			return nil, err
		}
		b.Write(key)
		b.WriteByte(':')
		b.Write(val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// tree turns a page's data into JSON-ready values: *object, []any,
// scalars and nil. forCSV leaves out the fields tagged `csv:"-"`.
func tree(v reflect.Value, forCSV bool) any {
	if v.CanInterface() {
		if n, ok := v.Interface().(valuer); ok {
			return n.value()
		}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return tree(v.Elem(), forCSV)
	case reflect.Struct:
		o := &object{}
		addFields(o, v, forCSV)
		return o
	case reflect.Slice:
		if v.IsNil() {
			return []any{}
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = tree(v.Index(i), forCSV)
		}
		return out
	default:
		return v.Interface()
	}
}

// addFields adds a struct's exported fields to o, those of embedded
// structs as its own.
func addFields(o *object, v reflect.Value, forCSV bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch csvName := f.Tag.Get("csv"); {
		case forCSV && csvName == "-":
			continue
		case forCSV && csvName != "":
			name = csvName
		case name == "-":
			continue
		}
		if (f.Anonymous || opts == "inline") && f.Type.Kind() == reflect.Struct {
			addFields(o, v.Field(i), forCSV)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = snake(f.Name)
		}
		o.add(name, tree(v.Field(i), forCSV))
	}
}

// snake turns a Go name into a column name: MeetingID → meeting_id.
func snake(name string) string {
	var b strings.Builder
	runes := []rune(name)
	for i, r := range runes {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1])) {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// writeCSV writes a page's tree as CSV. Its lists of objects are tables;
// its other values one row. One table is written as it is; several are
// stacked under the union of their columns, with a first column, section,
// naming the table of each row. A list inside a row is one cell, its
// values joined by "; ".
func writeCSV(b *bytes.Buffer, t any) error {
	top, ok := t.(*object)
	if !ok {
		return fmt.Errorf("csv of %T", t)
	}
	type section struct {
		name string
		rows []*object
	}
	var sections []section
	single := &object{}
	for i, k := range top.keys {
		if rows, ok := objectRows(top.vals[i]); ok {
			sections = append(sections, section{k, rows})
		} else {
			single.add(k, top.vals[i])
		}
	}
	if len(single.keys) > 0 {
		sections = append([]section{{"", []*object{single}}}, sections...)
	}
	var columns []string
	seen := map[string]bool{}
	for _, s := range sections {
		for _, r := range s.rows {
			for _, k := range r.keys {
				if !seen[k] {
					seen[k] = true
					columns = append(columns, k)
				}
			}
		}
	}
	stacked := len(sections) > 1
	out := csv.NewWriter(b)
	header := columns
	if stacked {
		header = append([]string{"section"}, columns...)
	}
	if err := out.Write(header); err != nil {
		return err
	}
	for _, s := range sections {
		name := s.name
		if name == "" {
			name = "summary"
		}
		for _, r := range s.rows {
			cells := map[string]string{}
			for i, k := range r.keys {
				cells[k] = cell(r.vals[i])
			}
			record := make([]string, 0, len(header))
			if stacked {
				record = append(record, name)
			}
			for _, c := range columns {
				record = append(record, cells[c])
			}
			if err := out.Write(record); err != nil {
				return err
			}
		}
	}
	out.Flush()
	return out.Error()
}

// objectRows reports whether v is a list of objects, and returns them.
func objectRows(v any) ([]*object, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	rows := make([]*object, 0, len(list))
	for _, x := range list {
		o, ok := x.(*object)
		if !ok {
			return nil, false
		}
		rows = append(rows, o)
	}
	return rows, true
}

// cell writes one value as a CSV cell: nil as empty, a list as its values
// joined by "; ", an object as its values joined by spaces.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			if c := cell(e); c != "" {
				parts = append(parts, c)
			}
		}
		return strings.Join(parts, "; ")
	case *object:
		parts := make([]string, 0, len(x.vals))
		for _, e := range x.vals {
			if c := cell(e); c != "" {
				parts = append(parts, c)
			}
		}
		return strings.Join(parts, " ")
	}
	return fmt.Sprint(v)
}
