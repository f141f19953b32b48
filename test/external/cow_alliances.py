#!/usr/bin/env python3
"""cow_alliances.py: load the Correlates of War alliances into geopol.agreement
values and run analytics over them.

Run by hand, on a throwaway server, with the research data at hand (the test
suite never needs it):

    cd /work/main && bash scripts/pgserver.sh --name cow \\
        python3 test/external/cow_alliances.py [--data ../shared/data]

Data (paths relative to --data; see cow/SOURCE.md):

  cow/alliance_v4.1_by_member.csv   one row per (alliance, member) spell
  cow/COW_country_codes.csv         StateAbb, CCode, StateNme (CR line ends)
  country_names/countrycode/codelist_without_cldr.csv   cown -> iso3c

One agreement per COW alliance (version4id):

  kind     the alliance's highest obligation: COW's ss_type (I defence >
           II neutrality / non-aggression > III entente) and the members'
           obligation flags, whichever is higher.  Level I: defence_pact;
           level II: neutrality_pact when any member has the neutrality flag,
           else non_aggression_pact (ss_type's label when no flag says);
           level III: entente.
  clauses  the kind's clause (mutual_defence, neutrality, non_aggression,
           consultation) plus the clause of every other obligation flag a
           member row carries (defense -> mutual_defence, neutrality,
           nonaggression -> non_aggression, entente -> consultation).
  domains  {military} for defence pacts, {security} otherwise.
  parties  every member state over the alliance's life (see COW codes below).
  signed   the alliance's formation date (all_st_*), day precision when day,
           month and year are given.  With --dates members: the earliest
           member start date instead (mem_st_*, which COW clips to 1816 and to
           a state's entry into the state system).
  status   terminated when the alliance has an end date (all_end_*), with
           ended = that date (--dates members: the latest member end date);
           in_force when the end is missing (COW: still in force in 2012).
  title    "COW alliance <version4id>".

COW codes -> polities: countrycode's cown -> iso3c, except the codes in
PERIODS below (historic states geopol models as former states; the code
depends on the date, and a membership spell that spans a change gets both
codes), and COW states geopol does not know (German and Italian states,
Korea before 1910 ...), which are registered as actors '@' + COW's StateAbb
(INSERT INTO geopol.actor) before loading.  Every code is checked with
geopol.kind() first.

Loads a table cow_alliance(id int primary key, a geopol.agreement) through
the text literal, with a GIN index on a; also cow_member (one row per member
row of the file, with the polities it maps to), cow_spell (each member row's
spell per polity, split where the code changes) and cow_state_code (COW code
-> polities).  A membership counts as loaded when its alliance loaded and the
agreement holds all its polities (a @> codes).  Prints the counts and every
miss, then three analytics tables and an EXPLAIN that uses the GIN index:

  (a) Russia's and the Soviet Union's partners by decade: alliances with RUS
      or SUN (GIN index), a partner counted in a decade when its membership
      spell and Russia's both overlap it;
  (b) the pairs of polities sharing the most alliances (codes of one COW
      state, such as RUS and SUN, are not paired);
  (c) the alliances in force on 1914-08-01.

Exits 1 when an alliance or a membership did not load, or the GIN index was
not used or gave another answer than a scan.
"""

import argparse
import csv
import datetime
import re
import subprocess
import sys
from collections import Counter, OrderedDict, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_DATA = HERE.parents[2].parent / "shared" / "data"

D = datetime.date

