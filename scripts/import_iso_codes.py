#!/usr/bin/env python3
"""import_iso_codes.py: write data/iso_translations.tsv, the names of ISO 3166
countries and former countries in every language Debian's iso-codes package
translates them into (its gettext catalogues iso_3166-1.mo and iso_3166-3.mo),
and, with --cldr, the territory names of Unicode CLDR releases older and
newer than the one in the ICU the server loads.

Run by hand when iso-codes or CLDR changes; the build reads only the TSV it
writes:

    apt-get install iso-codes python3-icu unicode-cldr-core   # CLDR 41
    for v in 36.0.0 38.1.0 48.2.0; do
        mkdir -p cldr-$v && (cd cldr-$v && npm pack cldr-localenames-full@$v &&
                              tar xzf cldr-localenames-full-$v.tgz)
    done
    /usr/bin/python3 scripts/import_iso_codes.py --cldr cldr-36.0.0/package \
        --cldr cldr-38.1.0/package --cldr /usr/share/unicode/cldr \
        --cldr cldr-48.2.0/package > data/iso_translations.tsv

A row is one spelling and the polity it names, with the languages that spell
it so.  Spellings equal to the English name are left out (the catalog has
them), and so are former countries geopol does not model.  CLDR rows are
only the spellings ICU's own CLDR lacks (compared after a rough fold:
python3-icu, built on the ICU of Debian's PostgreSQL, tells which).  CLDR
respells names between releases (Bodo, Kashmiri and Tigrinya did in CLDR 42,
the one ICU 72 ships), and text written with an older or newer CLDR (CLDR 36
is ICU 66's, as in Ubuntu 20.04) should still resolve.
"""

import argparse
import glob
import gettext
import json
import os
import re
import sys
import unicodedata

ISO = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"
HERE = os.path.dirname(os.path.abspath(__file__))


def modelled_former_codes():
    with open(os.path.join(HERE, "..", "data", "former_states.tsv"), encoding="utf-8") as f:
        next(f)
        return {line.split("\t", 1)[0] for line in f if line.strip()}


def entries(part, key, keep):
    with open(os.path.join(ISO, "iso_%s.json" % part), encoding="utf-8") as f:
        for e in json.load(f)[part]:
            if keep(e.get("alpha_3")):
                yield e


def alpha2_codes():
    """data/iso3166.tsv: alpha-2 -> geopol code."""
    out = {}
    with open(os.path.join(HERE, "..", "data", "iso3166.tsv"), encoding="utf-8") as f:
        head = next(f).rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(head, line.rstrip("\n").split("\t")))
            if r.get("alpha2"):
                out[r["alpha2"]] = r["code"]
    return out


