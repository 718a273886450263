/**
 * Which emergency number to give first: from where the device is (its time zone) and, failing that, from the
 * language it is set to (its locale's region). Pure and small: the web's start page carries it, and the terminal
 * uses it too.
 *
 * The time zone wins over the language when it names a country. The time zone follows where the device is (phones
 * set it from the network), while the language is what the person reads: a British English speaker in Paris needs
 * 112, not 999, and many browsers say en-US wherever they are. A time zone that names a country this table does not
 * know (Asia/Tokyo) also wins: the language must not then guess another country's number. Only a time zone that
 * names no place (UTC, Etc/GMT+3, or none) leaves the choice to the language.
 *
 * When neither names a country in the table, 112 comes first, with 911 and 999 beside it: 112 is the emergency
 * number of the whole EU, and mobile phones are made to treat 112 and 911 as emergency numbers on any network (3GPP
 * TS 22.101), which puts the call through to the local service in most countries; 999 is the UK's.
 */

/** An emergency number, and where it is the one to call. */
export interface EmergencyNumber {
  number: string;
  /** Where it is the number, for the person: "UK", "USA and Canada". */
  where: string;
}

/** A country's numbers, the main one first; `what` says what a second number is for. */
type CountryNumbers = readonly { number: string; what?: 'ambulance' }[];

/** The EU's countries, with the parts of it that have codes of their own (Åland; France's overseas regions). */
const EU =
  'AT BE BG HR CY CZ DK EE FI AX FR GP MQ GF RE YT MF DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';

/** The countries the table knows, by ISO 3166 code. Jersey, Guernsey and the Isle of Man call 999, as the UK does. */
const COUNTRIES: Readonly<Record<string, CountryNumbers>> = {
  ...Object.fromEntries(EU.split(' ').map((code) => [code, [{ number: '112' }]])),
  ...Object.fromEntries(['GB', 'JE', 'GG', 'IM'].map((code) => [code, [{ number: '999' }]])),
  RU: [{ number: '112' }, { number: '103', what: 'ambulance' }],
  US: [{ number: '911' }],
  CA: [{ number: '911' }],
  AU: [{ number: '000' }],
  NZ: [{ number: '111' }],
  IN: [{ number: '112' }],
};

/**
 * The words that say where a number is called, in one language: the web app passes its language's, the terminal
 * writes English. Countries are named by Intl in `language`.
 */
export interface NumberWords {
  /** The language countries are named in ("en", "ru"). */
  language: string;
  /** Where 112 is called, in the list of every number. */
  everywhere112: string;
  /** Where 112 is called, first when the place is not known. */
  unknownPlace112: string;
  usaAndCanada: string;
  uk: string;
  australia: string;
  newZealand: string;
  /** What a country's second number is for: "ambulance". */
  ambulance: string;
}

export const ENGLISH_NUMBER_WORDS: NumberWords = {
  language: 'en',
  everywhere112: 'EU, Russia and India; most mobile phones anywhere',
  unknownPlace112: 'Europe, and most mobile phones anywhere',
  usaAndCanada: 'USA and Canada',
  uk: 'UK',
  australia: 'Australia',
  newZealand: 'New Zealand',
  ambulance: 'ambulance',
};

/** A country's name in `language` ("Germany"), or its code where the runtime has no names. */
function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every number, with where it is called, in the order the list "Another country?" gives them. */
function allNumbers(words: NumberWords): EmergencyNumber[] {
  return [
    { number: '112', where: words.everywhere112 },
    { number: '911', where: words.usaAndCanada },
    { number: '999', where: words.uk },
    { number: '000', where: words.australia },
    { number: '111', where: words.newZealand },
    { number: '103', where: `${countryName('RU', words.language)}, ${words.ambulance}` },
  ];
}

/**
 * The time zones of each country in the table, from the tz database's zone.tab; a name ending in "/" stands for every
 * zone under it. Old names (US/Eastern, Europe/Belfast, Australia/ACT…) are not listed: they are looked up as the
 * runtime names them (`canonical`). Where the runtime's name is not the tz database's (Asia/Calcutta for
 * Asia/Kolkata, America/Indianapolis), both are listed.
 */
