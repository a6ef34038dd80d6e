package parse

// Places: where a meeting was held, read from a place as minutes write it
// ("Grand Elysee Hotel, Hamburg, Germany", "NMSU,  NM", "SALC,
// Claydon", "Location: Vilnius").
//
// A place is a list of parts separated by commas, from the most precise to
// the widest: venue, city, region, country. It is read from the end: a
// country comes from the country gazetteer (countries.go, lookupCountry),
// a region is a US state or Canadian province abbreviation, and the city is
// the part before them. A part that names a building ("Hotel", "Centre",
// "Room") is a venue, never a city. A single part is a city only when the
// city gazetteer knows it or the caller knows the text is a place (a
// "Location:" field); otherwise it is a venue. Nothing is inferred: a city
// alone gives no country.

import (
	"slices"
	"strings"

	"minutes/internal/rx"
	"minutes/parse/vocab"
)

// A place is where a meeting was held. Empty fields are unknown.
type place struct {
	venue, city, country String
}

// empty reports whether nothing is known of the place.
func (p place) empty() bool { return p.venue == "" && p.city == "" && p.country == "" }

// onlineWords name meetings held on no site. The medium is no place: a
// teleconference has venue, city and country null (testdata/CONVENTIONS.md),
// even when a "Location:" field names it ("Location: Internet").
var onlineWords = []string{
	"internet", "online", "on-line", "virtual", "teleconference", "telecon", "telephone",
	"phone", "conference call", "video conference", "videoconference", "web conference",
	"zoom", "webex", "teams", "skype", "discord", "irc", "jitsi", "google meet",
	"remote", "visioconférence", "téléconférence", "en ligne", "telefonkonferenz",
	"videokonferenz", "webkonferenz", "telefonisch", "videoconferencia", "en línea",
	"videoconferenza", "in videoconferenza", "videoconferência", "videochamada", "remoto",
	"bigbluebutton", "gotomeeting", "hangouts", "webinar", "mumble", "matrix",
}

// cjkOnlineWords name the medium in Chinese and Japanese, written without
// spaces, so a place holding one anywhere is online: "线上", "腾讯会议",
// "线上（腾讯会议）", "オンライン", "Web会議".
var cjkOnlineWords = []string{
	"线上", "線上", "在线", "在線", "网络会议", "網路會議", "视频会议", "視訊會議", "电话会议",
	"電話會議", "腾讯会议", "騰訊會議", "飞书", "钉钉", "オンライン", "ウェブ会議", "web会議",
	"テレビ会議", "電話会議", "リモート",
}

// venueWords are nouns that name a building or a room, in the languages
// of the corpus: a part holding one is a venue, not a city.
var venueWords = []string{
	"hotel", "hôtel", "centre", "center", "hall", "room", "building", "house", "home",
	"office", "offices", "library", "university", "universität", "université", "campus",
	"chalet", "bar", "café", "cafe", "restaurant", "salle", "saal", "chamber", "auditorium",
	"theatre", "theater", "hq", "headquarters", "suite", "floor", "street", "avenue",
	"road", "drive", "boulevard", "blvd", "square", "place", "court", "museum",
	"school", "college", "institute", "club", "lodge", "inn", "hostel", "conference",
	"palais", "palace", "castle", "church", "pavilion", "mairie", "rathaus", "gebäude",
	"maison", "hôtel de ville", "town hall", "city hall", "boardroom", "board room",
	"ballroom", "lounge", "annex", "annexe", "wing", "tower", "plaza",
	"siège", "locaux", "sede", "sala", "salón", "aula", "zaal", "raum", "sitzungssaal",
	"auditório", "auditorio", "biblioteca", "bibliothèque", "bibliotheek", "bibliothek",
}

