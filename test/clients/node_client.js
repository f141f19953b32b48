// geopol from a real client: node-postgres (`pg`) and pg-copy-streams.
//
// Connects with the libpq environment (PGHOST, PGPORT, ...) and checks:
//   - text results: polity and agreement values read back as canonical text;
//   - binary results: a binary type parser registered for geopol.polity
//     ({binary: true}); agreements decoded from the raw bytes of a binary COPY
//     (pg 8 passes binary result fields through UTF-8, which mangles bytes
//     >= 0x80: brianc/node-postgres#3495; a polity's binary form is ASCII);
//   - parameters: a Polity class with toPostgres(), agreements as text, and a
//     polity sent in binary (a Buffer) to exercise polity_recv;
//   - COPY: text in and out, then binary out of one table and into another.
// Prints "N checks" and exits 0, or exits 1 on the first failed assert.
'use strict';
const assert = require('node:assert/strict');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const pg = require('pg');
const { from: copyFrom, to: copyTo } = require('pg-copy-streams');

let checks = 0;
function check(got, want, what) {
  assert.deepStrictEqual(got, want, what);
  checks++;
}

// --- adapters: what a user registers ---------------------------------------

// A polity on the JavaScript side; pg sends toPostgres()'s result as text.
class Polity {
  constructor(code) { this.code = code; }
  toPostgres() { return this.code; }
}

// Binary polity: u8 version (1), u8 length, the code's bytes.
function parsePolity(buf) {
  assert.equal(buf[0], 1, 'polity binary version');
  return buf.toString('utf8', 2, 2 + buf[1]);
}

// Binary agreement, as documented above agreement_send: u8 version (1); kind,
// status as (u8 len, bytes); 3 dates as (i32 days since 2000-01-01, u8
// precision); domains, clauses as (u8 count, names); parties as (i32 count,
// (u8 len, code)...); title as (i32 len or -1, UTF-8 bytes).
const PRECISIONS = ['none', 'year', 'month', 'day'];
function parseAgreement(buf) {
  let pos = 0;
  const u8 = () => buf.readUInt8(pos++);
  const i32 = () => { pos += 4; return buf.readInt32BE(pos - 4); };
  const name = () => { const n = u8(); pos += n; return buf.toString('utf8', pos - n, pos); };
  const list = (n) => Array.from({ length: n }, name);
  assert.equal(u8(), 1, 'agreement binary version');
  const a = { kind: name(), status: name(), dates: {} };
  for (const field of ['signed', 'in_force', 'ended']) {
    const days = i32(), prec = u8();
    if (prec) {
      const d = new Date(Date.UTC(2000, 0, 1) + days * 86400000);
      a.dates[field] = [d.toISOString().slice(0, 10), PRECISIONS[prec]];
    }
  }
  a.domains = list(u8());
  a.clauses = list(u8());
  a.parties = list(i32());
  const n = i32();
  a.title = n < 0 ? null : buf.toString('utf8', pos, pos + n);
  assert.equal(pos + Math.max(n, 0), buf.length, 'agreement binary: trailing bytes');
  return a;
}

// Register the binary polity parser on a client (after CREATE EXTENSION).
// pg hands binary fields over as a Buffer (or, with rowMode 'array', a string).
async function registerGeopol(client) {
  const { rows } = await client.query("SELECT 'geopol.polity'::regtype::oid AS oid");
  client.setTypeParser(rows[0].oid, 'binary', (v) => parsePolity(Buffer.from(v)));
}

// The rows of a binary COPY: signature, flags, header extension, then per
// row an i16 field count and (i32 length or -1, bytes) per field; -1 ends.
function parseBinaryCopy(buf) {
  assert.deepEqual(buf.subarray(0, 11), Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), 'COPY signature');
  let pos = 19 + buf.readInt32BE(15);
  const rows = [];
  for (let n; (n = buf.readInt16BE(pos)) !== -1;) {
    pos += 2;
    const row = [];
    for (let i = 0; i < n; i++) {
      const len = buf.readInt32BE(pos);
      pos += 4;
      row.push(len < 0 ? null : buf.subarray(pos, pos + len));
      pos += Math.max(len, 0);
    }
    rows.push(row);
  }
  return rows;
}

// --- the checks ------------------------------------------------------------

const PACT = 'defence_pact {PRK,RUS} status=in_force signed=2024-06-19 in_force=2024-12 ' +
  'domains={military,security} clauses={mutual_defence} ' +
  'title="Treaty on \\"Comprehensive\\" Strategic Partnership"';

