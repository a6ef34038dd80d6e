package parse

import (
	"strings"
	"testing"

	"minutes/document"
)

// TestNotMinutes reads files an archive holds beside its minutes, in
// several languages: each must be judged not minutes, say what it reads
// as, and its reason must name what it lacks.
func TestNotMinutes(t *testing.T) {
	tests := []struct {
		name, text string
		readsAs    string // "" when nothing but the lack of evidence says it
	}{
		{"README.md", "# fastjson\n\nA fast JSON parser for Go.\n\n## Installation\n\n```\ngo get github.com/x/fastjson\n```\n\n## Usage\n\n```go\nv, err := fastjson.Parse(s)\nif err != nil {\n\treturn err\n}\n```\n\n## Contributing\n\nPull requests are welcome.\n\n## License\n\nMIT\n", "a README"},
		// A README under another name, known by its headings.
		{"outil.md", "# Outil de conversion\n\nConvertit les fichiers CSV en JSON.\n\n## Installation\n\n    pip install outil\n\n## Utilisation\n\n    outil fichier.csv\n\n## Licence\n\nGPL\n", "a README"},
		{"werkzeug.md", "# Werkzeug\n\nEin kleines Werkzeug.\n\n## Voraussetzungen\n\nGo 1.21\n\n## Verwendung\n\nwerkzeug -h\n", "a README"},
		{"herramienta.md", "# Herramienta\n\nUna herramienta pequeña.\n\n## Instalación\n\nnpm install herramienta\n\n## Uso\n\nherramienta --ayuda\n", "a README"},
		{"tool.md", "# 工具\n\n一个小工具。\n\n## 安装\n\npip install tool\n\n## 用法\n\ntool -h\n", "a README"},
		{"CHANGELOG.md", "# Changelog\n\nAll notable changes to this project will be documented in this file.\n\n## [1.2.0] - 2023-05-01\n\n### Added\n- Support for YAML input\n\n### Fixed\n- Crash on empty files\n\n## [1.1.0] - 2023-01-15\n\n### Changed\n- Faster parsing\n", "a changelog"},
		// A changelog by its version headings alone.
		{"versions.md", "# Projekt\n\n## v2.1.0 (2022-11-03)\n\n- Neue Optionen\n\n## v2.0.0 (2022-06-01)\n\n- Erste stabile Version\n", "a changelog"},
		{"LICENSE", "MIT License\n\nCopyright (c) 2021 Jane Doe\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.\n", "a licence"},
		{"copyright.txt", "Copyright 2020 The Authors\n\nLicensed under the Apache License, Version 2.0 (the \"License\");\nyou may not use this file except in compliance with the License.\n", "a licence"},
		{"links.md", "# Useful links\n\n- https://golang.org/doc/\n- https://pkg.go.dev/\n- Design notes: https://example.org/design\n", "a list of links"},
		{"notes.md", "# Lectures\n\n- https://fr.wikipedia.org/wiki/Go\n- https://example.org/article\n- https://example.org/autre\n- https://example.org/encore\n", "a list of links"},
		{"todo.txt", "TODO\n\n- [ ] Fix the login bug\n- [ ] Write the documentation\n- [x] Release 1.0\n- Call the plumber\n", "a to-do list"},
		{"liste.md", "# À faire\n\n- acheter du pain\n- appeler le plombier\n- répondre à Marie\n", "a to-do list"},
		{"boodschappen.md", "- [ ] brood\n- [ ] melk\n- [x] kaas\n", "a to-do list"},
		{"main.txt", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := compute(3)\n\tfmt.Println(x);\n}\n\nfunc compute(n int) int {\n\treturn n * 2\n}\n", "source code"},
		// What a file calls itself, in other languages.
		{"aenderungen.md", "# Änderungsprotokoll\n\n- Neue Option --schnell\n- Fehler beim Start behoben\n", "a changelog"},
		{"collegamenti.md", "# Link utili\n\nIl sito del comune e la pagina dei tributi.\n", "a list of links"},
		{"yarukoto.md", "# やることリスト\n\n牛乳を買う。\n", "a to-do list"},
		{"licenca.txt", "Licença\n\nEste programa é distribuído sem qualquer garantia.\n", "a licence"},
		{"licence-fr.txt", "Ce logiciel est fourni tel quel, sans aucune garantie.\nVous pouvez le redistribuer.\n", "a licence"},
		{"projeto.md", "# Projeto\n\nUma ferramenta.\n\n## Instalação\n\nnpm install projeto\n\n## Licença\n\nMIT\n", "a README"},
		// Nothing but text: no date, nobody, no meeting.
		{"idees.txt", "Idées pour le jardin\n\nPlanter des tomates au printemps. Arroser le soir. Tailler les rosiers en février.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := recordOf(t, tt.name, tt.text).Evidence
			if e.IsMinutes() {
				t.Fatalf("judged minutes: %+v", e)
			}
			if e.ReadsAs != tt.readsAs {
				t.Errorf("reads as %q, want %q", e.ReadsAs, tt.readsAs)
			}
			if !strings.HasPrefix(e.NotMinutes, "not minutes: no date") || !strings.Contains(e.NotMinutes, "no attendance") {
				t.Errorf("reason %q does not say what the file lacks", e.NotMinutes)
			}
			if tt.readsAs != "" && !strings.HasSuffix(e.NotMinutes, "; it reads as "+tt.readsAs) {
				t.Errorf("reason %q does not say what the file reads as", e.NotMinutes)
			}
		})
	}
}