const ZONES: Readonly<Record<string, string>> = {
  GB: 'Europe/London',
  JE: 'Europe/Jersey',
  GG: 'Europe/Guernsey',
  IM: 'Europe/Isle_of_Man',
  IE: 'Europe/Dublin',
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  HR: 'Europe/Zagreb',
  CY: 'Asia/Nicosia Asia/Famagusta',
  CZ: 'Europe/Prague',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  FI: 'Europe/Helsinki',
  AX: 'Europe/Mariehamn',
  FR: 'Europe/Paris',
  GP: 'America/Guadeloupe',
  MQ: 'America/Martinique',
  GF: 'America/Cayenne',
  RE: 'Indian/Reunion',
  YT: 'Indian/Mayotte',
  MF: 'America/Marigot',
  DE: 'Europe/Berlin Europe/Busingen',
  GR: 'Europe/Athens',
  HU: 'Europe/Budapest',
  IT: 'Europe/Rome',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon Atlantic/Madeira Atlantic/Azores',
  RO: 'Europe/Bucharest',
  SK: 'Europe/Bratislava',
  SI: 'Europe/Ljubljana',
  ES: 'Europe/Madrid Africa/Ceuta Atlantic/Canary',
  SE: 'Europe/Stockholm',
  RU:
    'Europe/Kaliningrad Europe/Moscow Europe/Kirov Europe/Volgograd Europe/Astrakhan Europe/Saratov Europe/Ulyanovsk ' +
    'Europe/Samara Asia/Yekaterinburg Asia/Omsk Asia/Novosibirsk Asia/Barnaul Asia/Tomsk Asia/Novokuznetsk ' +
    'Asia/Krasnoyarsk Asia/Irkutsk Asia/Chita Asia/Yakutsk Asia/Khandyga Asia/Vladivostok Asia/Ust-Nera ' +
    'Asia/Magadan Asia/Sakhalin Asia/Srednekolymsk Asia/Kamchatka Asia/Anadyr',
  US:
    'America/New_York America/Detroit America/Kentucky/ America/Louisville America/Indiana/ America/Indianapolis ' +
    'America/Chicago America/Menominee America/North_Dakota/ America/Denver America/Boise America/Phoenix ' +
    'America/Los_Angeles America/Anchorage America/Juneau America/Sitka America/Metlakatla America/Yakutat ' +
    'America/Nome America/Adak Pacific/Honolulu',
  CA:
    'America/St_Johns America/Halifax America/Glace_Bay America/Moncton America/Goose_Bay America/Blanc-Sablon ' +
    'America/Toronto America/Iqaluit America/Atikokan America/Coral_Harbour America/Winnipeg America/Resolute ' +
    'America/Rankin_Inlet America/Regina America/Swift_Current America/Edmonton America/Cambridge_Bay ' +
    'America/Inuvik America/Creston America/Dawson_Creek America/Fort_Nelson America/Whitehorse America/Dawson ' +
    'America/Vancouver',
  AU: 'Australia/ Antarctica/Macquarie',
  NZ: 'Pacific/Auckland Pacific/Chatham',
  IN: 'Asia/Kolkata Asia/Calcutta',
};

let zoneCountries: Map<string, string> | undefined;

function lookUp(timeZone: string): string | undefined {
  zoneCountries ??= new Map(
    Object.entries(ZONES).flatMap(([code, zones]) => zones.split(' ').map((zone) => [zone, code] as const)),
  );
  const exact = zoneCountries.get(timeZone);
  if (exact) return exact;
  for (let end = timeZone.lastIndexOf('/'); end > 0; end = timeZone.lastIndexOf('/', end - 1)) {
    const under = zoneCountries.get(timeZone.slice(0, end + 1));
    if (under) return under;
  }
  return undefined;
}

/** The runtime's own name for a time zone (US/Eastern → America/New_York), or the name as it is. */
function canonical(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return timeZone;
  }
}

/** The country of a time zone, when the table knows it. */
export function countryOfTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  return lookUp(timeZone) ?? lookUp(canonical(timeZone));
}

/** The time zones the table lists, for the tests: "Australia/" stands for every zone under it. */
export function listedTimeZones(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(ZONES).map(([code, zones]) => [code, zones.split(' ')]));
}

/** Whether a time zone names a place (Area/City), rather than an offset or UTC. */
function namesPlace(timeZone: string | undefined): boolean {
  return timeZone?.includes('/') === true && !timeZone.startsWith('Etc/');
}

/**
 * The region of a language tag (`en-GB` → GB, `zh-Hant-TW` → TW), or of a POSIX locale (`en_GB.UTF-8` → GB);
 * undefined when the tag names none (`en`, `es-419`).
 */
export function regionOfLocale(tag: string): string | undefined {
  return /^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})(?![a-z])/i.exec(tag)?.[1]?.toUpperCase();
}

/** Where the device is, as far as the browser or the terminal tells. */
export interface Place {
  timeZone?: string | undefined;
  /** Preferred languages, most preferred first (navigator.languages, or LC_ALL / LANG). */
  languages?: readonly string[];
}

/**
 * The country whose numbers to give first, as a key of the table, or undefined when neither the time zone nor the
 * languages name one the table knows (see the top of this file for the order).
 */
export function countryOf(place: Place): string | undefined {
  // The runtime's name, so that an old name without a place in it (GB, NZ) still counts as a place.
  const timeZone = place.timeZone ? canonical(place.timeZone) : undefined;
  if (namesPlace(timeZone)) return countryOfTimeZone(timeZone);
  for (const language of place.languages ?? []) {
    const region = regionOfLocale(language);
    if (region) return region in COUNTRIES ? region : undefined;
  }
  return undefined;
}

/** The numbers to show: `first` as call buttons, the first of them biggest; `others` under "Another country?". */
export interface EmergencyNumbers {
  /** The country they are for (its key in the table), or undefined for the numbers shown when it is not known. */
  country: string | undefined;
  first: EmergencyNumber[];
  others: EmergencyNumber[];
}

/** The numbers for where the device is, with where each is called in `words` (English unless given). */
export function emergencyNumbers(place: Place, words: NumberWords = ENGLISH_NUMBER_WORDS): EmergencyNumbers {
  const country = countryOf(place);
  const known = country === undefined ? undefined : COUNTRIES[country];
  const name = country === undefined ? '' : countryName(country, words.language);
  const first: EmergencyNumber[] = known
    ? known.map(({ number, what }) => ({ number, where: what ? `${name}, ${words[what]}` : name }))
    : [
        { number: '112', where: words.unknownPlace112 },
        { number: '911', where: words.usaAndCanada },
        { number: '999', where: words.uk },
      ];
  const shown = new Set(first.map((n) => n.number));
  return { country, first, others: allNumbers(words).filter((n) => !shown.has(n.number)) };
}

/** Where this browser is: its time zone and languages, as far as it tells (nothing, outside a browser). */
export function browserPlace(): Place {
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  const languages =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]).filter(Boolean);
  return { timeZone, languages };
}
