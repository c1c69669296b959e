/**
 * Competition gazetteer: championship series and the one-day meetings, road races and cross-country
 * races that are general domain knowledge (not taken from any one article), with their written forms
 * and the cities of their editions by year.
 *
 * Forms are token sequences. A lower-case form matches in any case; a token written with a capital in
 * a form must be capitalised in the text ("Worlds", "Games"). Kinds of forms:
 *   forms       the series' names: always a mention
 *   shortForms  a mention only when the article names the series in full elsewhere ("the Games")
 *   adjectives  "Olympic", "world": a title or a race of the series when a title word follows
 *               ("Olympic champion", "world 5,000m crown", "the Olympic final"); kept when a year, an
 *               edition city or a time cue anchors it, or the series is named elsewhere
 *   cityHeads   "<edition city> <head>": "Athens Olympics", "Sydney Games", "Helsinki World Championships"
 */
import type { CompetitionRuleInput } from '../schema.js';

const OLYMPIC_EDITIONS = {
  1896: 'Athens', 1900: 'Paris', 1908: 'London', 1912: 'Stockholm', 1920: 'Antwerp', 1924: 'Paris', 1928: 'Amsterdam',
  1932: 'Los Angeles', 1936: 'Berlin', 1948: 'London', 1952: 'Helsinki', 1956: 'Melbourne', 1960: 'Rome', 1964: 'Tokyo',
  1968: 'Mexico City', 1972: 'Munich', 1976: 'Montreal', 1980: 'Moscow', 1984: 'Los Angeles', 1988: 'Seoul', 1992: 'Barcelona',
  1996: 'Atlanta', 2000: 'Sydney', 2004: 'Athens', 2008: 'Beijing', 2012: 'London', 2016: 'Rio', 2020: 'Tokyo', 2021: 'Tokyo', 2024: 'Paris',
  2028: 'Los Angeles', 2032: 'Brisbane',
};
const WORLDS_EDITIONS = {
  1983: 'Helsinki', 1987: 'Rome', 1991: 'Tokyo', 1993: 'Stuttgart', 1995: 'Gothenburg', 1997: 'Athens', 1999: 'Seville',
  2001: 'Edmonton', 2003: 'Paris', 2005: 'Helsinki', 2007: 'Osaka', 2009: 'Berlin', 2011: 'Daegu', 2013: 'Moscow', 2015: 'Beijing',
  2017: 'London', 2019: 'Doha', 2022: 'Eugene', 2023: 'Budapest', 2025: 'Tokyo', 2027: 'Beijing',
};
const WORLD_INDOOR_EDITIONS = {
  1987: 'Indianapolis', 1989: 'Budapest', 1991: 'Seville', 1993: 'Toronto', 1995: 'Barcelona', 1997: 'Paris', 1999: 'Maebashi',
  2001: 'Lisbon', 2003: 'Birmingham', 2004: 'Budapest', 2006: 'Moscow', 2008: 'Valencia', 2010: 'Doha', 2012: 'Istanbul',
  2014: 'Sopot', 2016: 'Portland', 2018: 'Birmingham', 2022: 'Belgrade', 2024: 'Glasgow', 2025: 'Nanjing', 2026: 'Torun',
};
const WORLD_XC_EDITIONS = {
  1995: 'Durham', 1996: 'Stellenbosch', 1997: 'Turin', 1998: 'Marrakech', 1999: 'Belfast', 2000: 'Vilamoura', 2001: 'Ostend',
  2002: 'Dublin', 2003: 'Lausanne', 2004: 'Brussels', 2005: 'Saint-Galmier', 2006: 'Fukuoka', 2007: 'Mombasa', 2008: 'Edinburgh',
  2009: 'Amman', 2010: 'Bydgoszcz', 2011: 'Punta Umbria', 2013: 'Bydgoszcz', 2015: 'Guiyang', 2017: 'Kampala', 2019: 'Aarhus',
  2023: 'Bathurst', 2024: 'Belgrade', 2026: 'Tallahassee',
};
const EUROPEAN_EDITIONS = {
  1990: 'Split', 1994: 'Helsinki', 1998: 'Budapest', 2002: 'Munich', 2006: 'Gothenburg', 2010: 'Barcelona', 2012: 'Helsinki',
  2014: 'Zurich', 2016: 'Amsterdam', 2018: 'Berlin', 2022: 'Munich', 2024: 'Rome', 2026: 'Birmingham',
};
const EUROPEAN_INDOOR_EDITIONS = {
  1994: 'Paris', 1996: 'Stockholm', 1998: 'Valencia', 2000: 'Ghent', 2002: 'Vienna', 2005: 'Madrid', 2007: 'Birmingham',
  2009: 'Turin', 2011: 'Paris', 2013: 'Gothenburg', 2015: 'Prague', 2017: 'Belgrade', 2019: 'Glasgow', 2021: 'Torun',
  2023: 'Istanbul', 2025: 'Apeldoorn',
};
const COMMONWEALTH_EDITIONS = {
  1990: 'Auckland', 1994: 'Victoria', 1998: 'Kuala Lumpur', 2002: 'Manchester', 2006: 'Melbourne', 2010: 'Delhi', 2014: 'Glasgow',
  2018: 'Gold Coast', 2022: 'Birmingham', 2026: 'Glasgow',
};

