#!/usr/bin/env python3
"""Write data/iso3166.tsv from Debian's iso-codes package (ISO 3166-1).

Run by a maintainer when iso-codes changes; the output is committed so that
the build needs neither python nor iso-codes.  Kosovo (XK/XKX, a code the
European Commission and others use while ISO has none) is added by hand.
"""
import json
import sys

SRC = "/usr/share/iso-codes/json/iso_3166-1.json"

# Dependent territories and areas without a sovereign government of their own;
# everything else in ISO 3166-1 is a state (UN members, observers, Taiwan).
TERRITORIES = set("""
ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY
GIB GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU
PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF
""".split())

def main():
    with open(SRC, encoding="utf-8") as f:
        rows = json.load(f)["3166-1"]
    out = sys.stdout
    out.write("code\tkind\talpha2\tnumeric\tname\tofficial_name\tiso_name\tsource\n")
    rows.append({"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo",
                 "official_name": "Republic of Kosovo", "numeric": "",
                 "src": "user-assigned code XK/XKX (European Commission usage)"})
    for r in sorted(rows, key=lambda r: r["alpha_3"]):
        kind = "territory" if r["alpha_3"] in TERRITORIES else "state"
        name = r.get("common_name", r["name"])
        official = r.get("official_name", "")
        iso_name = r["name"] if r["name"] != name else ""
        src = r.get("src", "Debian iso-codes 4.15 (ISO 3166-1)")
        out.write("\t".join([r["alpha_3"], kind, r["alpha_2"], r.get("numeric", ""),
                             name, official, iso_name, src]) + "\n")

if __name__ == "__main__":
    main()
