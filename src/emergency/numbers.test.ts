import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  countryOf,
  countryOfTimeZone,
  emergencyNumbers,
  listedTimeZones,
  type Place,
  regionOfLocale,
} from './numbers.ts';

const firstNumbers = (place: Place): string[] => emergencyNumbers(place).first.map((n) => n.number);
const ALL_NUMBERS = ['112', '911', '999', '000', '111', '103'];

describe('the emergency number for where the device is', () => {
  it('gives each country its own number first, from the time zone', () => {
    const cases: [string, string[]][] = [
      ['Europe/London', ['999']],
      ['America/New_York', ['911']],
      ['America/Los_Angeles', ['911']],
      ['America/Toronto', ['911']],
      ['Europe/Moscow', ['112', '103']],
      ['Asia/Vladivostok', ['112', '103']],
      ['Australia/Sydney', ['000']],
      ['Australia/Perth', ['000']],
      ['Pacific/Auckland', ['111']],
      ['Asia/Kolkata', ['112']],
      ['Asia/Calcutta', ['112']],
      ['Europe/Berlin', ['112']],
      ['Europe/Paris', ['112']],
      ['Europe/Dublin', ['112']],
      ['Atlantic/Canary', ['112']],
    ];
    for (const [timeZone, expected] of cases)
      assert.deepEqual(firstNumbers({ timeZone, languages: [] }), expected, timeZone);
  });

  it('names the place on the buttons, and what a second number is for', () => {
    assert.deepEqual(emergencyNumbers({ timeZone: 'Europe/Moscow' }).first, [
      { number: '112', where: 'Russia' },
      { number: '103', where: 'Russia, ambulance' },
    ]);
    assert.deepEqual(emergencyNumbers({ timeZone: 'Europe/London' }).first, [
      { number: '999', where: 'United Kingdom' },
    ]);
  });

  it('lets the time zone win over the language: a British English speaker in Paris gets 112', () => {
    assert.deepEqual(firstNumbers({ timeZone: 'Europe/Paris', languages: ['en-GB', 'en'] }), ['112']);
    assert.deepEqual(firstNumbers({ timeZone: 'Europe/London', languages: ['en-US'] }), ['999']);
    assert.deepEqual(firstNumbers({ timeZone: 'America/Chicago', languages: ['de-DE'] }), ['911']);
  });

  it('does not let the language guess when the time zone is a place the table does not know', () => {
    assert.equal(countryOf({ timeZone: 'Asia/Tokyo', languages: ['en-US'] }), undefined);
    assert.deepEqual(firstNumbers({ timeZone: 'Asia/Tokyo', languages: ['en-US'] }), ['112', '911', '999']);
  });

  it('goes by the first language with a region when the time zone names no place', () => {
    for (const timeZone of ['UTC', 'Etc/UTC', 'Etc/GMT+3', undefined]) {
      assert.deepEqual(firstNumbers({ timeZone, languages: ['en-GB', 'en'] }), ['999'], String(timeZone));
      assert.deepEqual(firstNumbers({ timeZone, languages: ['de', 'en-AU'] }), ['000'], String(timeZone));
      assert.deepEqual(firstNumbers({ timeZone, languages: ['ja-JP', 'en-GB'] }), ['112', '911', '999']);
    }
    assert.deepEqual(firstNumbers({ languages: ['en_NZ.UTF-8'] }), ['111'], 'a POSIX locale');
  });

  it('gives 112 first, with 911 and 999 beside it, when nothing names a country', () => {
    for (const place of [{}, { timeZone: 'UTC', languages: ['en', 'fr'] }, { languages: ['C.UTF-8'] }]) {
      const numbers = emergencyNumbers(place);
      assert.equal(numbers.country, undefined);
      assert.deepEqual(
        numbers.first.map((n) => n.number),
        ['112', '911', '999'],
      );
      assert.deepEqual(
        numbers.others.map((n) => n.number),
        ['000', '111', '103'],
      );
    }
  });

  it('lists every other number under "Another country?", none twice and none left out', () => {
    for (const timeZone of ['Europe/London', 'Europe/Moscow', 'Asia/Tokyo', 'Australia/Sydney', 'UTC']) {
      const { first, others } = emergencyNumbers({ timeZone });
      const all = [...first, ...others].map((n) => n.number);
      assert.equal(new Set(all).size, all.length, `${timeZone}: no number twice`);
      assert.deepEqual([...all].sort(), [...ALL_NUMBERS].sort(), `${timeZone}: every number`);
      for (const n of others) assert.ok(n.where.length > 0, n.number);
    }
  });

  it('reads the region of a language tag or a POSIX locale, and no region where there is none', () => {
    const cases: [string, string | undefined][] = [
      ['en-GB', 'GB'],
      ['en_GB.UTF-8', 'GB'],
      ['zh-Hant-TW', 'TW'],
      ['sr-Latn-RS', 'RS'],
      ['fr-ca', 'CA'],
      ['es-419', undefined],
      ['en', undefined],
      ['C.UTF-8', undefined],
      ['POSIX', undefined],
    ];
    for (const [tag, region] of cases) assert.equal(regionOfLocale(tag), region, tag);
  });

  it('knows the old names of time zones as the runtime names them', () => {
    const cases: [string, string][] = [
      ['US/Eastern', 'US'],
      ['Europe/Belfast', 'GB'],
      ['GB', 'GB'],
      ['Australia/ACT', 'AU'],
      ['NZ', 'NZ'],
      ['W-SU', 'RU'],
      ['America/Indiana/Indianapolis', 'US'],
      ['America/Montreal', 'CA'],
    ];
    for (const [timeZone, country] of cases)
      assert.equal(countryOf({ timeZone, languages: ['ja-JP'] }), country, timeZone);
  });

  it('lists only real time zones', () => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    for (const [country, listed] of Object.entries(listedTimeZones()))
      for (const zone of listed) {
        if (zone.endsWith('/')) {
          assert.ok(
            [...zones].some((z) => z.startsWith(zone)),
            `${country}: ${zone} has zones under it`,
          );
          continue;
        }
        assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: zone }), `${country}: ${zone}`);
      }
  });

  // The tz database of this machine, when it has one: every zone of a country in the table, and every old name of
  // such a zone, finds that country.
  const ZONE_TAB = '/usr/share/zoneinfo/zone.tab';
  const TZDATA = '/usr/share/zoneinfo/tzdata.zi';
  it('finds every zone of the tz database’s zone.tab for the countries it knows', {
    skip: !existsSync(ZONE_TAB) && `${ZONE_TAB} is missing`,
  }, () => {
    const known = new Set(Object.keys(listedTimeZones()));
    const byZone = new Map<string, string>();
    for (const line of readFileSync(ZONE_TAB, 'utf8').split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      const [country = '', , zone = ''] = line.split('\t');
      byZone.set(zone, country);
      if (known.has(country)) assert.equal(countryOfTimeZone(zone), country, zone);
      else assert.equal(countryOfTimeZone(zone), undefined, `${zone} (${country}) is not in the table`);
    }
    if (!existsSync(TZDATA)) return;
    for (const line of readFileSync(TZDATA, 'utf8').split('\n')) {
      const [kind, target = '', alias = ''] = line.split(' ');
      const country = byZone.get(target);
      if (kind !== 'L' || country === undefined || !known.has(country) || byZone.has(alias)) continue;
      // A link for the clock only, to a place the runtime knows as another country's (Antarctica/South_Pole keeps
      // New Zealand's time, but is Antarctica/McMurdo; Atlantic/Jan_Mayen is Norway's).
      const runtime = new Intl.DateTimeFormat('en', { timeZone: alias }).resolvedOptions().timeZone;
      if (byZone.has(runtime) && byZone.get(runtime) !== country) continue;
      assert.equal(countryOf({ timeZone: alias }), country, `${alias}, an old name of ${target}`);
    }
  });
});