// regionAbbreviations are the US states, Canadian provinces and
// Australian states, by name
// and postal abbreviation, and the common "D.C.": the region between a
// city and its country, which the record has no field for. A state that
// ends a place is dropped; a lone one ("Georgia") may still be a country.
var regionAbbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD
		MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
		DC D.C. AB BC MB NB NL NS NT NU ON PE QC SK YT Cal. Calif. Mass. Penn. Wash. Ill. Tex.
		NSW QLD VIC TAS ACT`) {
		regionAbbreviations[a] = true
	}
	for _, name := range strings.Split(`Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,
		Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,
		Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,
		New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,
		Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,
		Virginia,Washington,West Virginia,Wisconsin,Wyoming,Alberta,British Columbia,Manitoba,
		New Brunswick,Newfoundland,Nova Scotia,Ontario,Prince Edward Island,Quebec,Québec,Saskatchewan,
		New South Wales,Queensland,Tasmania,South Australia,Western Australia,Northern Territory`, ",") {
		regionAbbreviations[strings.TrimSpace(name)] = true
	}
}

// postalCode matches the postal codes that end addresses: "94087",
// "IP9 2AB", "CA 94087" is a region then a code.
var postalCode = rx.New(`\s*\b(?:\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\s*$`)

// parsePlace reads a place. known says the caller knows the text names a
// place (it is the value of a "Location:" field), so a lone part is taken
// for a city even when the gazetteer does not know it.
func parsePlace(s string, known bool) place {
	s = trimPlace(withoutTrailingRemark(trimPlace(s), ""))
	if s == "" {
		return place{}
	}
	if isOnline(s) {
		return place{}
	}
	// "Los Alamos @ Tinka's home": the city, then the venue.
	if city, venue, ok := strings.Cut(s, " @ "); ok {
		p := parsePlace(city, true)
		if p.venue == "" {
			p.venue = String(trimPlace(venue))
		}
		return p
	}
	parts := placeParts(s)
	var p place
	if n := len(parts); n > 0 {
		if _, ok := lookupCountry(parts[n-1]); ok {
			p.country = String(parts[n-1])
			parts = parts[:n-1]
		}
	}
	// trimPlace took the final dot of "Washington, D.C.".
	if n := len(parts); n > 1 && (regionAbbreviations[parts[n-1]] || regionAbbreviations[parts[n-1]+"."]) {
		parts = parts[:n-1]
	}
	if n := len(parts); n > 0 {
		last := parts[n-1]
		lone := n == 1 && p.country == ""
		if looksLikeCity(last) && (!lone || known || isKnownCity(last)) {
			p.city = String(last)
			parts = parts[:n-1]
		}
	}
	// "La Vie Meeting Center in Utrecht": a known place's venue names
	// its city after "in".
	if n := len(parts); n > 0 && known && p.city == "" {
		if venue, city, ok := cutCityAfterIn(parts[n-1]); ok {
			parts[n-1], p.city = venue, String(city)
		}
	}
	switch len(parts) {
	case 0:
	case 1:
		p.venue = String(withoutTheBeforeName(parts[0])) // "the Reading Room, Cwmifor"
	default:
		p.venue = String(strings.Join(parts, ", ")) // "the Hub, The Open University"
	}
	return p
}

// cutCityAfterIn splits "La Vie Meeting Center in Utrecht" into its venue
// and the city after its last "in" (or "à", "en", "em", "te", "yn"), when
// that is a capitalised name of at most three words and no building.
func cutCityAfterIn(s string) (venue, city string, ok bool) {
	for _, prep := range []string{" in ", " à ", " en ", " em ", " te ", " yn "} {
		i := strings.LastIndex(s, prep)
		if i <= 0 {
			continue
		}
		city = strings.TrimSpace(s[i+len(prep):])
		if len(strings.Fields(city)) <= 3 && looksLikeCity(city) && !isCalendarWord(city) {
			return strings.TrimSpace(s[:i]), city, true
		}
	}
	return s, "", false
}

// withoutTrailingRemark drops a remark in brackets after a place: the
// medium for those who joined from afar ("Parramatta, NSW. (online
// participants on Zoom)"), or a link ("Hackerspace Bremen e.V.
// ([Anfahrt](https://…))", raw being the line as written). A place in
// brackets ("Board Room (Building B)") stays.
func withoutTrailingRemark(s, raw string) string {
	var linked []string
	for _, m := range markdownLink.FindAllStringSubmatch(s, -1) {
		linked = append(linked, m[1])
	}
	s = markdownLink.ReplaceAllString(s, "$1")
	if !strings.HasSuffix(s, ")") {
		return s
	}
	i := strings.LastIndex(s, "(")
	if i <= 0 {
		return s
	}
	inner := strings.TrimSpace(s[i+1 : len(s)-1])
	if mentionsOnline(inner) || urlPattern.MatchString(inner) || slices.Contains(linked, inner) || (raw != "" && strings.Contains(raw, "["+inner+"](")) {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// mentionsOnline reports whether a text names a medium anywhere in it
// ("online participants on Zoom").
func mentionsOnline(s string) bool {
	for _, w := range onlineWords {
		if containsWord(s, w) {
			return true
		}
	}
	return isOnline(s)
}

// trimPlace takes off what surrounds a place in a sentence: brackets,
// final punctuation, a leading "the".
func trimPlace(s string) string {
	s = squeezeSpace(s)
	s = strings.Trim(s, " ;:,-–—")
	// A final full stop ends the sentence, not "e.V." or "Inc.".
	if f := strings.Fields(s); len(f) > 0 && !abbreviatedEnd(f[len(f)-1]) {
		s = strings.TrimRight(s, " .")
	}
	s = strings.TrimLeft(s, " .")
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	// The preposition of a clause whose time was taken out: "at 7.30pm in
	// the Village Hall" leaves "in the Village Hall"; "the" goes before a
	// name ("Village Hall"), not before a common noun.
	for _, prep := range []string{"in ", "at ", "à ", "a "} {
		if rest, ok := cutPrefixFold(s, prep); ok {
			if prep == "a " && isCapitalised(rest) {
				continue // "A Block, Main Campus"; but "A la chaufferie"
			}
			if named, ok := strings.CutPrefix(rest, "the "); ok && isCapitalised(named) {
				rest = named
			}
			return rest
		}
	}
	return s
}

// placeParts splits a place at its commas, dropping postal codes ("IP9
// 2AB", "CA 94087" keeps "CA") and empty parts.
func placeParts(s string) []string {
	var parts []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(postalCode.ReplaceAllString(part, ""))
		if town := leadingPostalCode.ReplaceAllString(part, ""); town != part && isCapitalised(town) {
			part = town // "75000 Paris"
		}
		if part != "" {
			parts = append(parts, part)
		}
	}
	return parts
}

// isOnline reports whether a place is a medium rather than a site.
func isOnline(s string) bool {
	key := foldKey(s)
	for _, w := range onlineWords {
		if key == w || strings.HasPrefix(key, w+" ") || strings.HasSuffix(key, " "+w) {
			return true
		}
	}
	for _, w := range cjkOnlineWords {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// looksLikeCity reports whether a part could be a city's name: capitalised
// words, no digits, no building noun, at most four words.
func looksLikeCity(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || !isCapitalised(words[0]) {
		return false
	}
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	for _, w := range venueWords {
		if containsWord(s, w) {
			return false
		}
	}
	for _, w := range words {
		if orgNouns[strings.ToLower(w)] {
			return false // "Hackerspace Bremen e.V.", an organisation
		}
	}
	return !strings.ContainsAny(s, "'’&@()")
}

// isKnownCity reports whether the city gazetteer knows s.
func isKnownCity(s string) bool {
	return knownCities[foldKey(s)]
}

// knownCities are the world's capitals and its larger cities, lower case,
// under their English and local names: enough to tell "Amsterdam" from
// "Annual" where nothing else says that a word is a place.
var knownCities = map[string]bool{}

func init() {
	for _, c := range strings.Split(cityList, ",") {
		if c = foldKey(c); c != "" {
			knownCities[c] = true
		}
	}
}

// cityList is the city gazetteer, comma-separated: the capitals of the
// world's countries, the cities of Europe of more than about 200,000
// people, and a selection of the larger cities and state capitals of the
// rest of the world.
const cityList = `
Abu Dhabi,Abuja,Accra,Addis Ababa,Algiers,Amman,Amsterdam,Andorra la Vella,Ankara,Antananarivo,
Apia,Ashgabat,Asmara,Astana,Asunción,Athens,Baghdad,Baku,Bamako,Bangkok,Bangui,Banjul,Basseterre,
Beijing,Beirut,Belgrade,Belmopan,Berlin,Bern,Berne,Bishkek,Bissau,Bogotá,Bogota,Brasília,Brasilia,
Bratislava,Brazzaville,Bridgetown,Brussels,Bruxelles,Brussel,Bucharest,Budapest,Buenos Aires,
Bujumbura,Cairo,Canberra,Caracas,Castries,Chișinău,Chisinau,Colombo,Conakry,Copenhagen,København,
Dakar,Damascus,Dhaka,Dili,Djibouti,Dodoma,Doha,Dublin,Dushanbe,Freetown,Funafuti,Gaborone,
Georgetown,Gitega,Guatemala City,Hanoi,Harare,Havana,Helsinki,Honiara,Islamabad,Jakarta,Jerusalem,
Juba,Kabul,Kampala,Kathmandu,Khartoum,Kyiv,Kiev,Kigali,Kingston,Kingstown,Kinshasa,Kuala Lumpur,
Kuwait City,La Paz,Libreville,Lilongwe,Lima,Lisbon,Lisboa,Ljubljana,Lomé,Lome,London,Luanda,Lusaka,
Luxembourg,Madrid,Majuro,Malabo,Male,Managua,Manama,Manila,Maputo,Maseru,Mbabane,Mexico City,Minsk,
Mogadishu,Monaco,Monrovia,Montevideo,Moroni,Moscow,Muscat,Nairobi,Nassau,Naypyidaw,N'Djamena,
New Delhi,Delhi,Niamey,Nicosia,Nouakchott,Nuku'alofa,Oslo,Ottawa,Ouagadougou,Palikir,Panama City,
Paramaribo,Paris,Phnom Penh,Podgorica,Port Louis,Port Moresby,Port of Spain,Port-au-Prince,
Porto-Novo,Prague,Praha,Praia,Pretoria,Pristina,Pyongyang,Quito,Rabat,Reykjavík,Reykjavik,Riga,
Riyadh,Rome,Roma,Roseau,San José,San Jose,San Marino,San Salvador,Sana'a,Santiago,Santo Domingo,
São Tomé,Sarajevo,Seoul,Singapore,Skopje,Sofia,Stockholm,Sucre,Suva,Taipei,Tallinn,Tarawa,
Tashkent,Tbilisi,Tegucigalpa,Tehran,Thimphu,Tirana,Tokyo,Tripoli,Tunis,Ulaanbaatar,Vaduz,Valletta,
Vatican City,Victoria,Vienna,Wien,Vientiane,Vilnius,Warsaw,Warszawa,Washington,Wellington,
Windhoek,Yamoussoukro,Yaoundé,Yaounde,Yerevan,Zagreb,
Aarhus,Antwerp,Antwerpen,Barcelona,Bari,Belfast,Bergen,Bilbao,Birmingham,Bologna,Bonn,Bordeaux,
Bradford,Bremen,Brno,Bristol,Cardiff,Catania,Cluj-Napoca,Cologne,Köln,Coventry,
Dnipro,Donetsk,Dortmund,Dresden,Duisburg,Düsseldorf,Dusseldorf,Edinburgh,Espoo,Essen,Florence,
Firenze,Frankfurt,Gdańsk,Gdansk,Geneva,Genève,Genf,Genoa,Genova,Ghent,Gent,Glasgow,Gothenburg,
Göteborg,Graz,Groningen,The Hague,Den Haag,Hamburg,Hannover,Hanover,Heraklion,Iraklion,
Istanbul,Izmir,İzmir,Karlsruhe,Kaunas,Kharkiv,Kraków,Krakow,Leeds,Leipzig,Leicester,
Liège,Lille,Linz,Liverpool,Łódź,Lodz,Lyon,Lyons,Málaga,Malaga,Malmö,Malmo,Manchester,Mannheim,
Marseille,Marseilles,Milan,Milano,Munich,München,Murcia,Nantes,Naples,Napoli,Newcastle,Nice,
Nottingham,Nuremberg,Nürnberg,Odesa,Odessa,Palermo,Plovdiv,Porto,Poznań,Poznan,
Rotterdam,Saint Petersburg,St Petersburg,Seville,Sevilla,Sheffield,Split,Stuttgart,
Strasbourg,Tampere,Thessaloniki,Toulouse,Trondheim,Turin,Torino,Turku,Uppsala,Utrecht,Valencia,
Varna,Venice,Venezia,Vigo,Wrocław,Wroclaw,Zaragoza,Zürich,Zurich,Eindhoven,
Ahmedabad,Alexandria,Atlanta,Auckland,Austin,Bangalore,Bengaluru,Boston,Brisbane,Busan,Calgary,
Cape Town,Casablanca,Chennai,Chicago,Chongqing,Dallas,Denver,Detroit,Dubai,Durban,Guangzhou,
Ho Chi Minh City,Hong Kong,Houston,Hyderabad,Johannesburg,Karachi,Kolkata,Kyoto,Lagos,Lahore,
Las Vegas,Los Angeles,Melbourne,Miami,Montreal,Montréal,Mumbai,Nagoya,New York,Osaka,Perth,
Philadelphia,Phoenix,Pittsburgh,Portland,Québec,Quebec,Rio de Janeiro,San Diego,San Francisco,
São Paulo,Sao Paulo,Seattle,Shanghai,Shenzhen,Sydney,Toronto,Vancouver,Yokohama,Minneapolis,
Baltimore,Orlando,Honolulu,Montevideo,Medellín,Guadalajara,Monterrey,Sapporo,Incheon,Taichung,
Kaohsiung,Tel Aviv,Haifa,Jeddah,Hamilton,Adelaide,Christchurch,Edmonton,Winnipeg,Halifax,
Albuquerque,Santa Fe,Las Cruces,Sacramento,Denver,Salt Lake City,Kansas City,St. Louis,Cleveland,
Cincinnati,Columbus,Indianapolis,Nashville,Memphis,New Orleans,Charlotte,Raleigh,Richmond`

// place finds where the meeting was held, in this order: a "Location:"
// field; a header line that pairs a place with the date ("Amsterdam, 23
// January 2006", "25 January 2010, Hamburg, Germany", "23rd - 24th March
// 2017 - Toulouse, France - meeting minutes") or is a place ending with a
// country or region ("Grand Elysee Hotel, Hamburg, Germany", "NMSU, Las
// Cruces, NM"); the same in running headers; "meeting in Vancouver" in a
// title; "The meeting was held at the Swiss Chalet in Ruidoso"; a line
// naming a building just after the date ("Logan Correctional Center").
func (h *header) place() place {
	p := h.findPlace()
	p.city = String(withoutStateCode(string(p.city)))
	return p
}

// stateCode is a state's or province's code after a town, as Brazilian and
// other minutes write it: "Campinas-SP", "Campinas/SP", "Curitiba - PR".
var stateCode = rx.New(`^(\p{Lu}.*?\p{Ll})\s*[-/–]\s*\p{Lu}{2}$`)

// withoutStateCode takes a state's code off a town's name.
func withoutStateCode(city string) string {
	if m := stateCode.FindStringSubmatch(city); m != nil {
		return m[1]
	}
	return city
}

// findPlace reads the meeting's place from the header: a labelled field,
// a line that is a place, then a place written in a sentence.
func (h *header) findPlace() place {
	if f, ok := h.field(fieldPlace); ok {
		value := withoutTrailingRemark(strings.TrimRight(f.value, " ."), f.line.line.Text)
		if p := parsePlace(withoutTimes(withoutDates(value)), true); !p.empty() {
			return p
		}
	}
	lines := h.placeLines()
	for _, l := range lines {
		if p, ok := placeInLine(l.text); ok {
			return p
		}
	}
	for _, l := range h.running {
		if p, ok := placeInLine(l.text); ok {
			return p
		}
	}
	for _, l := range lines {
		if p, ok := placeAfterIn(l.text); ok {
			return p
		}
	}
	for _, l := range lines {
		if p, ok := placeHeldAt(l.text); ok {
			return p
		}
	}
	for _, l := range lines {
		if p, ok := placeLedByPreposition(l.text); ok {
			return p
		}
	}
	if p := h.buildingNearDate(lines); !p.empty() {
		return p
	}
	// A title block printed on every page is a running header, which
	// normalize took out of the text: "Thursday, September 26, 2019" /
	// "Jerry Sue Thornton Center – Ford Room"
	// (cuyahoga-cc-board-of-trustees-agenda-2019-09-26.pdf).
	return h.buildingNearDate(h.running)
}

// placeLines are the header lines a place may come from: not fields, not
// about another meeting.
func (h *header) placeLines() []headerLine {
	var out []headerLine
	for _, l := range h.lines {
		// A line without capitals is a web page's chrome, and places are
		// capitalised.
		if !l.field && hasUpper(l.text) && !hasAnyWord(l.text, otherMeetingWords) {
			out = append(out, l)
		}
	}
	return out
}

// timeOfDayPattern matches times: "9:00am", "10.30 – 12.30", "16h00",
// "1:30 p.m.", "10:00 AM", "20 h", "20 h 30", "19:00 Uhr".
var timeOfDayPattern = rx.New(`(?i)\b\d{1,2}\s?h(?:\s?\d{2})?\b|\b\d{1,2}(?:[:.]\d{2})?\s*uhr\b|\b\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?\b)?(?:\s*[-–—]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?\b)?)?|\b\d{1,2}[:.h]\d{2}\b`)

// withoutTimes blanks the times of day in s.
func withoutTimes(s string) string {
	return timeOfDayPattern.ReplaceAllStringFunc(s, func(t string) string {
		if !strings.ContainsAny(t, ":.hHaApP") {
			return t // a bare number is no time
		}
		return " "
	})
}

// placeInLine reads a place paired with a date, or a line that is a place
// ending with a country or region.
func placeInLine(text string) (place, bool) {
	if dates := findDates(text, dayFirst); len(dates) > 0 {
		d := dates[0]
		if p, ok := placeBeforeDate(text[:d.At]); ok {
			return p, true
		}
		return placeAfterDate(text[d.Stop:])
	}
	words := strings.Fields(text)
	parts := placeParts(text)
	if len(words) > 10 || len(parts) < 2 || hasAnyWord(text, meetingWords) {
		return place{}, false
	}
	last := parts[len(parts)-1]
	if _, ok := lookupCountry(last); ok || regionAbbreviations[last] {
		return parsePlace(text, true), true
	}
	return place{}, false
}

// placeBeforeDate reads "Amsterdam," before a date: a short capitalised
// place and a comma.
func placeBeforeDate(before string) (place, bool) {
	before = strings.TrimSpace(before)
	// "Bègles le 11/11/23": the word that joins the date ends the place.
	if loc := danglingJoiner.FindStringIndex(before); loc != nil && loc[0] > 0 && strings.Contains(before, ",") {
		before = strings.TrimSpace(before[:loc[0]]) + ","
	}
	if !strings.HasSuffix(before, ",") {
		return place{}, false
	}
	x := strings.TrimSpace(strings.TrimSuffix(before, ","))
	if words := strings.Fields(x); len(words) == 0 || len(words) > 5 || hasAnyWord(x, meetingWords) || !isCapitalised(x) {
		return place{}, false
	}
	if p := parsePlace(x, true); !p.empty() {
		return p, true
	}
	return place{}, false
}

// placeAfterDate reads what follows a date: ", Hamburg, Germany", "- Toulouse,
// France - meeting minutes", "(Betsy Frederick's home, Albuquerque)", "–
// 9:00am at Carbon Arc Bar & Board". A part counts when it ends with a
// country or region, is in brackets, follows "at" or "in", or is a city the
// gazetteer knows.
func placeAfterDate(after string) (place, bool) {
	after = squeezeSpace(withoutTimes(after))
	for _, part := range splitOnDashes(after) {
		part = strings.Trim(part, " ,;|-–—")
		if part == "" {
			continue
		}
		prep := leadingPreposition(part)
		switch {
		case prep != "" || strings.HasPrefix(part, "@ "):
			rest := strings.TrimSpace(part[max(len(prep), 1):])
			if !plainPreposition[foldKey(prep)] && !isCapitalised(rest) && !hasAnyWord(rest, venueWords) {
				continue // "no quorum", "en retard"
			}
			if p := parsePlace(rest, senseOf(prep) == "place"); !p.empty() {
				if senseOf(prep) == "venue" && p.city == "" && p.venue == "" {
					continue
				}
				return p, true
			}
		case strings.HasPrefix(part, "(") && strings.HasSuffix(part, ")"):
			if p := parsePlace(part, true); !p.empty() {
				return p, true
			}
		case !hasAnyWord(part, meetingWords):
			parts := placeParts(part)
			last := parts[len(parts)-1]
			_, isCountry := lookupCountry(last)
			if isCountry || (len(parts) > 1 && regionAbbreviations[last]) || isKnownCity(last) {
				return parsePlace(part, true), true
			}
		}
	}
	return place{}, false
}

// plainPreposition are the prepositions after a date that surely
// introduce a place, whatever follows them; after the others ("no",
// "en", "bei") a place is capitalised or names a building.
var plainPreposition = map[string]bool{"at": true, "in": true, "à": true, "": true}

// leadingPreposition is the preposition of a place that opens s, as
// written ("at", "yn yr", "presso"), or "".
func leadingPreposition(s string) string {
	m := placePreposition.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 {
		return ""
	}
	return s[m[2]:m[3]]
}

// splitOnDashes splits at spaced dashes and bars: "Toulouse, France -
// meeting minutes".
func splitOnDashes(s string) []string {
	for _, sep := range []string{" – ", " — ", " | "} {
		s = strings.ReplaceAll(s, sep, " - ")
	}
	return strings.Split(s, " - ")
}

// afterMeetingIn matches "meeting in Vancouver", "Board Meeting in Santa
// Fe, NM", "réunion à Genève": a place after a meeting word and "in".
var afterMeetingIn = rx.New(`(?i)\b(?:meeting|minutes|session|réunion|séance|sitzung|vergadering)\s+(?:\S+\s+){0,3}?(?:in|à|en)\s+(\p{Lu}[^;()]*)`)

// placeAfterIn reads a place after "meeting in".
func placeAfterIn(text string) (place, bool) {
	m := afterMeetingIn.FindStringSubmatch(withoutDates(text))
	if m == nil {
		return place{}, false
	}
	// The place runs to the end of the sentence; its commas stay ("Santa
	// Fe, NM", "Espoo, Finland"), and a lone name that is no known city
	// gives nothing.
	candidate := m[1]
	if j := strings.IndexAny(candidate, ".;"); j >= 0 {
		candidate = candidate[:j]
	}
	p := parsePlace(candidate, false)
	if p.city == "" && p.country == "" {
		return place{}, false
	}
	return p, true
}

// placeLedByPreposition reads a header line that is only a place led by
// its preposition, with a town the line makes sure of: "Au siège de
// l'association, 75000 Paris", "At the Village Hall, Claydon, IP6 0AE",
// "En la Sala de Juntas, Madrid". The town is known to the gazetteer or
// follows a postal code.
func placeLedByPreposition(text string) (place, bool) {
	prep := leadingPreposition(text)
	if prep == "" || len(strings.Fields(text)) > 12 || hasAnyWord(text, meetingWords) {
		return place{}, false
	}
	rest := strings.TrimSpace(text[len(prep):])
	written := strings.Split(rest, ",")
	parts := placeParts(rest)
	if len(written) < 2 || len(parts) < 2 {
		return place{}, false
	}
	last := strings.TrimSpace(written[len(written)-1])
	coded := postalCode.MatchString(last) || leadingPostalCode.MatchString(last)
	if !coded && !isKnownCity(parts[len(parts)-1]) {
		return place{}, false
	}
	p := parsePlace(rest, true)
	return p, p.city != "" && p.venue != ""
}

// leadingPostalCode matches a postal code before a town: "75000 Paris",
// "1012 AB Amsterdam", "D-80331 München".
var leadingPostalCode = rx.New(`^(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+`)

// heldWord matches the verb of a sentence that says where a meeting was
// held: "held", "took place", "tenue", "a eu lieu", "fand … statt",
// "gehouden", "si è svolta", "cynhaliwyd" (vocab.HeldVerbs).
var heldWord = rx.New(`(?i)(?:^|[^\p{L}])(?:` + vocab.HeldVerbs.Pattern() + `)(?:[^\p{L}]|$)`)

// placePreposition matches the prepositions that introduce a place after
// the verb or a date: "at the Swiss Chalet", "in Ruidoso", "à la salle du
// conseil", "presso la sede", "yn yr Ystafell Ddarllen"
// (vocab.PlacePrepositions).
var placePreposition = rx.New(`(?i)(?:^|\s)(` + vocab.PlacePrepositions.Pattern() + `)\s+`)

// prepositionSense is what a preposition of vocab.PlacePrepositions
// introduces: "venue" or "place".
var prepositionSense = func() map[string]string {
	m := map[string]string{}
	for _, t := range vocab.PlacePrepositions {
		m[t.Text] = t.Sense
	}
	return m
}()

// senseOf is the sense of a preposition as written ("Yn  yr" → "venue").
func senseOf(prep string) string { return prepositionSense[foldKey(prep)] }

// placeHeldAt reads the place of a "was held at … in …" sentence: a venue
// after a preposition of a venue ("at", "à la", "presso", "yn yr"); after
// one of a place ("in", "à", "en", "em"), a city when it is a capitalised
// name and no building, else a building that names itself one ("gehouden
// in Cafe De Jaren in Amsterdam"). Times ("à 16h00") are skipped.
func placeHeldAt(text string) (place, bool) {
	loc := heldWord.FindStringIndex(text)
	if loc == nil {
		return place{}, false
	}
	rest := text[loc[1]:]
	var p place
	for _, m := range placePreposition.FindAllStringSubmatchIndex(rest, -1) {
		after := rest[m[1]:]
		if after == "" || (after[0] >= '0' && after[0] <= '9') {
			continue // "à 16h00"
		}
		prep := foldKey(rest[m[2]:m[3]])
		city := capitalisedRun(after)
		switch {
		case senseOf(prep) == "place" && city != "" && looksLikeCity(city):
			if p.city == "" {
				p.city = String(city)
			}
		case p.venue != "":
		case senseOf(prep) == "venue", prep == "à":
			if venue, tail := cutVenue(after); venue != "" {
				p.venue = String(venue)
				// "at the Reading Room, Cwmifor.": the town after
				// the venue's comma.
				if town, ok := townAfterComma(tail); ok && p.city == "" {
					p.city = String(town)
				}
			}
		default:
			if venue, _ := cutVenue(after); venue != "" && isCapitalised(venue) && hasAnyWord(venue, venueWords) {
				p.venue = String(venue)
			}
		}
	}
	if p.venue == "" && p.city == "" {
		return place{}, false
	}
	return p, true
}

// cutVenue takes a venue off the front of a sentence's rest: up to " in ",
// a comma, a period or a clause. A French article goes ("la salle du
// conseil" → "salle du conseil"), and "the" before a name ("the Swiss
// Chalet" → "Swiss Chalet"), but not before a common noun ("the home of
// Debby Potter").
func cutVenue(s string) (venue, tail string) {
	end := len(s)
	for _, stop := range []string{" in ", ",", ". ", " on ", " the day", " by ", " from ", " with ", " and ", " à ", " at ", " en ", " em ", " te ", " yn "} {
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	venue = strings.TrimSuffix(strings.TrimSpace(s[:end]), ".")
	// The article goes, in the languages that put one before a venue:
	// "la salle du conseil", "il Circolo Rivalta", "el Salón de Actos",
	// "het Dorpshuis".
	for _, article := range []string{"la ", "le ", "les ", "l'", "l’", "il ", "lo ", "el ", "los ", "las ", "het ", "o ", "os ", "as "} {
		venue = strings.TrimPrefix(venue, article)
	}
	venue = withoutTheBeforeName(venue)
	if len(strings.Fields(venue)) > 8 || isOnline(venue) || !hasLetter(venue) {
		return "", s[end:]
	}
	return venue, strings.TrimSpace(s[end:])
}

// townAfterComma reads the town that follows a venue and its comma: ",
// Cwmifor." or ", Claydon, on …"; it is a capitalised name that
// looksLikeCity, ended by the sentence or another comma.
func townAfterComma(tail string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(tail), ",")
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	end := len(rest)
	lower := strings.ToLower(rest) // "CLAYDON ON 3 MARCH"
	for _, stop := range []string{",", ". ", ";", " on ", " at ", " le ", " am ", " el ", " il ", " op "} {
		if i := strings.Index(lower, stop); i >= 0 && i < end {
			end = i
		}
	}
	town := strings.TrimSuffix(strings.TrimSpace(rest[:end]), ".")
	if town == "" || !looksLikeCity(town) || isCalendarWord(town) || len(strings.Fields(town)) > 3 {
		return "", false
	}
	return town, true
}

// withoutTheBeforeName takes the article of a sentence off a venue's name
// ("the Reading Room", and "THE VILLAGE HALL" in a line of capitals), but
// not off a common noun ("the home of Debby Potter") nor a name that
// holds it ("The Cookhouse").
func withoutTheBeforeName(venue string) string {
	rest, ok := strings.CutPrefix(venue, "the ")
	if !ok && !hasLower(venue) {
		rest, ok = strings.CutPrefix(venue, "THE ")
	}
	if ok && isCapitalised(rest) {
		return rest
	}
	return venue
}

// cutPrefixFold is strings.CutPrefix ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// capitalisedRun is the run of capitalised words (with "de", "la", "St."
// between them) that starts s: "Los Alamos at Carol's home" → "Los Alamos".
func capitalisedRun(s string) string {
	var run []string
	for _, w := range strings.Fields(s) {
		clean := strings.TrimRight(w, ".,;:")
		switch {
		case isCapitalised(clean) && len(run) < 4:
			run = append(run, clean)
			if clean != w {
				return strings.Join(run, " ")
			}
		case len(run) > 0 && (w == "de" || w == "la" || w == "del" || w == "sur" || w == "am"):
			run = append(run, w)
		default:
			return strings.TrimRight(strings.Join(trimJoiners(run), " "), " ")
		}
	}
	return strings.Join(trimJoiners(run), " ")
}

// trimJoiners drops joining words left at the end of a run.
func trimJoiners(run []string) []string {
	for len(run) > 0 && !isCapitalised(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	return run
}

// buildingNearDate reads a venue from a short line naming a building in the
// three lines after the line holding the meeting's date: "Jerry Sue
// Thornton Center – Ford Room".
func (h *header) buildingNearDate(lines []headerLine) place {
	for i, l := range lines {
		if _, ok := firstFullDate(l.text, h.order); !ok {
			continue
		}
		for _, next := range lines[i+1 : min(i+4, len(lines))] {
			text := squeezeSpace(withoutTimes(next.text))
			if len(strings.Fields(text)) <= 8 && !hasAnyWord(text, meetingWords) && hasAnyWord(text, venueWords) {
				return parsePlace(text, true)
			}
		}
		break
	}
	return place{}
}
