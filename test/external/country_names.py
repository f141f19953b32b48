#!/usr/bin/env python3
"""country_names.py: do the country-name variants of public research data
resolve to the right geopol.polity?

Run by hand, on a throwaway server, with the research data at hand (the test
suite never needs it):

    cd /work/main && make -s && make -s install && \
      bash scripts/pgserver.sh --name names \
        python3 test/external/country_names.py [--data ../shared/data] [--show 50]

Sources (paths relative to --data; see the README.md and SOURCE.md files there):

  countrycode         country_names/countrycode/codelist_without_cldr.csv, the
                      name columns (country.name.{en,de,es,fr,it}, iso.name.*,
                      un.name.*, cow.name, p4.name, vdem.name) of every row
                      with an iso3c, plus data_iso.csv's names; expected iso3c.
  countrycode-former  the same name columns of the rows without an iso3c whose
                      unit geopol models as a former state or as Kosovo
                      (German Democratic Republic -> DDR, Yugoslavia -> YUG or
                      SRB, ...). The other rows without iso3c (Bavaria,
                      Tibet, "Unknown", ...) are counted as historic.
  cldr                data_cldr.csv, every cldr.name.* / cldr.short.* /
                      cldr.variant.* cell; expected iso3c (joined on
                      country = country.name.en). A cell that is just the
                      unit's alpha-2 (CLDR's fallback, e.g. 'AD' in 'kw') is
                      not a name and is skipped.
  un_names            data_un_names.csv, the UN formal names in 6 languages
                      and its `country` column; expected iso3c (joined on
                      un.name.en).
  mledoze             mledoze-countries/countries-unescaped.json: name.common,
                      name.official, name.native.*, altSpellings (2-letter
                      codes skipped), translations.*; expected cca3 (Kosovo's
                      UNK is geopol's XKX).
  cow                 cow/states2016.csv statenme and cow/COW_country_codes.csv
                      StateNme; expected code from countrycode's cown -> iso3c,
                      with the former states set by hand (COW_EXPECTED below).
                      COW states geopol does not model (German and Italian
                      states, ...) are "historic": resolved, shown, but not
                      counted as misses.

Identical (variant, expected) pairs are kept once per source. All rows go to a
temp table through one COPY FROM STDIN in one psql session; SQL then casts each
variant to geopol.polity in a plpgsql function that catches the error, reads
the HINT of the failures, and classifies each row:

  ok         resolved to an accepted code
  wrong      resolved to another code, or ambiguous between codes none of
             which is accepted
  ambiguous  ERROR 22P02 with a hint 'It may mean ...' naming an accepted code
  missing    not resolved (unknown name)
  historic   the expected polity is not one geopol models (not counted)

Prints a table by source, the line "resolved: X of Y (Z%)" over all
non-historic rows, and up to --show misses (wrong, missing, then ambiguous,\ntaken in turn from each source and field group).
--out FILE writes every row with its result as TSV.
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_DATA = HERE.parents[2].parent / "shared" / "data"

# COW code -> accepted geopol codes, where countrycode has no iso3c or where
# history allows two right answers. A COW code neither here nor in countrycode
# (with an iso3c) is a historic state geopol does not model.
COW_EXPECTED = {
    260: ("FRG",),          # German Federal Republic
    265: ("DDR",),          # German Democratic Republic
    300: ("AUH",),          # Austria-Hungary (a geopol former state)
    315: ("CSK",),          # Czechoslovakia
    345: ("YUG", "SRB"),    # Yugoslavia / Serbia
    347: ("XKX",),          # Kosovo (geopol's code)
    365: ("RUS", "SUN"),    # Russia (Soviet Union before 1992)
    511: ("ZAN",),          # Zanzibar (a geopol former state)
    678: ("YAR", "YEM"),    # Yemen Arab Republic
    680: ("YMD",),          # Yemen People's Republic
    816: ("VNM",),          # Vietnam
    817: ("RVN",),          # Republic of Vietnam
}

# countrycode units without iso3c and without COW code that geopol models
FORMER_BY_NAME = {
    "Netherlands Antilles": ("ANT",),
    "Serbia and Montenegro": ("SCG",),
    "United Arab Republic": ("UAR",),
}

# mledoze cca3 -> geopol code where they differ
MLEDOZE_CODE = {"UNK": "XKX"}

CODELIST_NAME_COLS = [
    "country.name.en", "country.name.de", "country.name.es", "country.name.fr",
    "country.name.it", "iso.name.en", "iso.name.fr", "un.name.en", "un.name.fr",
    "un.name.es", "un.name.ru", "un.name.zh", "un.name.ar", "cow.name",
    "p4.name", "vdem.name",
]

SOURCES = ["countrycode", "countrycode-former", "cldr", "un_names", "mledoze", "cow"]
STATUSES = ["ok", "wrong", "ambiguous", "missing"]


class Rows:
    """Collects (source, field, variant, accepted codes), one per
    (variant, accepted) pair and source."""

    def __init__(self):
        self.rows = []
        self.seen = set()
        self.skipped = Counter()

    def add(self, source, field, variant, accepted):
        if variant is None:
            return
        variant = variant.strip()
        if not variant or variant in ("NA", "N/A"):
            return
        accepted = tuple(accepted)
        key = (source, variant, accepted)
        if key in self.seen:
            return
        self.seen.add(key)
        self.rows.append((source, field, variant, accepted))


def read_csv(path, **kw):
    with open(path, encoding="utf-8", newline="", **kw) as f:
        return list(csv.DictReader(f))


def load(data):
    cc = data / "country_names" / "countrycode"
    rows = Rows()

    codelist = read_csv(cc / "codelist_without_cldr.csv")
    by_name = {r["country.name.en"]: r for r in codelist}
    by_un = {r["un.name.en"]: r for r in codelist if r["un.name.en"]}
    by_cown = {}
    for r in codelist:
        if r["cown"]:
            by_cown[int(r["cown"])] = r

    # countrycode: name columns, rows with iso3c; rows without -> former/historic
    for r in codelist:
        if r["iso3c"]:
            src, acc = "countrycode", (r["iso3c"],)
        else:
            cown = int(r["cown"]) if r["cown"] else None
            acc = COW_EXPECTED.get(cown) or FORMER_BY_NAME.get(r["country.name.en"]) or ()
            src = "countrycode-former"
        for col in CODELIST_NAME_COLS:
            rows.add(src, col, r.get(col), acc)
    for r in read_csv(cc / "data_iso.csv"):
        if not r["iso3c"]:
            continue
        for col in ("iso.name.en", "iso.name.fr", "country"):
            rows.add("countrycode", "data_iso:" + col, r[col], (r["iso3c"],))

    # CLDR names in every locale
    for r in read_csv(cc / "data_cldr.csv"):
        unit = by_name.get(r["country"])
        if unit is None or not unit["iso3c"]:
            rows.skipped["cldr: unit without iso3c"] += 1
            continue
        for col, val in r.items():
            if not col.startswith(("cldr.name.", "cldr.short.", "cldr.variant.")):
                continue
            if val and val.strip() == unit["iso2c"]:
                rows.skipped["cldr: alpha-2 fallback cell"] += 1
                continue
            rows.add("cldr", col[len("cldr."):], val, (unit["iso3c"],))

    # UN formal names
    for r in read_csv(cc / "data_un_names.csv"):
        unit = by_un.get(r["un.name.en"])
        if unit is None or not unit["iso3c"]:
            rows.skipped["un_names: no iso3c"] += 1
            continue
        for col in ("un.name.en", "un.name.fr", "un.name.es", "un.name.ru",
                    "un.name.zh", "un.name.ar", "country"):
            rows.add("un_names", col, r[col], (unit["iso3c"],))

    # mledoze/countries
    path = data / "country_names" / "mledoze-countries" / "countries-unescaped.json"
    with open(path, encoding="utf-8") as f:
        for c in json.load(f):
            code = MLEDOZE_CODE.get(c["cca3"], c["cca3"])
            acc = (code,)
            nm = c.get("name", {})
            rows.add("mledoze", "name.common", nm.get("common"), acc)
            rows.add("mledoze", "name.official", nm.get("official"), acc)
            for lang, n in (nm.get("native") or nm.get("nativeName") or {}).items():
                rows.add("mledoze", "native." + lang + ".common", n.get("common"), acc)
                rows.add("mledoze", "native." + lang + ".official", n.get("official"), acc)
            for a in c.get("altSpellings", []):
                if len(a.strip()) == 2 and a.strip().isalpha():
                    rows.skipped["mledoze: 2-letter altSpelling"] += 1
                    continue
                rows.add("mledoze", "altSpellings", a, acc)
            for lang, n in (c.get("translations") or {}).items():
                rows.add("mledoze", "tr." + lang + ".common", n.get("common"), acc)
                rows.add("mledoze", "tr." + lang + ".official", n.get("official"), acc)

    # Correlates of War state names
    def cow_accepted(ccode):
        if ccode in COW_EXPECTED:
            return COW_EXPECTED[ccode]
        unit = by_cown.get(ccode)
        if unit is not None and unit["iso3c"]:
            return (unit["iso3c"],)
        return ()                       # historic

    for r in read_csv(data / "cow" / "states2016.csv"):
        c = int(r["ccode"])
        rows.add("cow", "states2016:%d" % c, r["statenme"], cow_accepted(c))
    # CR-only line endings: csv's reader takes a lone CR as a line end
    for r in read_csv(data / "cow" / "COW_country_codes.csv"):
        c = int(r["CCode"])
        rows.add("cow", "cow_codes:%d" % c, r["StateNme"], cow_accepted(c))

    return rows


def copy_escape(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t")
             .replace("\n", "\\n").replace("\r", "\\r"))


SQL_HEAD = r"""
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET client_encoding = 'UTF8';
CREATE EXTENSION IF NOT EXISTS geopol;

