#!/usr/bin/env python3
"""import_iso_codes.py: write data/iso_translations.tsv, the names of ISO 3166
countries and former countries in every language Debian's iso-codes package
translates them into (its gettext catalogues iso_3166-1.mo and iso_3166-3.mo).

Run by hand when iso-codes changes (apt-get install iso-codes); the build
reads only the TSV it writes:

    python3 scripts/import_iso_codes.py > data/iso_translations.tsv

A row is one spelling and the polity it names, with the languages that spell
it so.  Spellings equal to the English name are left out (the catalog has
them), and so are former countries geopol does not model.
"""

import glob
import gettext
import json
import os
import sys

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


def main():
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
    out = sys.stdout
    out.write("name\tcode\tlanguages\tsource\n")
    source = "Debian iso-codes %s translations (iso_3166-1, iso_3166-3)" % version
    for (name, code), langs in sorted(rows.items(), key=lambda r: (r[0][1], r[0][0])):
        out.write("%s\t%s\t%s\t%s\n" % (name, code, ",".join(sorted(langs)), source))


if __name__ == "__main__":
    main()
