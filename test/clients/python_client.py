#!/usr/bin/env python3
"""geopol from a real client: psycopg 3 (Debian's python3-psycopg).

Connects with the libpq environment (PGHOST, PGPORT, ...) and checks:
  - text results: polity and agreement values read back as canonical text;
  - binary results: Loaders registered for geopol.polity and geopol.agreement
    decode their binary send formats (src/pg/polity_io.c, agreement_io.c);
  - parameters: a Dumper for a small Polity class, agreements sent as text;
  - COPY: text in and out, then binary out of one table and into another.
Prints "N checks" and exits 0, or fails on the first assert.
"""
import datetime
import struct

import psycopg
from psycopg.adapt import Dumper, Loader
from psycopg.pq import Format
from psycopg.types import TypeInfo

checks = 0


def check(got, want, what):
    global checks
    if got != want:
        raise AssertionError(f"{what}: got {got!r}, want {want!r}")
    checks += 1


# --- adapters: what a user registers ---------------------------------------

class Polity:
    """A polity code on the Python side."""

    def __init__(self, code):
        self.code = code


class PolityDumper(Dumper):
    """Sends a Polity as text; its oid is set once the type is looked up."""

    def dump(self, obj):
        return obj.code.encode()


class PolityBinaryLoader(Loader):
    """Binary polity: u8 version (1), u8 length, the code's bytes."""
    format = Format.BINARY

    def load(self, data):
        data = bytes(data)
        assert data[0] == 1, f"polity binary version {data[0]}"
        return data[2:2 + data[1]].decode()


EPOCH = datetime.date(2000, 1, 1)
PRECISIONS = ["none", "year", "month", "day"]
DATE_FIELDS = ["signed", "in_force", "ended"]


class AgreementBinaryLoader(Loader):
    """Binary agreement, as documented above agreement_send:
    u8 version (1); kind, status as (u8 len, bytes); 3 dates as (i32 days
    since 2000-01-01, u8 precision); domains, clauses as (u8 count, names);
    parties as (i32 count, (u8 len, code)...); title as (i32 len or -1, UTF-8).
    """
    format = Format.BINARY

    def load(self, data):
        buf, pos = bytes(data), 0

        def take(fmt):
            nonlocal pos
            vals = struct.unpack_from(fmt, buf, pos)
            pos += struct.calcsize(fmt)
            return vals[0]

        def name():
            nonlocal pos
            n = take("!B")
            pos += n
            return buf[pos - n:pos].decode()

        assert take("!B") == 1, "agreement binary version"
        a = {"kind": name(), "status": name(), "dates": {}}
        for field in DATE_FIELDS:
            days, prec = take("!i"), take("!B")
            if prec:
                a["dates"][field] = (EPOCH + datetime.timedelta(days=days), PRECISIONS[prec])
        a["domains"] = [name() for _ in range(take("!B"))]
        a["clauses"] = [name() for _ in range(take("!B"))]
        a["parties"] = [name() for _ in range(take("!i"))]
        n = take("!i")
        a["title"] = None if n < 0 else buf[pos:pos + n].decode()
        assert pos + max(n, 0) == len(buf), "agreement binary: trailing bytes"
        return a


def register_geopol(conn):
    """Register geopol's adapters on a connection (after CREATE EXTENSION)."""
    polity = TypeInfo.fetch(conn, "geopol.polity")
    agreement = TypeInfo.fetch(conn, "geopol.agreement")
    conn.adapters.register_loader(polity.oid, PolityBinaryLoader)
    conn.adapters.register_loader(agreement.oid, AgreementBinaryLoader)
    PolityDumper.oid = polity.oid
    conn.adapters.register_dumper(Polity, PolityDumper)
    return polity, agreement


# --- the checks ------------------------------------------------------------

PACT = ('defence_pact {PRK,RUS} status=in_force signed=2024-06-19 in_force=2024-12 '
        'domains={military,security} clauses={mutual_defence} '
        'title="Treaty on \\"Comprehensive\\" Strategic Partnership"')