CREATE FUNCTION pg_temp.try_polity(t text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    RETURN t::geopol.polity::text;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

-- the error of a failing cast, as 'SQLSTATE|HINT'
CREATE FUNCTION pg_temp.polity_error(t text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    st text;
    h text;
BEGIN
    PERFORM t::geopol.polity;
    RETURN NULL;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, h = PG_EXCEPTION_HINT;
    RETURN st || '|' || coalesce(h, '');
END $$;

CREATE TEMP TABLE variant (
    id int PRIMARY KEY,
    source text NOT NULL,
    field text NOT NULL,
    variant text NOT NULL,
    accepted text[] NOT NULL      -- empty: historic, not expected
);
COPY variant FROM STDIN;
"""

SQL_TAIL = r"""\.

CREATE TEMP TABLE result AS
SELECT v.*, pg_temp.try_polity(v.variant) AS got FROM variant v;
ALTER TABLE result ADD COLUMN err text;
UPDATE result SET err = pg_temp.polity_error(variant) WHERE got IS NULL;
ALTER TABLE result ADD COLUMN sqlstate text, ADD COLUMN hint text,
                   ADD COLUMN candidates text[], ADD COLUMN status text;
UPDATE result SET sqlstate = split_part(err, '|', 1),
                  hint = substr(err, position('|' in err) + 1)
 WHERE err IS NOT NULL;
-- the codes an ambiguity hint offers: 'It may mean KOR (South Korea) or PRK (...)'
UPDATE result r SET candidates = (
        SELECT array_agg(m[1]) FROM regexp_matches(r.hint, '([A-Z0-9@+]+) \(', 'g') AS m)
 WHERE r.sqlstate = '22P02' AND r.hint LIKE 'It may mean%';
UPDATE result SET status = CASE
    WHEN cardinality(accepted) = 0 THEN 'historic'
    WHEN got IS NOT NULL AND got = ANY (accepted) THEN 'ok'
    WHEN got IS NOT NULL THEN 'wrong'
    WHEN candidates && accepted THEN 'ambiguous'
    WHEN candidates IS NOT NULL THEN 'wrong'
    ELSE 'missing' END;

COPY (SELECT id, coalesce(got, ''), coalesce(sqlstate, ''), coalesce(hint, ''),
             coalesce(array_to_string(candidates, '|'), ''), status
        FROM result ORDER BY id) TO STDOUT;
"""


def run_sql(rows):
    parts = [SQL_HEAD]
    for i, (source, field, variant, accepted) in enumerate(rows.rows):
        parts.append("%d\t%s\t%s\t%s\t{%s}\n" % (
            i, copy_escape(source), copy_escape(field), copy_escape(variant),
            ",".join(accepted)))
    parts.append(SQL_TAIL)
    script = "".join(parts)
    env = dict(os.environ, PGCLIENTENCODING="UTF8")
    p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                       input=script.encode("utf-8"), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit("psql failed (exit %d); is a server running (scripts/pgserver.sh)?"
                 % p.returncode)
    out = {}
    for line in p.stdout.decode("utf-8").splitlines():
        if not line:
            continue
        f = line.split("\t")
        if len(f) != 6 or not f[0].isdigit():
            continue
        f = [copy_unescape(x) for x in f]
        out[int(f[0])] = {"got": f[1], "sqlstate": f[2], "hint": f[3],
                          "candidates": f[4], "status": f[5]}
    if len(out) != len(rows.rows):
        sys.exit("expected %d result rows from psql, got %d" % (len(rows.rows), len(out)))
    return out


def copy_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), s)


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "-"


def table(header, body):
    """Text columns left, number columns right."""
    w = [max(len(str(x)) for x in col) for col in zip(header, *body)]
    num = [all(isinstance(r[i], int) or str(r[i]).endswith("%") or r[i] == "-"
               for r in body) for i in range(len(header))]
    def line(r):
        return "  ".join((str(x).rjust(w[i]) if num[i] else str(x).ljust(w[i]))
                         for i, x in enumerate(r)).rstrip()
    print(line(header))
    print("  ".join("-" * n for n in w))
    for r in body:
        print(line(r))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA),
                    help="the research data folder (default: %(default)s)")
    ap.add_argument("--show", type=int, default=50, help="misses to list (default 50)")
    ap.add_argument("--source", action="append", choices=SOURCES,
                    help="only this source (repeatable)")
    ap.add_argument("--fields", action="store_true",
                    help="also print a table by source and field group")
    ap.add_argument("--out", help="write every row and its result to this TSV file")
    args = ap.parse_args()

    data = Path(args.data)
    if not (data / "country_names").is_dir():
        sys.exit("no research data at %s (use --data)" % data)
    rows = load(data)
    if args.source:
        rows.rows = [r for r in rows.rows if r[0] in args.source]
    res = run_sql(rows)

    # ---- summary by source
    by = OrderedDict((s, Counter()) for s in SOURCES)
    for i, (source, field, variant, accepted) in enumerate(rows.rows):
        by[source][res[i]["status"]] += 1
    body = []
    tot = Counter()
    for s, c in by.items():
        if not sum(c.values()):
            continue
        n = sum(c[k] for k in STATUSES)
        tot.update(c)
        body.append([s, n, c["ok"], c["wrong"], c["ambiguous"], c["missing"],
                     pct(c["ok"], n), c["historic"]])
    n = sum(tot[k] for k in STATUSES)
    body.append(["all", n, tot["ok"], tot["wrong"], tot["ambiguous"], tot["missing"],
                 pct(tot["ok"], n), tot["historic"]])
    print("geopol country-name check, data %s" % data)
    if rows.skipped:
        print("skipped: " + "; ".join("%s %d" % kv for kv in sorted(rows.skipped.items())))
    print()
    table(["source", "total", "ok", "wrong", "ambiguous", "missing", "ok %",
           "historic (not expected)"], body)

    if args.fields:
        print()
        fb = OrderedDict()
        for i, (source, field, variant, accepted) in enumerate(rows.rows):
            g = field_group(source, field)
            fb.setdefault((source, g), Counter())[res[i]["status"]] += 1
        fbody = []
        for (s, g), c in sorted(fb.items(), key=lambda kv: (SOURCES.index(kv[0][0]), kv[0][1])):
            n2 = sum(c[k] for k in STATUSES)
            if n2:
                fbody.append([s + " " + g, n2, c["ok"], c["wrong"], c["ambiguous"],
                              c["missing"], pct(c["ok"], n2)])
        table(["source field", "total", "ok", "wrong", "ambiguous", "missing", "ok %"], fbody)

    # ---- misses
    # Listed wrong first, then missing, then ambiguous; within each, taken in
    # turn from every (source, field group), so that a short list still shows
    # every source rather than the first few hundred rows of one.
    order = {"wrong": 0, "missing": 1, "ambiguous": 2}
    groups = OrderedDict()
    for i, r in enumerate(rows.rows):
        st = res[i]["status"]
        if st in order:
            groups.setdefault((order[st], r[0], field_group(r[0], r[1])), []).append(i)
    miss = []
    for st in sorted(set(k[0] for k in groups)):
        queues = [q for k, q in groups.items() if k[0] == st]
        depth = 0
        while any(depth < len(q) for q in queues):
            miss.extend(q[depth] for q in queues if depth < len(q))
            depth += 1
    if miss and args.show > 0:
        print()
        print("misses (%d; first %d: wrong, then missing, then ambiguous, "
              "in turn by source and field)" % (len(miss), min(args.show, len(miss))))
        mbody = []
        for i in miss[:args.show]:
            source, field, variant, accepted = rows.rows[i]
            r = res[i]
            got = r["got"] or ("amb:" + r["candidates"] if r["candidates"] else "-")
            hint = r["hint"] if r["hint"].startswith("Perhaps") else ""
            mbody.append([variant, "|".join(accepted), got, r["status"],
                          source + ":" + field, hint[:70]])
        table(["variant", "expected", "got", "status", "source:field", "hint"], mbody)

    hist = [(rows.rows[i], res[i]) for i in range(len(rows.rows))
            if res[i]["status"] == "historic"]
    if hist and args.show > 0:
        print()
        print("historic, not expected (%d): %s" % (len(hist), ", ".join(
            "%s=%s" % (r[2], x["got"] or ("amb:" + x["candidates"] if x["candidates"] else "-"))
            for r, x in hist[:args.show])))

    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["source", "field", "variant", "accepted", "status", "got",
                        "candidates", "sqlstate", "hint"])
            for i, (source, field, variant, accepted) in enumerate(rows.rows):
                r = res[i]
                w.writerow([source, field, variant, "|".join(accepted), r["status"],
                            r["got"], r["candidates"], r["sqlstate"], r["hint"]])

    print()
    print("resolved: %d of %d (%s)" % (tot["ok"], n, pct(tot["ok"], n)))


def field_group(source, field):
    """A coarse field name: the CLDR kind without locale, the mledoze key
    without language, the COW file."""
    if source == "cldr":
        return "cldr." + field.split(".")[0]
    if source == "mledoze":
        p = field.split(".")
        return p[0] + ("." + p[-1] if len(p) > 1 else "")
    if source == "cow":
        return field.split(":")[0]
    return field


if __name__ == "__main__":
    main()