async function copyOut(client, sql) {
  const chunks = [];
  for await (const chunk of client.query(copyTo(sql))) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function copyIn(client, sql, data) {
  await pipeline(Readable.from([data]), client.query(copyFrom(sql)));
}

async function main() {
  const client = new pg.Client(); // PGHOST, PGPORT, PGUSER, PGDATABASE
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS geopol');
    await client.query('SET search_path = public, geopol'); // geopol's operators
    await registerGeopol(client);
    // the first row of a query, as an array
    const one = async (q) =>
      (await client.query({ ...(typeof q === 'string' ? { text: q } : q), rowMode: 'array' })).rows[0];

    // text results
    check(await one("SELECT 'Russia'::geopol.polity"), ['RUS'], 'polity text');
    check(await one("SELECT 'treaty {RUS, IRN}'::geopol.agreement"), ['treaty {IRN,RUS}'], 'agreement text');
    check(await one({ text: 'SELECT $1::geopol.agreement', values: [PACT] }), [PACT], 'agreement text round trip');

    // binary results: polities through the registered parser
    check(await one({ text: "SELECT 'Iran'::geopol.polity, $1::geopol.polity", values: ['@HTS'], binary: true }),
      ['IRN', '@HTS'], 'polity binary');

    // parameters: Polity objects, agreements as text, a polity in binary
    check(await one({ text: "SELECT $1::geopol.polity = 'IRN', $2::geopol.polity::text",
      values: [new Polity('IRN'), new Polity('rus')] }), [true, 'RUS'], 'polity parameters');
    check(await one({ text: 'SELECT $1::geopol.agreement @> $2::geopol.polity',
      values: ['treaty {Russia, Iran}', new Polity('IRN')] }), [true], 'agreement and polity parameters');
    check(await one({ text: 'SELECT $1::geopol.polity', binary: true,
      values: [Buffer.from([1, 3, ...Buffer.from('PRK')])] }), ['PRK'], 'polity binary parameter');

    // COPY text in and out
    await client.query('CREATE TEMP TABLE t1 (id int, p geopol.polity, a geopol.agreement)');
    await client.query('CREATE TEMP TABLE t2 (LIKE t1)');
    const text = [
      `1\tIRN\t${PACT.replaceAll('\\', '\\\\')}`,
      '2\t@HTS\tceasefire {@HTS,ISR} status=terminated signed=2020 ended=2021-03-04',
      '3\tRUS\ttreaty {IRN,RUS}',
      '4\t\\N\t\\N',
    ].map((r) => r + '\n').join('');
    await copyIn(client, 'COPY t1 FROM STDIN', Buffer.from(text));
    check((await copyOut(client, 'COPY t1 TO STDOUT')).toString(), text, 'COPY text out');
    check(await one("SELECT count(*)::int FROM t1 WHERE a @> 'RUS'::geopol.polity"), [2], 'COPY text in');

    // COPY binary out of t1, decoded here, then into t2; the tables are equal
    const data = await copyOut(client, 'COPY t1 TO STDOUT (FORMAT binary)');
    const rows = parseBinaryCopy(data).map(([id, p, a]) =>
      [id.readInt32BE(), p && parsePolity(p), a && parseAgreement(a)]);
    check(rows[0], [1, 'IRN', {
      kind: 'defence_pact', status: 'in_force',
      dates: { signed: ['2024-06-19', 'day'], in_force: ['2024-12-01', 'month'] },
      domains: ['military', 'security'], clauses: ['mutual_defence'], parties: ['PRK', 'RUS'],
      title: 'Treaty on "Comprehensive" Strategic Partnership',
    }], 'COPY binary: agreement with every field');
    check(rows.slice(1), [
      [2, '@HTS', { kind: 'ceasefire', status: 'terminated',
        dates: { signed: ['2020-01-01', 'year'], ended: ['2021-03-04', 'day'] },
        domains: [], clauses: [], parties: ['@HTS', 'ISR'], title: null }],
      [3, 'RUS', { kind: 'treaty', status: 'signed', dates: {}, domains: [], clauses: [],
        parties: ['IRN', 'RUS'], title: null }],
      [4, null, null],
    ], 'COPY binary: the other rows');
    await copyIn(client, 'COPY t2 FROM STDIN (FORMAT binary)', data);
    check(await one(`SELECT (SELECT count(*)::int FROM t2),
        (SELECT count(*)::int FROM (SELECT * FROM t1 EXCEPT ALL SELECT * FROM t2) d),
        (SELECT count(*)::int FROM (SELECT * FROM t2 EXCEPT ALL SELECT * FROM t1) d)`),
      [4, 0, 0], 'COPY binary round trip');
    check(await one('SELECT a::text FROM t2 WHERE id = 1'), [PACT], 'COPY binary keeps the title');
  } finally {
    await client.end();
  }
  console.log(`ok: node-postgres client (${checks} checks)`);
}

main().catch((err) => {
  console.error(`FAIL: node-postgres client: ${err.stack || err}`);
  process.exit(1);
});