def rough_fold(s):
    """Near enough to gp_fold() to tell a new spelling from a known one."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not ("\u0300" <= c <= "\u036f"))
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"['\u2019\u2018\u02bc\u02bb`\u00b4]", "", s)
    s = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in s)
    return " ".join(s.split())


def icu_names(codes):
    """Folded (name, code) pairs of every territory name the installed ICU has."""
    import icu                      # python3-icu
    pkg = icu.UnicodeString("icudt%sl-region" % icu.ICU_VERSION.split(".")[0])
    seen = set()
    for loc in list(icu.Locale.getAvailableLocales()) + ["root"]:
        try:
            rb = icu.ResourceBundle(pkg, icu.Locale(loc))
        except icu.ICUError:
            continue
        for table in ("Countries", "Countries%short", "Countries%variant"):
            try:
                t = rb.get(table)
            except icu.ICUError:
                continue
            for i in range(t.getSize()):
                item = t.get(i)
                code = codes.get(item.getKey())
                if code:
                    seen.add((rough_fold(item.getString()), code))
    return icu.ICU_VERSION, seen


def cldr_territories(folder):
    """(version, [(locale, region key, name)]) of an unpacked CLDR release:
    cldr-localenames-full's JSON or the XML of Debian's unicode-cldr-core
    (/usr/share/unicode/cldr)."""
    if os.path.exists(os.path.join(folder, "package.json")):
        with open(os.path.join(folder, "package.json"), encoding="utf-8") as f:
            version = json.load(f)["version"]
        out = []
        for path in sorted(glob.glob(os.path.join(folder, "main", "*", "territories.json"))):
            with open(path, encoding="utf-8") as f:
                for loc, data in json.load(f)["main"].items():
                    for key, name in data["localeDisplayNames"]["territories"].items():
                        out.append((loc, key.split("-alt-")[0], name))
        return "CLDR %s, cldr-localenames-full" % version, out
    import xml.etree.ElementTree as ET
    version = "?"
    for line in open(os.path.join(folder, "common", "dtd", "ldml.dtd"), encoding="utf-8"):
        m = re.search(r'cldrVersion CDATA #FIXED "([0-9.]+)"', line)
        if m:
            version = m.group(1)
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "common", "main", "*.xml"))):
        loc = os.path.basename(path)[:-4]
        for t in ET.parse(path).getroot().iterfind("localeDisplayNames/territories/territory"):
            if t.text:
                out.append((loc, t.get("type"), t.text))
    return "CLDR %s, Debian unicode-cldr-core" % version, out


def cldr_rows(folders, known):
    """(name, code) -> (locales, source) of the territory names of the CLDR
    releases in folders that neither ICU nor iso-codes spells alike."""
    codes = alpha2_codes()
    icu_version, seen = icu_names(codes)
    seen |= {(rough_fold(n), c) for n, c in known}
    rows = {}
    for folder in folders:
        release, names = cldr_territories(folder)
        source = ("Unicode CLDR territory names (%s), spellings ICU %s lacks"
                  % (release, icu_version))
        for loc, key, name in names:
            code = codes.get(key)
            name = name.strip()
            if not code or not name or "\t" in name or name == key:
                continue
            fkey = (rough_fold(name), code)
            if fkey in seen and (name, code) not in rows:
                continue
            seen.add(fkey)
            rows.setdefault((name, code), (set(), source))[0].add(loc.replace("-", "_"))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cldr", action="append", default=[],
                    help="an unpacked CLDR release: cldr-localenames-full or "
                    "/usr/share/unicode/cldr (repeatable, oldest first)")
    args = ap.parse_args()
    version = os.popen("dpkg-query -W -f '${Version}' iso-codes 2>/dev/null").read() or "?"
    former = modelled_former_codes()
    parts = [("3166-1", lambda c: True), ("3166-3", lambda c: c in former)]
    rows = {}                       # (name, code) -> set of languages
    for part, keep in parts:
        items = list(entries(part, part, keep))
        for mo in sorted(glob.glob(os.path.join(LOCALE, "*", "LC_MESSAGES", "iso_%s.mo" % part))):
            lang = mo.split(os.sep)[-3]
            with open(mo, "rb") as fh:
                catalogue = gettext.GNUTranslations(fh)
            for e in items:
                for field in ("name", "official_name", "common_name"):
                    english = e.get(field)
                    if not english:
                        continue
                    name = catalogue.gettext(english).strip()
                    if name and name != english and "\t" not in name:
                        rows.setdefault((name, e["alpha_3"]), set()).add(lang)
    source = "Debian iso-codes %s translations (iso_3166-1, iso_3166-3)" % version
    rows = {k: (langs, source) for k, langs in rows.items()}
    if args.cldr:
        for k, v in cldr_rows(args.cldr, rows.keys()).items():
            rows.setdefault(k, v)
    out = sys.stdout
    out.write("name\tcode\tlanguages\tsource\n")
    for (name, code), (langs, src) in sorted(rows.items(), key=lambda r: (r[0][1], r[0][0])):
        out.write("%s\t%s\t%s\t%s\n" % (name, code, ",".join(sorted(langs)), src))


if __name__ == "__main__":
    main()