# COW code -> [(from, to, geopol code)], from inclusive, to exclusive, None
# open.  Boundaries are geopol's own dates (data/former_states.tsv) where it
# has them.
PERIODS = {
    260: [(None, None, "FRG")],                 # German Federal Republic
    265: [(None, None, "DDR")],                 # German Democratic Republic
    300: [(None, None, "AUH")],                 # Austria-Hungary (Austria from 1816)
    315: [(None, None, "CSK")],                 # Czechoslovakia
    # Serbia, Yugoslavia (1918-2003, FRY included), Serbia and Montenegro, Serbia
    345: [(None, D(1918, 12, 1), "SRB"),
          (D(1918, 12, 1), D(2003, 2, 4), "YUG"),
          (D(2003, 2, 4), D(2006, 6, 3), "SCG"),
          (D(2006, 6, 3), None, "SRB")],
    # Russia: the Empire and the RSFSR, the Soviet Union, the Federation
    365: [(None, D(1922, 12, 30), "RUS"),
          (D(1922, 12, 30), D(1991, 12, 25), "SUN"),
          (D(1991, 12, 25), None, "RUS")],
    # Turkey: the Ottoman Empire until the sultanate ended
    640: [(None, D(1922, 11, 1), "OTT"),
          (D(1922, 11, 1), None, "TUR")],
    678: [(None, None, "YAR")],                 # Yemen Arab Republic
    680: [(None, None, "YMD")],                 # Yemen People's Republic
    # Vietnam: North Vietnam until unification
    816: [(None, D(1976, 7, 2), "VDR"),
          (D(1976, 7, 2), None, "VNM")],
    817: [(None, None, "RVN")],                 # Republic of Vietnam
}

SS_LEVEL = {"Type I": 1, "Type II": 2, "Type IIa": 2, "Type IIb": 2, "Type III": 3}
FLAG_CLAUSE = OrderedDict([("defense", "mutual_defence"), ("neutrality", "neutrality"),
                           ("nonaggression", "non_aggression"), ("entente", "consultation")])
KIND_CLAUSE = {"defence_pact": "mutual_defence", "neutrality_pact": "neutrality",
               "non_aggression_pact": "non_aggression", "entente": "consultation"}
ACTOR_RE = re.compile(r"^@[A-Z0-9_]{1,7}$")
EVENT_DAY = "1914-08-01"


# ---------------------------------------------------------------- helpers

def read_csv(path):
    # newline="": csv's reader takes a lone CR (COW_country_codes.csv) as a line end
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def psql(script, tuples=False):
    """Runs a script in one psql session, SQL and COPY data on stdin."""
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    if tuples:
        cmd += ["-A", "-t", "-F", "\t"]
    p = subprocess.run(cmd, input=script, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr)
        sys.exit("psql failed (exit %d)" % p.returncode)
    if p.stderr.strip():
        sys.stderr.write(p.stderr)
    return p.stdout


