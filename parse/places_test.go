package parse

import "testing"

func TestParsePlace(t *testing.T) {
	tests := []struct {
		in                   string
		known                bool
		venue, city, country String
	}{
		{"Grand Elysee Hotel, Hamburg, Germany", false, "Grand Elysee Hotel", "Hamburg", "Germany"}, // tf-csirt-29
		{"Amsterdam", true, "", "Amsterdam", ""},
		{"in the Village Hall", false, "Village Hall", "", ""},                     // "at 7.30pm in the Village Hall" without its time
		{"at the home of Debby Potter", false, "the home of Debby Potter", "", ""}, // tf-csirt-17: no country invented
		{"Vilnius", false, "", "Vilnius", ""},                                      // in the gazetteer
		{"Claydon", false, "Claydon", "", ""},                                      // unknown and not known to be a place
		{"SALC, Claydon", true, "SALC", "Claydon", ""},                             // suffolk-libraries-board-minutes-2012-09-11.pdf
		{"Riverside Centre, Stratford St Andrew", true, "Riverside Centre", "Stratford St Andrew", ""},
		{"NMSU, Las Cruces, NM", true, "NMSU", "Las Cruces", ""}, // nmnwse-board-minutes-2016-02-13.pdf: a state is no country
		{"Sunnyvale, CA 94087", true, "", "Sunnyvale", ""},       // cupertino-usd-board-agenda-2016-04-06.pdf
		{"Seoul, Republic of Korea", true, "", "Seoul", "Republic of Korea"},
		{"(Betsy Frederick’s home, Albuquerque)", true, "Betsy Frederick’s home", "Albuquerque", ""}, // nmnwse-board-minutes-2005-12-17.pdf
		{"Los Alamos @ Tinka’s home 4987 Trinity Drive", true, "Tinka’s home 4987 Trinity Drive", "Los Alamos", ""},
		{"The Cookhouse Suffolk Food Hall Wherstead Ipswich Suffolk IP9 2AB", true, "The Cookhouse Suffolk Food Hall Wherstead Ipswich Suffolk", "", ""},
		{"Internet", true, "", "", ""},                   // enisa-rsit-wg-2021-01-26-online.md "Location: Internet": online, no place
		{"Discord", true, "", "", ""},                    // uob-computer-science-society-committee-minutes-2024-07-09.pdf "Location: Discord"
		{"Washington, D.C.", true, "", "Washington", ""}, // scotus-transcript-2009-01-13-p1.pdf: D.C. is a region
		{"teleconference", false, "", "", ""},
		{"", true, "", "", ""},
	}
	for _, tt := range tests {
		p := parsePlace(tt.in, tt.known)
		if p.venue != tt.venue || p.city != tt.city || p.country != tt.country {
			t.Errorf("parsePlace(%q, %v) = %+v, want venue %q city %q country %q", tt.in, tt.known, p, tt.venue, tt.city, tt.country)
		}
	}
}

func TestPlaceInLine(t *testing.T) {
	tests := []struct {
		in                   string
		venue, city, country String
	}{
		{"Amsterdam, 23 January 2006", "", "Amsterdam", ""},                                       // tf-csirt-17
		{"25 January 2010, Hamburg, Germany", "", "Hamburg", "Germany"},                           // tf-csirt-29 running header
		{"23rd - 24th March 2017 - Toulouse, France - meeting minutes", "", "Toulouse", "France"}, // openwis-annual-meeting
		{"Saturday, December 17, 2005, 10:00 AM (Betsy Frederick’s home, Albuquerque)", "Betsy Frederick’s home", "Albuquerque", ""},
		{"Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board", "Carbon Arc Bar & Board", "", ""}, // chicago-ssa21
		{"Grand Elysee Hotel, Hamburg, Germany", "Grand Elysee Hotel", "Hamburg", "Germany"},
		{"11th September 2012 – PART A", "", "", ""}, // not a place
		{"The list of those present is available on-line", "", "", ""},
	}
	for _, tt := range tests {
		p, _ := placeInLine(tt.in)
		if p.venue != tt.venue || p.city != tt.city || p.country != tt.country {
			t.Errorf("placeInLine(%q) = %+v, want venue %q city %q country %q", tt.in, p, tt.venue, tt.city, tt.country)
		}
	}
}

