#!/usr/bin/env python3
"""import_adjectives.py: write data/adjectives.tsv, the adjectives of states
("Österreichisch", "Autrichien") in the languages the npm package
i18n-nationality translates (its langs/*.json: de, en, es, fi, fr, it, nl,
no), keyed by ISO 3166-1 alpha-2 code.

Run by hand when the package changes; the build reads only the TSV it writes:

    npm pack i18n-nationality@1.4.0 && tar xzf i18n-nationality-1.4.0.tgz
    python3 scripts/import_adjectives.py package > data/adjectives.tsv

A row is one adjective and the polity it belongs to, with the languages
that write it so.  An entry holding alternatives ("Czech/Czechoslovak")
gives one row for each.  Alpha-2 codes that data/iso3166.tsv does not know
are left out.
"""

import glob
import json
import os
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: import_adjectives.py PACKAGE_DIR > data/adjectives.tsv")
    package = sys.argv[1]
    version = json.load(open(os.path.join(package, "package.json")))["version"]
    here = os.path.dirname(os.path.abspath(__file__))
    codes = {}
    with open(os.path.join(here, "..", "data", "iso3166.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row["alpha2"]:
                codes[row["alpha2"]] = row["code"]
    rows = {}
    for path in sorted(glob.glob(os.path.join(package, "langs", "*.json"))):
        data = json.load(open(path, encoding="utf-8"))
        lang = data["locale"]
        for alpha2, text in data["nationalities"].items():
            if alpha2 not in codes:
                continue
            for word in text.split("/"):
                word = word.strip()
                if word:
                    rows.setdefault((word, codes[alpha2]), set()).add(lang)
    source = "npm i18n-nationality %s (MIT)" % version
    out = sys.stdout
    out.write("adjective\tcode\tlanguages\tsource\n")
    for (word, code), langs in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        out.write("%s\t%s\t%s\t%s\n" % (word, code, ",".join(sorted(langs)), source))


if __name__ == "__main__":
    main()
