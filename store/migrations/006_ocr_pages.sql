-- The scanned pages of each document (issue 17): a page read by OCR, with
-- its words and their mean confidence, or a scanned page not read (the
-- document's warnings say why: no Tesseract, --no-ocr, a limit, an image
-- that cannot be decoded).

CREATE TABLE ocr_pages (
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	page        INTEGER NOT NULL,
	read        INTEGER NOT NULL CHECK (read IN (0, 1)),
	words       INTEGER,          -- the words read; NULL when not read
	confidence  REAL,             -- their mean confidence, 0 to 100; NULL when not read
	engine      TEXT,             -- "tesseract 5.3.0"
	languages   TEXT,             -- Tesseract's languages, joined with "+": "eng", "fra+eng"
	PRIMARY KEY (document_id, page)
);