func TestPlaceHeldAt(t *testing.T) {
	tests := []struct {
		in          string
		venue, city String
	}{
		{"The meeting was held at the Swiss Chalet in Ruidoso the day after the Annual Meeting.", "Swiss Chalet", "Ruidoso"}, // nmnwse 2000
		{"The meeting was held in Albuquerque at Kelly Bitner’s home.", "Kelly Bitner’s home", "Albuquerque"},                // nmnwse 2001
		{"Minutes for February 8, 2003 Board Meeting of NMNWSE held at the home of Debby Potter.", "the home of Debby Potter", ""},
		{"Séance publique tenue le 20 juin, à 16h00 à la salle du conseil", "salle du conseil", ""}, // sainte-adele
		{"The meeting was held on 3 May at the Town Hall in Espoo.", "Town Hall", "Espoo"},
		{"The meeting was held by teleconference hosted by Jim Jagielski (Covalent).", "", ""}, // asf 2002
	}
	for _, tt := range tests {
		p, _ := placeHeldAt(tt.in)
		if p.venue != tt.venue || p.city != tt.city {
			t.Errorf("placeHeldAt(%q) = %+v, want venue %q city %q", tt.in, p, tt.venue, tt.city)
		}
	}
}

func TestPlaceAfterIn(t *testing.T) {
	tests := []struct{ in, city string }{
		{"Minutes of the HTTPbis Working Group meeting in Vancouver, December 2007", "Vancouver"}, // ietf-httpbis-70
		{"Board Meeting in Santa Fe, NM", "Santa Fe"},                                             // nmnwse-board-agenda-2003-08-16.pdf
		{"The meeting in question was long", ""},
	}
	for _, tt := range tests {
		p, _ := placeAfterIn(tt.in)
		if string(p.city) != tt.city {
			t.Errorf("placeAfterIn(%q) = %+v, want city %q", tt.in, p, tt.city)
		}
	}
}