// TestShortMinutesAreMinutes reads minutes as short as they come, in
// several languages, some named like the files of TestNotMinutes: every
// one is minutes, on a date and two items, or a meeting named, or people
// present, or a decision.
func TestShortMinutesAreMinutes(t *testing.T) {
	tests := []struct{ name, text string }{
		// A date and two items, no word for a meeting.
		{"a.txt", "12 March 2023\n\n1. Budget\n2. Garden\n"},
		{"fr.txt", "Compte rendu de la réunion du bureau\n\n1. Budget\n2. Jardin\n"},
		{"de.txt", "Protokoll der Vorstandssitzung vom 12. März 2023\n\nTOP 1 Begrüßung\nTOP 2 Kasse\n"},
		{"de2.md", "# Mitgliederversammlung\n\n1. Begrüßung\n2. Kassenbericht\n"},
		{"es.txt", "Acta de la reunión\n\n1. Presupuesto\n2. Varios\n"},
		{"nl.txt", "Notulen bestuursvergadering\n\n1. Opening\n2. Rondvraag\n"},
		{"it.txt", "Verbale della riunione del 3 aprile 2022\n\n1. Bilancio\n2. Varie\n"},
		{"pt.txt", "Ata da reunião de 5 de maio de 2021\n\n1. Orçamento\n2. Outros assuntos\n"},
		{"zh.txt", "理事会会议纪要\n\n一、预算\n二、其他事项\n"},
		{"ja.txt", "理事会議事録\n\n1. 予算\n2. その他\n"},
		// Attendance alone, and a decision alone.
		{"present.txt", "Present: Anna Meyer, Chris Gibson, Maria Rossi\n\n1. Budget\n"},
		{"agreed.txt", "1. Budget\n\nIt was agreed to raise the fee.\n"},
		// The minutes of a project kept in README.md, one folder per
		// meeting: its title and date carry it against the file name.
		{"2023-05-01/README.md", "# Steering meeting, 1 May 2023\n\n## Installation of the new server\n\nDone.\n\n## Usage of the budget\n\nDiscussed.\n"},
		// No date: the meeting is named in a line in capitals, in an
		// item's title, in the file's name.
		{"wg.txt", "Web Working Group\nSESSION 2 (WEDNESDAY)\n\nJulian presented the changes made since the last draft.\n"},
		{"ietf.txt", "XYZ WG\n\n" + strings.Repeat("The draft was revised.\nIts text grew.\nThe editors thanked the reviewers.\n", 4) + "\n==Agenda bash\n\nNothing changed.\n\n==Open issues\n\nTwo remain.\n"},
		{"board-minutes-2019.txt", "Budget\n\nThe treasurer presented the accounts.\n"},
		{"vorstand_protokoll.txt", "Kasse\n\nDer Kassenwart stellte die Abrechnung vor.\n"},
		// No date and no meeting named, but items and no sign of another
		// document.
		{"httpbis.txt", "HTTP WG\n\n==Open issues\n\nMark: the caching draft is late.\n\n==Other business\n\nNone.\n"},
		// A dated list of links to what was discussed: links are a sign
		// of shape, weaker than a date.
		{"sync.md", "1 February 2024\n\n- https://github.com/x/y/pull/1 merged\n- https://github.com/x/y/pull/2 reviewed\n- https://github.com/x/y/issues/3 left open\n"},
		// Minutes whose item is a to-do list.
		{"todo.md", "# Team meeting 3 June 2024\n\n## Actions\n\n- [ ] Anna: fix the login bug\n- [ ] Chris: write the docs\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if e := recordOf(t, tt.name, tt.text).Evidence; !e.IsMinutes() {
				t.Errorf("judged %s (%+v)", e.NotMinutes, e)
			}
		})
	}
}

// TestUnreadScansAreNotJudged parses a scan whose pages OCR did not read,
// or read blank: it shows nothing, and may be minutes all the same, so it
// is not judged; the same text with its pages read is.
func TestUnreadScansAreNotJudged(t *testing.T) {
	lines := []document.Line{{Text: "Useful links", Page: 1, Kind: document.Heading}, {Text: "https://example.org/a", Page: 1}, {Text: "https://example.org/b", Page: 1}, {Text: "https://example.org/c", Page: 1}}
	for _, tt := range []struct {
		name    string
		ocr     *document.OCRReport
		minutes bool
	}{
		{"not read", &document.OCRReport{NotRead: []int{2}, Pages: []document.OCRPage{{Page: 1, Words: 8}}}, true},
		{"read blank", &document.OCRReport{Pages: []document.OCRPage{{Page: 1, Words: 8}, {Page: 2}}}, true},
		{"read", &document.OCRReport{Pages: []document.OCRPage{{Page: 1, Words: 8}}}, false},
		{"no scan", nil, false},
	} {
		doc := &document.Document{Path: "scan.pdf", Format: document.PDF, Pages: 2, Lines: lines, OCR: tt.ocr}
		if e := Parse(doc, Options{}).Evidence; e.IsMinutes() != tt.minutes {
			t.Errorf("%s: judged minutes %v, want %v (%s)", tt.name, e.IsMinutes(), tt.minutes, e.NotMinutes)
		}
	}
}
