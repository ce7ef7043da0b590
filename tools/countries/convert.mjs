#!/usr/bin/env node
// Converts the world-countries npm package (https://github.com/mledoze/countries, ODbL-1.0)
// into src/ClaimCheck/Resources/countries.json, merging tools/countries/extra-aliases.json.
//
// Usage: node tools/countries/convert.mjs <path to node_modules/world-countries> [output file]
// See tools/countries/README.md. Node built-ins only; the data package is read from the path
// given, so nothing needs to be installed inside the repository.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

const packageDir = process.argv[2] ?? process.env.WORLD_COUNTRIES_DIR;
if (!packageDir) {
  console.error('usage: node tools/countries/convert.mjs <path to node_modules/world-countries> [output file]');
  process.exit(2);
}
const outputPath = resolve(process.argv[3] ?? join(repoRoot, 'src', 'ClaimCheck', 'Resources', 'countries.json'));

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const dataFile = existsSync(join(packageDir, 'countries.json'))
  ? join(packageDir, 'countries.json')
  : join(packageDir, 'dist', 'countries.json');
const countries = JSON.parse(readFileSync(dataFile, 'utf8'));
const extras = JSON.parse(readFileSync(join(here, 'extra-aliases.json'), 'utf8'));

const licences = (pkg.licenses ?? []).map((l) => l.type).concat(pkg.license ? [pkg.license] : []);
if (!licences.includes('ODbL-1.0')) {
  throw new Error(`world-countries licence changed (${licences.join(', ') || 'none'}): review docs/data-licences.md before converting`);
}

// cca2 codes are dropped from the alt spellings (GB, IQ, ... are not how English text names a
// country), except these, which are well-known abbreviations in their own right.
const KEPT_CCA2 = new Set(['US']);

const ALL_CAPS = /^[A-Z]{2,5}$/;
// Latin script only (no Cyrillic, Hangul, Han, Ge'ez, ...); IPA and spacing modifier letters
// (U+0250-U+02FF) are excluded too, which drops phonetic transcriptions.
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}0-9 '’.\-]+$/u;
const IPA_OR_MODIFIER = /[\u0250-\u02FF]/u;