func TestWithoutTimes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Séance du jeudi 7 octobre 2021 à 20 h, salle des fêtes", "Séance du jeudi 7 octobre 2021 à , salle des fêtes"},
		{"à 20 h 30 à la mairie", "à à la mairie"},
		{"19:00 Uhr, Gemeindesaal", ", Gemeindesaal"},
		{"10.30 – 12.30 in Room 4", "in Room 4"},
		{"Item 20 has 4 hours", "Item 20 has 4 hours"}, // numbers, no times
	}
	for _, tt := range tests {
		if got := squeezeSpace(withoutTimes(tt.in)); got != tt.want {
			t.Errorf("withoutTimes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestVenueLabelsAndHeldAt: a place labelled in any language (also with a
// full-width colon, and after the attendance list), a venue named after
// a held verb or a date with the prepositions of several languages, the
// town after the venue's comma, and remarks in brackets dropped.
func TestVenueLabelsAndHeldAt(t *testing.T) {
	tests := []struct{ name, file, text, venue, city string }{
		{"Dutch label after the attendance list, city after in", "x.md",
			"# Notulen ALV 19 oktober 2018\n\n## Aanwezig:\n\n- Anneke Sinnema\n- Arjan Eising\n\nLokatie: La Vie Meeting Center in Utrecht\n\nAnneke opent de vergadering.\n\n## Jaarrekening\n\nTekst.\n",
			"La Vie Meeting Center", "Utrecht"},
		{"heading made an item", "x.md",
			"# Committee Meeting\n\n## Venue: Engineering Pavilion, 215.100\n\n## 1. Welcome\n\nText.\n",
			"Engineering Pavilion, 215.100", ""},
		{"Spanish label", "x.md", "# Acta de la reunión del 5 de mayo de 2021\n\nLugar: Sala de Juntas, Valencia\n\n## 1. Apertura\n\nTexto.\n", "Sala de Juntas", "Valencia"},
		{"Portuguese label", "x.md", "# Ata da reunião de 5 de maio de 2021\n\nLocal: Auditório Central, Porto\n\n## 1. Abertura\n\nTexto.\n", "Auditório Central", "Porto"},
		{"Brazilian town with its state's code, on the date's line", "x.txt", "ATA DA ASSEMBLEIA GERAL\n\nCampinas-SP, 28 de julho de 2019\n\n1. Abertura\n\nTexto.\n", "", "Campinas"},
		{"state's code after a slash", "x.txt", "ATA DA REUNIÃO\n\nCuritiba/PR, 3 de maio de 2018\n\n1. Abertura\n\nTexto.\n", "", "Curitiba"},
		{"German label, a link in brackets dropped, e.V. kept", "x.md",
			"# Vereinsgründungstreffen 23.09.2016\n**Ort:** Hackerspace Bremen e.V. ([Anfahrt](https://example.org/anfahrt/))\n## Tagesordnung\nText\n",
			"Hackerspace Bremen e.V.", ""},
		{"Chinese label, full-width colon", "x.md", "# 理事会会议纪要\n\n会议地点：议事厅\n\n## 一、开幕\n\n你好。\n", "议事厅", ""},
		{"Chinese label naming the medium", "x.md", "# 理事会会议纪要\n\n会议地点：线上（腾讯会议）\n\n## 一、开幕\n\n你好。\n", "", ""},
		{"English label, the medium in brackets, an Australian state", "x.txt",
			"2023 Annual General Meeting\nDate: 11/10/2023\nLocation: University of New England, Sydney Campus, Parramatta, NSW. (online participants on Zoom).\n\n1. Welcome\n\nHi.\n",
			"University of New England, Sydney Campus", "Parramatta"},
		{"Dutch held verb, venue after in", "x.md",
			"# Notulen bestuursvergadering 1 juni 2010\n\nNotulen bestuursvergadering, 1 juni 2010 gehouden in Cafe De Jaren in Amsterdam. Aanwezig: Arjan Eising.\n\n## Commissies\n\nTekst.\n",
			"Cafe De Jaren", "Amsterdam"},
		{"Welsh, venue after yn yr, town after the comma", "x.txt",
			"CYNGOR CYMUNED\nCynhaliwyd cyfarfod o'r Cyngor am 7.30pm ar 9 Mawrth 2016 yn yr Ystafell Ddarllen, Cwmifor.\n\n1. YMDDIHEURIADAU\n\nDim.\n",
			"Ystafell Ddarllen", "Cwmifor"},
		{"English, the before a name, town after the comma", "x.txt",
			"COMMUNITY COUNCIL\nMEETING 9th MARCH 2016\nThe Council held their meeting at 7.30pm on the 9th March 2016 at the Reading Room, Cwmifor.\n\n1. APOLOGIES\n\nNone.\n",
			"Reading Room", "Cwmifor"},
		{"English in capitals", "x.txt",
			"PARISH COUNCIL\nMINUTES OF THE MEETING HELD AT THE VILLAGE HALL, CLAYDON ON 3 MARCH 2016\n\n1. APOLOGIES\n\nNone.\n",
			"VILLAGE HALL", "CLAYDON"},
		{"French, place and the joiner before the date", "x.txt",
			"Compte rendu de l’assemblée constitutive\nA la chaufferie, Bègles le 11/11/23\n\n1. Lecture des statuts\n\nTexte.\n",
			"la chaufferie", "Bègles"},
		{"Italian held verb and presso", "x.txt",
			"Verbale assemblea\nIl giorno 21-03-2024 si è svolta presso il Circolo Rivalta, Forlì, la riunione dell'assemblea.\n\n1. Elezioni\n\nTesto.\n",
			"Circolo Rivalta", "Forlì"},
	}
	for _, tt := range tests {
		m := recordOf(t, tt.file, tt.text).Meeting
		if string(m.Venue) != tt.venue || string(m.City) != tt.city {
			t.Errorf("%s: venue %q, city %q; want %q, %q", tt.name, m.Venue, m.City, tt.venue, tt.city)
		}
	}
}

// TestPlaceLineLedByPreposition: a header line that is only a place led
// by its preposition, with a town after a postal code or known to the
// gazetteer, in several languages.
func TestPlaceLineLedByPreposition(t *testing.T) {
	tests := []struct{ text, venue, city string }{
		{"Assemblée générale\nAu siège de l'association, 75000 Paris\n\n1. Accueil\n\nTexte.\n", "siège de l'association", "Paris"},
		{"Board Meeting\nAt the Village Hall, Claydon, IP6 0AE\n\n1. Apologies\n\nNone.\n", "Village Hall", "Claydon"},
		{"Junta Directiva\nEn la Sala de Juntas, Madrid\n\n1. Apertura\n\nTexto.\n", "Sala de Juntas", "Madrid"},
		{"Vorstand\nIm Sitzungssaal, 80331 München\n\n1. Begrüßung\n\nText.\n", "Sitzungssaal", "München"},
		{"Board Meeting\nAt the end, all agreed\n\n1. Apologies\n\nNone.\n", "", ""}, // no town: no place
	}
	for _, tt := range tests {
		m := recordOf(t, "x.txt", tt.text).Meeting
		if string(m.Venue) != tt.venue || string(m.City) != tt.city {
			t.Errorf("%q: venue %q, city %q; want %q, %q", tt.text, m.Venue, m.City, tt.venue, tt.city)
		}
	}
}