const HALF = { name: 'Half Marathon', discipline: 'road', distanceMeters: 21097.5 } as const;

export const SERIES: readonly CompetitionRuleInput[] = [
  {
    id: 'competition/olympic-games', reason: 'the (summer) Olympic Games; Tokyo 2020 was held in 2021 (both years listed)', name: 'Olympic Games', kind: 'games', indoor: false,
    forms: ['olympic games', 'olympics', 'summer olympics', 'summer games'],
    shortForms: ['Games'], adjectives: ['Olympic'], cityHeads: ['olympics', 'olympic games', 'Games'], bareCity: true,
    editions: OLYMPIC_EDITIONS, cities: { 'Rio de Janeiro': 'Rio' },
  },
  {
    id: 'competition/world-indoors', reason: 'World Athletics (IAAF) World Indoor Championships', name: 'World Athletics Indoor Championships', kind: 'championship', indoor: true,
    forms: ['world athletics indoor championships', 'world indoor championships', 'world indoor championship', 'world indoor championships in athletics', 'indoor world championships', 'world indoors', 'world indoor champs', 'world indoor games'],
    adjectives: ['world indoor', 'indoor world'], cityHeads: ['world indoors', 'world indoor championships'], editions: WORLD_INDOOR_EDITIONS,
  },
  {
    id: 'competition/world-xc', reason: 'World (Athletics) Cross Country Championships', name: 'World Cross Country Championships', kind: 'cross-country', indoor: false,
    forms: ['world cross country championships', 'world cross country championship', 'world athletics cross country championships', 'cross country world championships', 'world xc championships', 'World Cross Country', 'world cross champs', 'world cross country champs'],
    adjectives: ['world cross country', 'world cross'], cityHeads: ['event', 'world cross country championships', 'world cross country'],
    editions: WORLD_XC_EDITIONS, cities: { 'St Galmier': 'Saint-Galmier', 'St-Galmier': 'Saint-Galmier' },
  },
  {
    id: 'competition/world-half', reason: 'World Half Marathon Championships (also shields "world half-marathon silver" from the Worlds)', name: 'World Half Marathon Championships', kind: 'road-race', indoor: false,
    forms: ['world half marathon championships', 'world half marathon championship', 'world road running championships', 'World Half Marathon'],
    adjectives: ['world half marathon', 'world half'],
  },
  {
    id: 'competition/world-juniors', reason: 'World Junior / U20 Championships (shields the Worlds)', name: 'World U20 Championships', kind: 'championship', indoor: false,
    forms: ['world junior championships', 'world junior championship', 'world u20 championships', 'world athletics u20 championships', 'world juniors', 'world under 20 championships'],
    adjectives: ['world junior', 'world u20', 'world youth'],
  },
  { id: 'competition/world-youth', reason: 'World Youth / U18 Championships', name: 'World Youth Championships', kind: 'championship', indoor: false, forms: ['world youth championships', 'world u18 championships', 'world under 18 championships'] },
  { id: 'competition/world-relays', reason: 'World Athletics Relays', name: 'World Athletics Relays', kind: 'championship', indoor: false, forms: ['world relays', 'world athletics relays', 'iaaf world relays'] },
  { id: 'competition/world-race-walking', reason: 'World Race Walking Cup / Team Championships', name: 'World Race Walking Team Championships', kind: 'championship', indoor: false, forms: ['world race walking cup', 'world race walking team championships', 'world race walking championships'] },
  { id: 'competition/world-cup', reason: 'IAAF World Cup / Continental Cup (athletics)', name: 'IAAF World Cup', kind: 'championship', indoor: false, forms: ['iaaf world cup', 'world cup in athletics', 'iaaf continental cup', 'continental cup'] },
  {
    id: 'competition/worlds', reason: 'World Athletics (IAAF) World Championships, outdoors', name: 'World Athletics Championships', kind: 'championship', indoor: false,
    forms: ['world athletics championships', 'world championships', 'world championship', 'world championships in athletics', 'world outdoor championships', 'world champs', 'Worlds'],
    shortForms: ['world final', 'world finals'], adjectives: ['world', 'world outdoor'], cityHeads: ['world championships', 'Worlds', 'world athletics championships'], bareCity: true,
    editions: WORLDS_EDITIONS, cities: { Oregon: 'Eugene' },
  },
  {
    id: 'competition/european-indoors', reason: 'European Athletics Indoor Championships', name: 'European Indoor Championships', kind: 'championship', indoor: true,
    forms: ['european indoor championships', 'european indoor championship', 'european athletics indoor championships', 'european indoor athletics championships', 'european indoors championships', 'european indoors', 'euro indoors', 'european indoor champs'],
    adjectives: ['european indoor'], cityHeads: ['european indoors', 'european indoor championships'], editions: EUROPEAN_INDOOR_EDITIONS,
  },
  {
    id: 'competition/european-xc', reason: 'European Cross Country Championships', name: 'European Cross Country Championships', kind: 'cross-country', indoor: false,
    forms: ['european cross country championships', 'european cross country championship', 'european cross country'], adjectives: ['european cross country'],
  },
  { id: 'competition/european-cup', reason: 'European Cup (European Team Championships since 2009)', name: 'European Cup', kind: 'championship', indoor: false, forms: ['european cup', 'european team championships', 'european athletics team championships', 'spar european cup'] },
  {
    id: 'competition/european-u23', reason: 'European U23 / junior championships (shield the Europeans)', name: 'European U23 Championships', kind: 'championship', indoor: false,
    forms: ['european u23 championships', 'european under 23 championships'], adjectives: ['european u23', 'european junior', 'european u20'],
  },
  {
    id: 'competition/europeans', reason: 'European Athletics Championships, outdoors', name: 'European Championships', kind: 'championship', indoor: false,
    forms: ['european championships', 'european athletics championships', 'european outdoor championships', 'european champs'],
    adjectives: ['european'], cityHeads: ['european championships'], editions: EUROPEAN_EDITIONS,
  },
  {
    id: 'competition/commonwealth-games', reason: 'Commonwealth Games', name: 'Commonwealth Games', kind: 'games', indoor: false,
    forms: ['commonwealth games', 'Commonwealths'], shortForms: ['Games'], adjectives: ['Commonwealth'], cityHeads: ['commonwealth games', 'Games'], editions: COMMONWEALTH_EDITIONS,
  },
  // ---- shields: other games whose names contain a series' words; matched, never output
  { id: 'competition/not-winter-olympics', reason: 'the Winter Olympics are not the (summer) Olympic Games', name: 'Winter Olympic Games', kind: 'games', indoor: null, ignore: true, forms: ['winter olympics', 'winter olympic games', 'winter games', 'winter olympian'] },
  { id: 'competition/not-youth-olympics', reason: 'the Youth Olympic Games are not the Olympic Games', name: 'Youth Olympic Games', kind: 'games', indoor: null, ignore: true, forms: ['youth olympic games', 'youth olympics'] },
  { id: 'competition/not-para-worlds', reason: 'the (World) Para Athletics Championships are not the World Championships', name: 'World Para Athletics Championships', kind: 'championship', indoor: null, ignore: true, forms: ['para world championships', 'world para athletics championships', 'world para championships', 'ipc world championships', 'ipc athletics world championships', 'para athletics world championships'] },
  { id: 'competition/not-masters-worlds', reason: 'the World Masters Athletics Championships are not the World Championships', name: 'World Masters Athletics Championships', kind: 'championship', indoor: null, ignore: true, forms: ['world masters championships', 'world masters athletics championships', 'world masters athletics indoor championships', 'world masters indoor championships'] },
  { id: 'competition/not-marathon-majors', reason: 'the World Marathon Majors are a series of city marathons, not a race of the Worlds ("his first World Marathon major title")', name: 'World Marathon Majors', kind: 'road-race', indoor: null, ignore: true, forms: ['world marathon majors', 'world marathon major', 'abbott world marathon majors', 'abbott world marathon major'] },
  { id: 'competition/not-special-olympics', reason: 'the Special Olympics are not the Olympic Games', name: 'Special Olympics', kind: 'games', indoor: null, ignore: true, forms: ['special olympics'] },
  { id: 'competition/not-olympic-bodies', reason: 'Olympic bodies and places are not the Games', name: 'Olympic bodies', kind: 'games', indoor: null, ignore: true, forms: ['international olympic committee', 'olympic committee', 'olympic village', 'olympic stadium', 'olympic park', 'olympic council', 'olympic association', 'olympic movement', 'olympic bid', 'olympic charter', 'olympic record', 'olympic records'] },
  // ---- one-day meetings (annual)
  { id: 'competition/millrose', reason: 'Millrose Games, New York, indoors', name: 'Millrose Games', kind: 'meeting', indoor: true, location: 'New York', annual: true, forms: ['millrose games', 'wanamaker millrose games', 'new balance millrose games'] },
  { id: 'competition/prefontaine', reason: 'Prefontaine Classic, Eugene', name: 'Prefontaine Classic', kind: 'meeting', indoor: false, location: 'Eugene', annual: true, forms: ['prefontaine classic', 'Pre Classic', 'Prefontaine'] },
  { id: 'competition/bislett', reason: 'Bislett Games, Oslo', name: 'Bislett Games', kind: 'meeting', indoor: false, location: 'Oslo', annual: true, forms: ['bislett games', 'exxonmobil bislett games'] },
  { id: 'competition/golden-gala', reason: 'Golden Gala, Rome', name: 'Golden Gala', kind: 'meeting', indoor: false, location: 'Rome', annual: true, forms: ['golden gala', 'golden gala pietro mennea'] },
  { id: 'competition/weltklasse', reason: 'Weltklasse, Zurich', name: 'Weltklasse Zurich', kind: 'meeting', indoor: false, location: 'Zurich', annual: true, forms: ['weltklasse', 'weltklasse zurich', 'weltklasse zürich'] },
  { id: 'competition/van-damme', reason: 'Memorial Van Damme, Brussels', name: 'Memorial Van Damme', kind: 'meeting', indoor: false, location: 'Brussels', annual: true, forms: ['memorial van damme', 'van damme memorial', 'ivo van damme memorial'] },
  { id: 'competition/herculis', reason: 'Herculis meeting, Monaco', name: 'Herculis', kind: 'meeting', indoor: false, location: 'Monaco', annual: true, forms: ['Herculis', 'herculis ebs'] },
  { id: 'competition/athletissima', reason: 'Athletissima, Lausanne', name: 'Athletissima', kind: 'meeting', indoor: false, location: 'Lausanne', annual: true, forms: ['athletissima'] },
  { id: 'competition/dn-galan', reason: 'DN Galan / Bauhaus-Galan, Stockholm', name: 'Bauhaus-Galan', kind: 'meeting', indoor: false, location: 'Stockholm', annual: true, forms: ['dn galan', 'bauhaus galan', 'bauhaus galan'] },
  { id: 'competition/meeting-paris', reason: 'Meeting de Paris (Gaz de France, Areva)', name: 'Meeting de Paris', kind: 'meeting', indoor: false, location: 'Paris', annual: true, forms: ['meeting de paris', 'meeting areva', 'gaz de france meeting', 'meeting gaz de france'] },
  { id: 'competition/istaf', reason: 'ISTAF, Berlin', name: 'ISTAF Berlin', kind: 'meeting', indoor: false, location: 'Berlin', annual: true, forms: ['istaf', 'istaf berlin'] },
  { id: 'competition/diamond-league-final', reason: 'Diamond League Final', name: 'Diamond League Final', kind: 'meeting', indoor: false, annual: true, forms: ['diamond league final', 'diamond league finals'] },
  { id: 'competition/golden-league-final', reason: 'IAAF World Athletics Final (2003-2009)', name: 'World Athletics Final', kind: 'meeting', indoor: false, annual: true, forms: ['world athletics final', 'iaaf world athletics final'] },
  { id: 'competition/norwich-union-international', reason: 'Norwich Union International, Glasgow indoor match', name: 'Norwich Union International', kind: 'meeting', indoor: true, location: 'Glasgow', annual: true, forms: ['norwich union international'] },
  { id: 'competition/great-edinburgh-xc', reason: 'Great Edinburgh International Cross Country', name: 'Great Edinburgh Cross Country', kind: 'cross-country', indoor: false, location: 'Edinburgh', annual: true, forms: ['great edinburgh international cross country', 'great edinburgh cross country', 'great edinburgh xc', 'great edinburgh run'] },
  { id: 'competition/great-north-run', reason: 'Great North Run (half marathon), Newcastle', name: 'Great North Run', kind: 'road-race', event: HALF, indoor: false, location: 'Newcastle', annual: true, forms: ['great north run', 'bupa great north run'] },
  { id: 'competition/fifth-avenue-mile', reason: 'Fifth Avenue Mile, New York', name: 'Fifth Avenue Mile', kind: 'road-race', indoor: false, location: 'New York', annual: true, forms: ['fifth avenue mile', '5th avenue mile'] },
  // ---- marathon majors (annual)
  { id: 'competition/london-marathon', reason: 'London Marathon and its sponsor names', name: 'London Marathon', kind: 'road-race', indoor: false, location: 'London', annual: true, forms: ['london marathon', 'london marathons', 'flora london marathon', 'virgin london marathon', 'virgin money london marathon', 'tcs london marathon'], shortForms: ['london race', 'london races', 'london event'] },
  { id: 'competition/nyc-marathon', reason: 'New York City Marathon', name: 'New York City Marathon', kind: 'road-race', indoor: false, location: 'New York', annual: true, forms: ['new york city marathon', 'new york marathon', 'nyc marathon', 'ing new york city marathon', 'tcs new york city marathon'], shortForms: ['new york race'] },
  { id: 'competition/boston-marathon', reason: 'Boston Marathon', name: 'Boston Marathon', kind: 'road-race', indoor: false, location: 'Boston', annual: true, forms: ['boston marathon'] },
  { id: 'competition/berlin-marathon', reason: 'Berlin Marathon', name: 'Berlin Marathon', kind: 'road-race', indoor: false, location: 'Berlin', annual: true, forms: ['berlin marathon', 'bmw berlin marathon', 'real berlin marathon'] },
  { id: 'competition/chicago-marathon', reason: 'Chicago Marathon', name: 'Chicago Marathon', kind: 'road-race', indoor: false, location: 'Chicago', annual: true, forms: ['chicago marathon', 'bank of america chicago marathon', 'lasalle bank chicago marathon'] },
  { id: 'competition/tokyo-marathon', reason: 'Tokyo Marathon', name: 'Tokyo Marathon', kind: 'road-race', indoor: false, location: 'Tokyo', annual: true, forms: ['tokyo marathon'] },
  // ---- national championships (domain knowledge: UK and US names)
  { id: 'competition/aaa-championships', reason: 'AAA Championships (the English / British championships under that name)', name: 'AAA Championships', kind: 'championship', indoor: false, annual: true, forms: ['aaa championships', 'aaas championships', 'aaa outdoor championships'] },
  { id: 'competition/aaa-indoor', reason: 'AAA Indoor Championships', name: 'AAA Indoor Championships', kind: 'championship', indoor: true, annual: true, forms: ['aaa indoor championships', 'aaas indoor championships'] },
  { id: 'competition/uk-championships', reason: 'UK / British Athletics Championships', name: 'British Athletics Championships', kind: 'championship', indoor: false, annual: true, forms: ['uk championships', 'british championships', 'british athletics championships', 'uk athletics championships'] },
  { id: 'competition/uk-indoor', reason: 'UK / British Indoor Championships', name: 'British Indoor Championships', kind: 'championship', indoor: true, annual: true, forms: ['uk indoor championships', 'british indoor championships', 'british athletics indoor championships'] },
  { id: 'competition/usa-championships', reason: 'USATF Outdoor Championships', name: 'USATF Championships', kind: 'championship', indoor: false, annual: true, forms: ['usatf championships', 'usatf outdoor championships', 'us championships', 'usa championships', 'usa outdoor championships'] },
  // "Olympic Trials" alone is any country's (British, Kenyan, US): a generic trials name, not this one
  { id: 'competition/us-olympic-trials', reason: 'US Olympic (Team) Trials, track and field', name: 'US Olympic Trials', kind: 'trials', indoor: false, forms: ['us olympic trials', 'u s olympic trials', 'usa olympic trials', 'us olympic team trials', 'u s olympic team trials', 'usa olympic team trials', 'usatf olympic trials'] },
  {
    id: 'competition/us-olympic-marathon-trials', reason: 'US Olympic Team Trials for the marathon: a race of its own, apart from the track trials', name: 'US Olympic Team Trials Marathon', kind: 'trials', indoor: false,
    forms: ['us olympic team trials marathon', 'u s olympic team trials marathon', 'usa olympic team trials marathon', 'us olympic marathon trials', 'u s olympic marathon trials', 'usa olympic marathon trials', 'us olympic trials marathon', 'u s olympic trials marathon', 'usa olympic trials marathon'],
  },
];