with psycopg.connect(autocommit=True) as conn:
    conn.execute("CREATE EXTENSION IF NOT EXISTS geopol")
    conn.execute("SET search_path = public, geopol")  # geopol's operators
    polity, agreement = register_geopol(conn)
    cur = conn.cursor()

    # text results
    check(cur.execute("SELECT 'Russia'::geopol.polity").fetchone()[0], "RUS", "polity text")
    check(cur.execute("SELECT 'Россия'::geopol.polity").fetchone()[0], "RUS", "polity text (Cyrillic)")
    check(cur.execute("SELECT 'treaty {RUS, IRN}'::geopol.agreement").fetchone()[0],
          "treaty {IRN,RUS}", "agreement text")
    check(cur.execute("SELECT %s::geopol.agreement", [PACT]).fetchone()[0], PACT,
          "agreement text round trip")

    # binary results
    row = cur.execute("SELECT 'Iran'::geopol.polity, '@HTS'::geopol.polity, "
                      "%s::geopol.agreement, 'treaty {RUS, IRN}'::geopol.agreement",
                      [PACT], binary=True).fetchone()
    check(row[:2], ("IRN", "@HTS"), "polity binary")
    check(row[2], {"kind": "defence_pact", "status": "in_force",
                   "dates": {"signed": (datetime.date(2024, 6, 19), "day"),
                             "in_force": (datetime.date(2024, 12, 1), "month")},
                   "domains": ["military", "security"], "clauses": ["mutual_defence"],
                   "parties": ["PRK", "RUS"],
                   "title": 'Treaty on "Comprehensive" Strategic Partnership'},
          "agreement binary")
    check(row[3], {"kind": "treaty", "status": "signed", "dates": {}, "domains": [],
                   "clauses": [], "parties": ["IRN", "RUS"], "title": None},
          "agreement binary, no fields")
    row = cur.execute("SELECT 'ceasefire {ISR, \"@HTS\"} status=terminated signed=2020 "
                      "ended=2021-03-04'::geopol.agreement", binary=True).fetchone()
    check((row[0]["parties"], row[0]["dates"]),
          (["@HTS", "ISR"], {"signed": (datetime.date(2020, 1, 1), "year"),
                             "ended": (datetime.date(2021, 3, 4), "day")}),
          "agreement binary, actor and year date")

    # parameters: a Polity through its dumper (typed as geopol.polity), agreements as text
    check(cur.execute("SELECT %s = 'IRN', %s", [Polity("IRN"), Polity("rus")]).fetchone(),
          (True, "RUS"), "polity parameter")
    check(cur.execute("SELECT %s::geopol.agreement @> %s", ["treaty {Russia, Iran}", Polity("IRN")])
          .fetchone()[0], True, "agreement and polity parameters")
    check(cur.execute("SELECT geopol.parties(%s::geopol.agreement)::text", [PACT]).fetchone()[0],
          "{PRK,RUS}", "agreement parameter")

    # COPY text in and out
    cur.execute("CREATE TEMP TABLE t1 (id int, p geopol.polity, a geopol.agreement)")
    cur.execute("CREATE TEMP TABLE t2 (LIKE t1)")
    rows = [f"1\tIRN\t{PACT}".replace("\\", "\\\\"),
            "2\t@HTS\tceasefire {@HTS,ISR} status=terminated signed=2020 ended=2021-03-04",
            "3\tRUS\ttreaty {IRN,RUS}",
            "4\t\\N\t\\N"]
    with cur.copy("COPY t1 FROM STDIN") as copy:
        copy.write("".join(r + "\n" for r in rows))
    with cur.copy("COPY t1 TO STDOUT") as copy:
        out = b"".join(bytes(block) for block in copy).decode()
    check(out, "".join(r + "\n" for r in rows), "COPY text out")
    check(cur.execute("SELECT count(*) FROM t1 WHERE a @> 'RUS'::geopol.polity").fetchone()[0],
          2, "COPY text in")

    # COPY binary out of t1, into t2; then the tables are equal
    with cur.copy("COPY t1 TO STDOUT (FORMAT binary)") as copy:
        data = b"".join(bytes(block) for block in copy)
    check(data[:11], b"PGCOPY\n\xff\r\n\x00", "COPY binary signature")
    with cur.copy("COPY t2 FROM STDIN (FORMAT binary)") as copy:
        copy.write(data)
    check(cur.execute("SELECT (SELECT count(*) FROM t2), "
                      "(SELECT count(*) FROM (SELECT * FROM t1 EXCEPT ALL SELECT * FROM t2) d), "
                      "(SELECT count(*) FROM (SELECT * FROM t2 EXCEPT ALL SELECT * FROM t1) d)")
          .fetchone(), (4, 0, 0), "COPY binary round trip")
    check(cur.execute("SELECT a::text FROM t2 WHERE id = 1").fetchone()[0], PACT,
          "COPY binary keeps the title")

print(f"ok: python psycopg client ({checks} checks)")
