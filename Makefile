# One tag set everywhere (build, vet, test), so SQLite's C code compiles once.
TAGS    := sqlite_fts5
GO      ?= go
GOFLAGS := -tags=$(TAGS)
export GOFLAGS

.PHONY: all build demo test check vet tidy bench fuzz clean snapshot compare

all: build

build:
	$(GO) build -o bin/minutes ./cmd/minutes

# The main job on the sample documents: import them into minutes.db.
demo: build
	rm -f minutes.db minutes.db-wal minutes.db-shm
	./bin/minutes import --db minutes.db testdata/samples/*.txt
	@echo "Now try: sqlite3 minutes.db 'SELECT date, title FROM meetings'"

# The test command CI runs (.ci/run): vet, go.mod and go.sum tidy, unit and
# end-to-end tests, and the regression check of records against their
# expected versions.
test: vet tidy
	$(GO) test -timeout 30m ./...
	$(GO) test -race -run 'Parallel|Concurrent' ./internal/... ./parse
	$(MAKE) --no-print-directory fuzz FUZZTIME=10000x
	$(GO) run ./cmd/minutes check $(CHECKDIRS)

# The sets of documents with expected records, each with its own floors.
CHECKDIRS := testdata/samples testdata/corpus testdata/corpus2 testdata/corpus3 testdata/invented testdata/heldout testdata/heldout2 testdata/heldout3 testdata/heldout4

check:
	$(GO) run ./cmd/minutes check -v $(CHECKDIRS)

vet:
	$(GO) vet ./...

# go.mod and go.sum must be as go mod tidy leaves them: no module required
# that nothing imports, none imported that is not required. Prints the
# difference and fails otherwise; run go mod tidy to fix it.
tidy:
	$(GO) mod tidy -diff

# Speed and memory, never asserted in tests: the Go benchmarks, then a
# batch import of a generated archive of 5,000 documents (cold, unchanged,
# after a pipeline version change) and our PDF extraction against
# pdftotext (apt-get install poppler-utils). The PDF reader's benchmarks
# run once, in bench-ratio.sh, which sets them against pdftotext.
# cmd/minutes-peers sets the readers beside the libraries the user named:
# the PDF reader's text beside ledongthuc/pdf's and pdftotext's (time,
# share of pdftotext's words recovered), the HTML content selection beside
# go-readability's (words kept, the expected records' words and F1, time),
# the meeting dates of the expected records found by our parser beside
# go-dateparser's search (exact share, time; then dates in many languages
# and forms), and each document's language by whatlanggo beside a vote of
# our vocabularies (whole text, first 200 characters, time).
BENCHDOCS ?= 5000
BENCHPKGS := $(shell $(GO) list ./... | grep -v '/extract/pdf$$')
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(BENCHPKGS)
	sh extract/pdf/testdata/bench-ratio.sh
	$(GO) run ./cmd/minutes-peers pdf
	$(GO) run ./cmd/minutes-peers html
	$(GO) run ./cmd/minutes-peers dates
	$(GO) run ./cmd/minutes-peers lang
	$(GO) run ./cmd/minutes-bench -docs $(BENCHDOCS)

# Every fuzz target for FUZZTIME each (briefly in make test, longer by
# hand: make fuzz FUZZTIME=10m). make test counts executions (10000x)
# instead of seconds: a duration budget races Go's fuzz coordinator at its
# deadline and fails with "context deadline exceeded" and no crasher
# (go.dev/issue/75804, fixed in Go 1.27). New crashers land in the package's
# testdata/fuzz/FuzzX/ and stay there as regression inputs.
FUZZTIME ?= 60s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$target"; \
	    $(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# Before changing extract, normalize or parse: write the full record of
# every document (testdata, the corpus, 2,000 generated); after it, compare.
# A difference you meant is its own commit that bumps pipeline.Version.
SNAPSHOT ?= /tmp/minutes-snapshot
snapshot:
	$(GO) run ./cmd/minutes-snapshot write $(SNAPSHOT)
compare:
	$(GO) run ./cmd/minutes-snapshot compare $(SNAPSHOT)

clean:
	rm -rf bin minutes.db minutes.db-wal minutes.db-shm