function fold(s) {
  // ASCII folding of diacritics: "Bogotá" -> "Bogota", "Türkiye" -> "Turkiye".
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function key(s) {
  return s.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").toLowerCase();
}

function pushUnique(list, value) {
  const v = value.trim().replace(/\s+/g, ' ');
  if (v.length === 0) return;
  if (!list.some((x) => key(x) === key(v))) list.push(v);
}

function withFolded(values) {
  const out = [];
  for (const v of values) {
    pushUnique(out, v);
    const f = fold(v);
    if (f !== v) pushUnique(out, f);
  }
  return out;
}

// "Antiguan, Barbudan", "Kittitian or Nevisian" are two demonyms each.
function splitDemonym(d) {
  return (d ?? '').split(/,\s*|\s+or\s+/).map((x) => x.trim()).filter((x) => x.length > 0);
}

// Dotted variants of short all-caps abbreviations: US -> U.S., UAE -> U.A.E.
function dotted(abbr) {
  return abbr.split('').join('.') + '.';
}

const extraIds = new Set(Object.keys(extras).filter((k) => !k.startsWith('_')));
const byId = new Map();

for (const c of countries) {
  const id = c.cca3;
  const extra = extras[id] ?? {};
  extraIds.delete(id);

  const name = c.name.common.trim();
  const officialName = c.name.official.trim();

  const aliases = [];
  const abbreviations = [];
  for (const raw of c.altSpellings ?? []) {
    const alt = raw.trim();
    if (alt.length < 2) continue;
    if (ALL_CAPS.test(alt)) {
      if (alt === c.cca2 && !KEPT_CCA2.has(alt)) continue;
      pushUnique(abbreviations, alt);
      continue;
    }
    // ISO-style inverted forms ("Korea, Republic of", "Virgin Islands, U.S.") and
    // parenthesised qualifiers ("Sint Maarten (Dutch part)") never occur as such in prose.
    if (alt.includes(',') || alt.includes('(')) continue;
    if (!LATIN_ONLY.test(alt) || IPA_OR_MODIFIER.test(alt)) continue;
    pushUnique(aliases, alt);
  }
  // Folded (ASCII) forms of the names are aliases too: "Turkiye", "Sao Tome and Principe".
  for (const n of [name, officialName]) {
    const f = fold(n);
    if (f !== n && !n.includes('(')) pushUnique(aliases, f);
  }
  for (const a of extra.aliases ?? []) pushUnique(aliases, a);
  for (const a of extra.abbreviations ?? []) pushUnique(abbreviations, a);
  for (const a of [...abbreviations]) {
    if (/^[A-Z]{2,3}$/.test(a)) pushUnique(abbreviations, dotted(a));
  }

  const capitals = withFolded([...(c.capital ?? []), ...(extra.capitals ?? [])]);
  const eng = c.demonyms?.eng ?? {};
  const demonyms = withFolded([...splitDemonym(eng.m), ...splitDemonym(eng.f), ...(extra.demonyms ?? [])]);

  // A form is listed once per country: names beat aliases, and a form that is also a
  // demonym is kept as a demonym only (so "Saudi" gets the plural "Saudis").
  const taken = new Set([key(name), key(officialName)]);
  const demonymKeys = new Set(demonyms.map(key));
  const finalAliases = aliases.filter((a) => !taken.has(key(a)) && !demonymKeys.has(key(a)));
  const finalAbbreviations = abbreviations.filter((a) => !taken.has(key(a)));

  const removed = new Set((extra.remove ?? []).map(key));
  const keep = (v) => !removed.has(key(v));
  for (const r of extra.remove ?? []) {
    if (![...finalAliases, ...finalAbbreviations, ...capitals, ...demonyms].some((v) => key(v) === key(r))) {
      console.error(`warning: ${id}: nothing to remove for "${r}" (the data changed?)`);
    }
  }

  byId.set(id, {
    id,
    name,
    officialName,
    unMember: typeof extra.unMember === 'boolean' ? extra.unMember : c.unMember === true,
    aliases: finalAliases.filter(keep),
    abbreviations: finalAbbreviations.filter(keep),
    capitals: capitals.filter(keep),
    demonyms: demonyms.filter(keep),
    region: c.region ?? '',
    subregion: c.subregion ?? '',
    _area: typeof c.area === 'number' ? c.area : 0,
  });
}

if (extraIds.size > 0) {
  throw new Error(`extra-aliases.json names ids not in the data: ${[...extraIds].join(', ')}`);
}

// Ambiguity: a form claimed by several countries ("Dominican", "Congolese", "Kingston",
// "American") stays in every claimant's lists (the data is kept complete), but all claimants
// except one list it under "yields" too, which tells the registry not to resolve the form to
// them. Preference: the country whose common name it is; then a UN member over a non-member;
// then a country whose common name starts with the form ("Dominican" -> Dominican Republic);
// then the country that lists it first (primary capital over secondary); then the larger
// area; then the id.
const FIELDS = ['aliases', 'abbreviations', 'capitals', 'demonyms'];
const claims = new Map();
for (const e of byId.values()) {
  e.yields = [];
  const seen = new Set();
  const add = (form, field, index) => {
    const k = key(form);
    if (seen.has(k)) return;
    seen.add(k);
    if (!claims.has(k)) claims.set(k, []);
    claims.get(k).push({ e, form, field, index });
  };
  add(e.name, 'name', 0);
  add(e.officialName, 'officialName', 0);
  for (const f of FIELDS) e[f].forEach((v, i) => add(v, f, i));
}

const log = [];
for (const [k, list] of [...claims.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  if (list.length < 2) continue;
  const ranked = [...list].sort((a, b) =>
    Number(key(b.e.name) === k) - Number(key(a.e.name) === k) ||
    Number(b.e.unMember) - Number(a.e.unMember) ||
    Number(key(b.e.name).startsWith(k + ' ')) - Number(key(a.e.name).startsWith(k + ' ')) ||
    a.index - b.index ||
    b.e._area - a.e._area ||
    (a.e.id < b.e.id ? -1 : 1));
  const winner = ranked[0];
  for (const loser of ranked.slice(1)) {
    if (loser.field === 'name' || loser.field === 'officialName') {
      log.push(`kept on both: "${k}" (${winner.e.id} ${winner.field}, ${loser.e.id} ${loser.field})`);
      continue;
    }
    loser.e.yields.push(loser.form);
    log.push(`"${k}": ${winner.e.id} (${winner.field}) over ${loser.e.id} (${loser.field})`);
  }
}

const entities = [...byId.values()]
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  .map(({ _area, yields, ...rest }) => (yields.length > 0 ? { ...rest, yields } : rest));

const output = {
  source: `world-countries ${pkg.version} (https://github.com/mledoze/countries)`,
  licence: 'ODbL-1.0',
  attribution: 'Contains information from world-countries (https://github.com/mledoze/countries), which is made available under the Open Database License (ODbL) 1.0. This file is a derivative database, also made available under the ODbL 1.0; see docs/data-licences.md.',
  generatedBy: 'tools/countries/convert.mjs (with tools/countries/extra-aliases.json)',
  entities,
};

writeFileSync(outputPath, JSON.stringify(output, null, 2) + '\n', 'utf8');

for (const line of log) console.error(line);
const count = (f) => entities.reduce((n, e) => n + e[f].length, 0);
console.error(
  `wrote ${outputPath}: ${entities.length} entries (${entities.filter((e) => e.unMember).length} UN members), ` +
  `${count('aliases')} aliases, ${count('abbreviations')} abbreviations, ${count('capitals')} capitals, ${count('demonyms')} demonyms`);