def rows_of(out):
    return [line.split("\t") for line in out.splitlines() if line != ""]


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def copy_field(v):
    if v is None:
        return "\\N"
    return (str(v).replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def copy_block(table, rows):
    lines = ["COPY %s FROM STDIN;" % table]
    lines += ["\t".join(copy_field(v) for v in r) for r in rows]
    lines.append("\\.")
    return "\n".join(lines) + "\n"


def pg_array(items):
    return "{" + ",".join('"%s"' % i for i in items) + "}"


def cow_date(r, prefix):
    """(date, precision) of COW's <prefix>_day/_month/_year, or (None, None).
    A part that is missing, or a day that does not exist, lowers the precision."""
    def num(col):
        v = r[prefix + "_" + col].strip()
        return int(v) if v not in ("", "NA", ".") and int(v) > 0 else None
    y, m, d = num("year"), num("month"), num("day")
    if y is None:
        return None, None
    if m is not None and 1 <= m <= 12:
        if d is not None:
            try:
                return D(y, m, d), "day"
            except ValueError:
                pass
        return D(y, m, 1), "month"
    return D(y, 1, 1), "year"


def fmt_date(dp):
    d, prec = dp
    if prec == "day":
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if prec == "month":
        return "%04d-%02d" % (d.year, d.month)
    return "%04d" % d.year


def ss_level(ss_type):
    key = ss_type.split(":")[0].strip()
    return SS_LEVEL.get(key)


# ---------------------------------------------------------------- reading

def load_cow(data):
    cow = data / "cow"
    members = read_csv(cow / "alliance_v4.1_by_member.csv")
    need = {"version4id", "ccode", "state_name", "all_st_day", "all_st_month", "all_st_year",
            "all_end_day", "all_end_month", "all_end_year", "ss_type", "mem_st_day",
            "mem_st_month", "mem_st_year", "mem_end_day", "mem_end_month", "mem_end_year",
            "defense", "neutrality", "nonaggression", "entente"}
    missing = need - set(members[0].keys())
    if missing:
        sys.exit("alliance_v4.1_by_member.csv lacks columns: %s" % ", ".join(sorted(missing)))

    cow_states = {}
    for r in read_csv(cow / "COW_country_codes.csv"):
        cow_states.setdefault(int(r["CCode"]), (r["StateAbb"].strip(), r["StateNme"].strip()))

    cown = {}
    for r in read_csv(data / "country_names" / "countrycode" / "codelist_without_cldr.csv"):
        c, iso3 = r.get("cown", "").strip(), r.get("iso3c", "").strip()
        if c and c != "NA" and iso3 and iso3 != "NA":
            cown.setdefault(int(c), iso3)

    alliances = OrderedDict()
    for i, r in enumerate(members, 1):
        aid = int(r["version4id"])
        a = alliances.get(aid)
        if a is None:
            a = alliances[aid] = {"id": aid, "rows": [], "ss_type": r["ss_type"].strip(),
                                  "flags": Counter(),
                                  "all_st": cow_date(r, "all_st"),
                                  "all_end": cow_date(r, "all_end")}
        st, _ = cow_date(r, "mem_st")
        en, _ = cow_date(r, "mem_end")
        a["rows"].append({"row_no": i, "ccode": int(r["ccode"]), "state_name": r["state_name"],
                          "mem_st": cow_date(r, "mem_st"), "mem_end": cow_date(r, "mem_end"),
                          "start": st, "end": en})
        for f in FLAG_CLAUSE:
            if r[f].strip() == "1":
                a["flags"][f] += 1
    return members, alliances, cow_states, cown


def spells_for(ccode, start, end, cown, actors):
    """[(geopol code, start, end)] of a membership spell [start, end] (end None:
    ongoing), split where the state's code changes."""
    if ccode in PERIODS:
        out = []
        for f, t, code in PERIODS[ccode]:
            if (t is None or start is None or start < t) and (f is None or end is None or end > f):
                s = start if f is None or (start is not None and start > f) else f
                e = end if t is None or (end is not None and end <= t) else t
                out.append((code, s, e))
        return out
    if ccode in cown:
        return [(cown[ccode], start, end)]
    return [(actors[ccode][0], start, end)] if ccode in actors else []


def kind_of(a):
    flags = a["flags"]
    lv_ss = ss_level(a["ss_type"])
    lv_fl = 1 if flags["defense"] else 2 if (flags["neutrality"] or flags["nonaggression"]) \
        else 3 if flags["entente"] else None
    levels = [lv for lv in (lv_ss, lv_fl) if lv is not None]
    if not levels:
        return None, "no ss_type and no obligation flag"
    lv = min(levels)
    note = None
    if lv_ss is not None and lv_fl is not None and lv_ss != lv_fl:
        note = "ss_type level %s, flags level %s" % (lv_ss, lv_fl)
    if lv == 1:
        return "defence_pact", note
    if lv == 2:
        if flags["neutrality"]:
            return "neutrality_pact", note
        if flags["nonaggression"]:
            return "non_aggression_pact", note
        return ("neutrality_pact" if "neutral" in a["ss_type"].lower()
                else "non_aggression_pact"), note
    return "entente", note


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA),
                    help="the research data folder (default: %(default)s)")
    ap.add_argument("--dates", choices=("alliance", "members"), default="alliance",
                    help="signed/ended from the alliance's dates (all_st/all_end, default) "
                         "or from the earliest member start / latest member end")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "cow" / "alliance_v4.1_by_member.csv").is_file():
        sys.exit("no COW data at %s (use --data)" % (data / "cow"))

    members, alliances, cow_states, cown = load_cow(data)

    # COW states geopol does not know: actors '@' + StateAbb
    used = sorted({m["ccode"] for a in alliances.values() for m in a["rows"]})
    actors = {}
    unmapped = []
    for c in used:
        if c in PERIODS or c in cown:
            continue
        abb, name = cow_states.get(c, ("", ""))
        if not name:
            name = next(m["state_name"] for a in alliances.values() for m in a["rows"]
                        if m["ccode"] == c)
        code = "@" + re.sub(r"[^A-Z0-9_]", "", abb.upper())[:7]
        if not ACTOR_RE.match(code) or code in (v[0] for v in actors.values()):
            code = "@C%d" % c
        if not ACTOR_RE.match(code):
            unmapped.append(c)
            continue
        actors[c] = (code, name)

    # ---- phase 1: extension, actors, every code checked
    all_codes = set()
    for c in used:
        if c in PERIODS:
            all_codes.update(code for _, _, code in PERIODS[c])
        elif c in cown:
            all_codes.add(cown[c])
        elif c in actors:
            all_codes.add(actors[c][0])
    sql = ["SET client_min_messages = warning;",
           "CREATE EXTENSION IF NOT EXISTS geopol;"]
    if actors:
        sql.append("INSERT INTO geopol.actor VALUES\n  " + ",\n  ".join(
            "(%s, %s, %s)" % (sql_str(code), sql_str(name),
                              sql_str("Correlates of War state %d (cow_alliances.py)" % c))
            for c, (code, name) in sorted(actors.items()))
            + "\nON CONFLICT (polity) DO NOTHING;")
    sql.append("""
CREATE FUNCTION pg_temp.check_code(c text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE p geopol.polity;
BEGIN
  p := c::geopol.polity;
  RETURN p::text || E'\\t' || geopol.kind(p) || E'\\t' || coalesce(geopol.name(p), '');
EXCEPTION WHEN others THEN
  RETURN E'\\t\\t' || SQLERRM;
END $$;""")
    sql.append("SELECT c, pg_temp.check_code(c) FROM unnest(%s::text[]) c ORDER BY c;"
               % sql_str(pg_array(sorted(all_codes))))
    good, bad = {}, {}
    for r in rows_of(psql("\n".join(sql) + "\n", tuples=True)):
        code, canon, kind, name = r[0], r[1], r[2], r[3] if len(r) > 3 else ""
        if canon == code and kind:
            good[code] = (kind, name)
        else:
            bad[code] = ("reads as %s" % canon) if canon else name

    # ---- build the agreements
    src, member_rows, spell_rows, misses = [], [], [], []
    state_codes = set()
    kinds_note, date_notes = [], Counter()
    member_codes = {}
    for a in alliances.values():
        parties = []
        for m in a["rows"]:
            spells = spells_for(m["ccode"], m["start"], m["end"], cown, actors)
            codes = list(dict.fromkeys(c for c, _, _ in spells))
            ok = [c for c in codes if c in good]
            spell_rows.extend((m["row_no"], a["id"], m["ccode"], c, s, e)
                              for c, s, e in spells if c in good)
            for c in codes:
                state_codes.add((m["ccode"], c))
            if not codes:
                misses.append(("membership", a["id"], m["row_no"],
                               "COW state %d (%s) has no polity" % (m["ccode"], m["state_name"])))
            elif len(ok) < len(codes):
                misses.append(("membership", a["id"], m["row_no"],
                               "%s: %s" % (", ".join(c for c in codes if c not in good),
                                           "; ".join(bad.get(c, "?") for c in codes
                                                     if c not in good))))
            member_codes[m["row_no"]] = ok
            member_rows.append((m["row_no"], a["id"], m["ccode"], m["state_name"],
                                m["start"], m["end"], pg_array(ok)))
            for c in ok:
                if c not in parties:
                    parties.append(c)
        kind, note = kind_of(a)
        if note:
            kinds_note.append((a["id"], a["ss_type"], kind, note))
        if kind is None:
            misses.append(("alliance", a["id"], None, note))
            continue
        if not parties:
            misses.append(("alliance", a["id"], None, "no member maps to a polity"))
            continue
        clauses = [KIND_CLAUSE[kind]] + [cl for f, cl in FLAG_CLAUSE.items()
                                          if a["flags"][f] and cl != KIND_CLAUSE[kind]]
        # dates
        first_mem = min((m["mem_st"] for m in a["rows"] if m["start"]),
                        key=lambda dp: dp[0], default=(None, None))
        open_mem = any(m["end"] is None for m in a["rows"])
        last_mem = max((m["mem_end"] for m in a["rows"] if m["end"]),
                       key=lambda dp: dp[0], default=(None, None))
        if args.dates == "alliance":
            signed = a["all_st"] if a["all_st"][0] else first_mem
            ended = a["all_end"] if a["all_end"][0] else (None, None)
        else:
            signed = first_mem if first_mem[0] else a["all_st"]
            ended = last_mem if (a["all_end"][0] and last_mem[0]) or \
                (not open_mem and last_mem[0]) else (None, None)
        if a["all_st"][0] and first_mem[0] and a["all_st"][0] != first_mem[0]:
            date_notes["formation date differs from earliest member start"] += 1
        if a["all_end"][0] and last_mem[0] and a["all_end"][0] != last_mem[0]:
            date_notes["end date differs from latest member end"] += 1
        if a["all_end"][0] and open_mem:
            date_notes["alliance ended but a member spell is open"] += 1
        if not a["all_end"][0] and not open_mem:
            date_notes["alliance open but every member spell ended"] += 1
        lit = "%s {%s}" % (kind, ",".join(parties))
        if ended[0]:
            lit += " status=terminated"
        else:
            lit += " status=in_force"
        if signed[0]:
            lit += " signed=" + fmt_date(signed)
        if ended[0]:
            lit += " ended=" + fmt_date(ended)
        lit += " domains={%s}" % ("military" if kind == "defence_pact" else "security")
        lit += " clauses={%s}" % ",".join(clauses)
        lit += ' title="COW alliance %d"' % a["id"]
        src.append((a["id"], lit))

    # ---- phase 2: load
    sql = """
SET client_min_messages = warning;
SET search_path = public, geopol;
DROP TABLE IF EXISTS cow_alliance, cow_member, cow_spell, cow_state_code, cow_load_miss;
CREATE TABLE cow_alliance (id int PRIMARY KEY, a geopol.agreement NOT NULL);
CREATE TABLE cow_member (row_no int PRIMARY KEY, id int NOT NULL, ccode int NOT NULL,
                         state_name text, mem_start date, mem_end date,
                         codes geopol.polity[] NOT NULL);
CREATE TABLE cow_spell (row_no int NOT NULL, id int NOT NULL, ccode int NOT NULL,
                        p geopol.polity NOT NULL, spell_start date, spell_end date);
CREATE TABLE cow_state_code (ccode int, p geopol.polity, PRIMARY KEY (ccode, p));
CREATE TABLE cow_load_miss (id int, error text);
CREATE TEMP TABLE cow_src (id int, literal text);
"""
    sql += copy_block("cow_src", src)
    sql += copy_block("cow_member", member_rows)
    sql += copy_block("cow_spell", spell_rows)
    sql += copy_block("cow_state_code", sorted((c, p) for c, p in state_codes if p in good))
    sql += """
DO $$
DECLARE r record; d text;
BEGIN
  FOR r IN SELECT * FROM cow_src ORDER BY id LOOP
    BEGIN
      INSERT INTO cow_alliance VALUES (r.id, r.literal::geopol.agreement);
    EXCEPTION WHEN others THEN
      GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
      INSERT INTO cow_load_miss VALUES (r.id, SQLERRM || coalesce(' (' || nullif(d, '') || ')', '')
                                              || ': ' || r.literal);
    END;
  END LOOP;
END $$;
CREATE INDEX cow_alliance_a_gin ON cow_alliance USING gin (a);
ANALYZE cow_alliance, cow_member, cow_spell, cow_state_code;
SELECT 'miss', id, error FROM cow_load_miss ORDER BY id;
SELECT 'count', (SELECT count(*) FROM cow_alliance),
       (SELECT coalesce(sum(cardinality(parties(a))), 0) FROM cow_alliance),
       (SELECT count(*) FROM cow_member m JOIN cow_alliance c USING (id)
        WHERE cardinality(m.codes) > 0 AND c.a @> m.codes),
       (SELECT count(DISTINCT (id, ccode)) FROM cow_member);
SELECT 'notin', m.row_no, m.id, m.ccode, m.state_name, m.codes::text
FROM cow_member m JOIN cow_alliance c USING (id)
WHERE cardinality(m.codes) > 0 AND NOT (c.a @> m.codes) ORDER BY m.row_no;
"""
    out = rows_of(psql(sql, tuples=True))
    n_alliances = n_parties = n_members_ok = n_pairs = 0
    for r in out:
        if r[0] == "miss":
            misses.append(("alliance", int(r[1]), None, r[2]))
        elif r[0] == "count":
            n_alliances, n_parties, n_members_ok, n_pairs = map(int, r[1:5])
        elif r[0] == "notin":
            misses.append(("membership", int(r[2]), int(r[1]),
                           "agreement lacks %s (COW %s %s)" % (r[5], r[3], r[4])))
    # memberships of alliances that did not load
    missed_alliances = {m[1] for m in misses if m[0] == "alliance"}
    for a in alliances.values():
        if a["id"] in missed_alliances:
            for m in a["rows"]:
                if member_codes.get(m["row_no"]):
                    misses.append(("membership", a["id"], m["row_no"],
                                   "its alliance did not load"))

    # ---- report
    print("geopol: Correlates of War alliances v4.1, data %s" % data)
    print("dates from: %s" % ("the alliance (all_st / all_end)" if args.dates == "alliance"
                              else "the members (earliest mem_st / latest mem_end)"))
    print()
    print("COW states mapped by date or by hand: " + "; ".join(
        "%d %s" % (c, "/".join(dict.fromkeys(code for _, _, code in PERIODS[c])))
        for c in sorted(PERIODS) if c in used))
    if actors:
        print("COW states registered as actors: " + "; ".join(
            "%d %s %s" % (c, code, name) for c, (code, name) in sorted(actors.items())))
    if unmapped:
        print("COW states without a polity: %s" % ", ".join(map(str, unmapped)))
    kinds = Counter(good[c][0] for c in all_codes if c in good)
    print("codes checked with geopol.kind(): %d ok (%s), %d failed%s" % (
        len(good), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), len(bad),
        "".join("\n  %s: %s" % kv for kv in sorted(bad.items()))))
    if kinds_note:
        print("kind: %d alliances where ss_type and the flags disagree (highest taken): %s" % (
            len(kinds_note), ", ".join("%d %s" % (i, k) for i, _, k, _ in kinds_note)))
    for k, v in sorted(date_notes.items()):
        print("dates: %s: %d alliances" % (k, v))
    print()
    n_rows = len(members)
    print("alliances in the file:     %5d" % len(alliances))
    print("alliances loaded:          %5d" % n_alliances)
    print("memberships in the file:   %5d  (member rows; %d distinct alliance-state pairs)"
          % (n_rows, n_pairs))
    print("memberships loaded:        %5d  (rows whose polities the agreement holds)"
          % n_members_ok)
    print("parties loaded:            %5d  (sum of cardinality(parties(a)); a spell across"
          % n_parties)
    print("                                  a change of code counts twice, repeated spells once)")
    print("misses:                    %5d" % len(misses))
    for what, aid, row_no, why in sorted(misses, key=lambda m: (m[1], m[2] or 0)):
        print("  %s alliance %d%s: %s" % (what, aid, "" if row_no is None else
                                         " row %d" % row_no, why))
    print()

    # ---- analytics
    head = "SET search_path = public, geopol;\n"
    print(psql(head + r"""
\echo 'examples'
SELECT id, a FROM cow_alliance WHERE id IN (1, 3, 227, 264) ORDER BY id;
\echo 'kinds and statuses'
SELECT kind(a) AS kind, status(a) AS status, count(*) AS alliances,
       sum(cardinality(parties(a))) AS parties, min(signed(a)) AS first_signed,
       max(signed(a)) AS last_signed
FROM cow_alliance GROUP BY 1, 2 ORDER BY 1, 2;
"""))
    print(psql(head + r"""
\echo '(a) Russia''s and the Soviet Union''s alliance partners by decade'
\echo '    (alliances with RUS or SUN, through the GIN index; a partner counts in a decade when its'
\echo '    membership spell and Russia''s both overlap the decade)'
WITH ru AS (
  SELECT id FROM cow_alliance
  WHERE a @> 'RUS'::polity OR a @> 'SUN'::polity
), s AS (
  SELECT d, sp.id, sp.p
  FROM generate_series(1810, 2010, 10) d
  JOIN cow_spell sp ON sp.spell_start < make_date(d + 10, 1, 1)
                   AND (sp.spell_end IS NULL OR sp.spell_end >= make_date(d, 1, 1))
  WHERE sp.id IN (SELECT id FROM ru)
), x AS (
  SELECT * FROM s WHERE (d, id) IN (SELECT d, id FROM s WHERE p IN ('RUS', 'SUN'))
)
SELECT d || 's' AS decade, count(DISTINCT id) AS alliances,
       string_agg(DISTINCT p::text, '+' ORDER BY p::text) FILTER (WHERE p IN ('RUS', 'SUN')) AS "as",
       count(DISTINCT p) FILTER (WHERE p NOT IN ('RUS', 'SUN')) AS partners,
       string_agg(DISTINCT p::text, ' ' ORDER BY p::text) FILTER (WHERE p NOT IN ('RUS', 'SUN')) AS partner_codes
FROM x GROUP BY d ORDER BY d;
"""))
    print(psql(head + r"""
\echo '(b) pairs of states sharing the most alliances (top 10 with ties; codes of one COW state not paired)'
WITH m AS (SELECT id, a, p FROM cow_alliance, unnest(parties(a)) p)
SELECT x.p AS p1, geopol.name(x.p) AS name1, y.p AS p2, geopol.name(y.p) AS name2,
       count(*) AS shared,
       count(*) FILTER (WHERE kind(x.a) = 'defence_pact') AS defence_pacts,
       min(signed(x.a)) AS first_signed, max(signed(x.a)) AS last_signed
FROM m x JOIN m y ON x.id = y.id AND x.p < y.p
WHERE NOT EXISTS (SELECT FROM cow_state_code s1 JOIN cow_state_code s2 USING (ccode)
                  WHERE s1.p = x.p AND s2.p = y.p)
GROUP BY x.p, y.p
ORDER BY shared DESC, p1, p2
FETCH FIRST 10 ROWS WITH TIES;
"""))
    print(psql(head + r"""
\echo '(c) alliances in force on %(day)s'
SELECT id, kind(a) AS kind, signed(a) AS signed, ended(a) AS ended, parties(a) AS parties,
       (SELECT string_agg(geopol.name(p), ', ') FROM unnest(parties(a)) p) AS names
FROM cow_alliance
WHERE signed(a) <= date '%(day)s' AND (ended(a) IS NULL OR ended(a) > date '%(day)s')
ORDER BY signed(a), id;
""" % {"day": EVENT_DAY}))

    # ---- the GIN index
    q = ("SELECT id FROM cow_alliance WHERE a @> 'RUS'::polity OR a @> 'SUN'::polity")
    plan = psql(head + "SET enable_seqscan = off;\nEXPLAIN (COSTS OFF) %s;\n" % q)
    print("EXPLAIN (COSTS OFF, enable_seqscan = off) " + q + ";")
    print(plan)
    used_index = "cow_alliance_a_gin" in plan
    chk = rows_of(psql(head + """
SET enable_seqscan = off;
CREATE TEMP TABLE by_index AS %s;
RESET enable_seqscan;
SET enable_bitmapscan = off; SET enable_indexscan = off;
SELECT (SELECT count(*) FROM by_index),
       (SELECT count(*) FROM cow_alliance WHERE parties(a) && '{RUS,SUN}'::polity[]),
       (SELECT count(*) FROM cow_alliance WHERE parties(a) && '{RUS,SUN}'::polity[]
          AND id NOT IN (SELECT id FROM by_index));
""" % q, tuples=True))
    n_idx, n_scan, n_missed = map(int, chk[0])
    print("index: %d alliances with RUS or SUN, scan: %d, missed by the index: %d"
          % (n_idx, n_scan, n_missed))

    ok = (n_alliances == len(alliances) and n_members_ok == n_rows and not misses
          and used_index and n_idx == n_scan and n_missed == 0)
    print()
    print("%s: %d of %d alliances, %d of %d memberships loaded; GIN index %s"
          % ("PASS" if ok else "FAIL", n_alliances, len(alliances), n_members_ok, n_rows,
             "used" if used_index else "NOT used"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
