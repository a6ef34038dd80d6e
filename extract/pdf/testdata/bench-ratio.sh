#!/bin/sh
# Compares the PDF reader's speed with poppler's pdftotext on the same
# files: runs BenchmarkReadPDF and BenchmarkPdftotext and prints, for each
# input set, both rates in pages per second and their ratio (above 1: we
# are faster). Run from the repository root:
#
#	sh extract/pdf/testdata/bench-ratio.sh
set -e
go test -tags sqlite_fts5 -run '^$' -bench '^Benchmark(ReadPDF|Pdftotext)$' -benchmem ./extract/pdf |
tee /dev/stderr |
awk '
/pages\/s/ {
	split($1, name, "/"); set = name[2]; sub(/-[0-9]+$/, "", set)
	for (i = 2; i < NF; i++) if ($(i+1) == "pages/s") rate = $i
	if (name[1] ~ /ReadPDF/) ours[set] = rate; else theirs[set] = rate
}
END {
	for (set in ours) if (set in theirs)
		printf "%-14s minutes %9.1f pages/s   pdftotext %9.1f pages/s   ratio %.2f\n", set, ours[set], theirs[set], ours[set] / theirs[set]
}'
