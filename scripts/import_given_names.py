#!/usr/bin/env python3
"""import_given_names.py: write data/given_names.tsv, people's given names
in Latin and Cyrillic script, from the first-name lists of Debian's php-faker
package (Faker/Provider/<locale>/Person.php: $firstName, $firstNameMale,
$firstNameFemale; the lists cite national name statistics, MIT licence).

The mention scanner reads a place name next to a given name as part of a
person's name ("Whitney Houston", "Milan Kundera", "Elena de Grecia").

Run by hand when php-faker changes; the build reads only the TSV it writes:

    apt-get install php-faker wamerican wngerman wfrench wspanish witalian wportuguese
    python3 scripts/import_given_names.py > data/given_names.tsv

Left out:
  - names of one or two letters, names with spaces, hyphens or apostrophes
    (the scanner reads one word at a time), names in other scripts (Arabic,
    Persian, Chinese ... write no capitals to tell a name by);
  - the Vietnamese and Malay lists (syllables and English words: "Thể",
    "New"), the Icelandic and Norwegian ones (every name ever registered,
    places among them: "Atlanta", "Hansa");
  - months, titles and honorifics that some list holds as names ("June",
    "Rey", "Khan"), continents ("Africa", "Asia"), and "Marina" and "Marine"
    (the navy in Romance languages);
  - short English words ("Per", "Are"), and other lower-case words of the
    word lists that fewer than three languages' lists hold as names
    ("Justice", "Royal", "Soviet"; not "Frank", "Martin", "Maria");
  - names whose accents alone tell them from a word ("Östen" is no
    "Osten", east): the scanner compares words without accents.
Names that are also places stay ("Milan", "Sofia", "Jordan"), with the
locales that list them: the scanner takes a place for a given name only when
the lists of two languages hold it (not "Houston", only in en_US).
"""

import glob
import os
import re
import subprocess
import sys
import unicodedata

PROVIDERS = "/usr/share/php/Faker/Provider"
SKIP_LOCALES = {"vi_VN", "ms_MY", "is_IS", "nb_NO"}
DICTS = ["american-english", "ngerman", "french", "spanish", "italian", "portuguese"]
# months, titles, honorifics and continents that are listed as given names somewhere
NOT_NAMES = {
    "january", "february", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "king", "prince", "princess", "queen", "duke",
    "rey", "reina", "principe", "don", "dona", "sir", "lord", "lady", "san", "santa",
    "santo", "saint", "sainte", "emir", "sheikh", "shah", "sultan", "khan", "bey",
    "pasha", "imam", "mullah", "general", "major", "president", "premier", "will",
    "miss", "mister", "madame", "señor", "señora", "senor", "marina", "marine",
    "africa", "america", "asia", "europa", "europe", "oceania", "antarctica",
}


def version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "php-faker"],
                             capture_output=True, text=True, check=True).stdout
        return out.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"



def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower())
                   if unicodedata.category(c) != "Mn")


def word_lists():
    """(short lower-case English words, lower-case words, every word by its folded form)"""
    short, lower, folded = set(), set(), {}
    for name in DICTS:
        path = os.path.join("/usr/share/dict", name)
        if not os.path.exists(path):
            sys.exit("missing word list %s (apt-get install it)" % path)
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if not w or "'" in w:
                    continue
                if name == "american-english" and len(w) <= 3 and w.islower():
                    short.add(w)
                if w.islower():
                    lower.add(w)
                folded.setdefault(fold(w), set()).add(w.lower())
    return short, lower, folded


def script_ok(name):
    for ch in name:
        if not ch.isalpha() and unicodedata.category(ch) not in ("Mn", "Mc"):
            return False
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            if not (uname.startswith("LATIN") or uname.startswith("CYRILLIC")):
                return False
    return True


def main():
    short, lower, folded = word_lists()
    names = {}
    for path in sorted(glob.glob(os.path.join(PROVIDERS, "*", "Person.php"))):
        locale = os.path.basename(os.path.dirname(path))
        if locale in SKIP_LOCALES:
            continue
        with open(path, encoding="utf-8") as f:
            src = f.read()
        for m in re.finditer(r"protected static \$firstName\w*\s*=\s*\[(.*?)\];", src, re.S):
            for s in re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(1)):
                s = unicodedata.normalize("NFC", s.strip())
                if len(s) < 3 or not script_ok(s) or not s[0].isupper():
                    continue
                low = s.lower()
                if low in NOT_NAMES or low in short:
                    continue
                names.setdefault(s, set()).add(locale)
    # a word of the lists spelled like a name but for its accents, and no name itself
    spelled = {n.lower() for n in names}
    # a lower-case word that fewer than three languages' lists hold as a name
    names = {n: locs for n, locs in names.items()
             if n.lower() not in lower or len({l.split("_")[0] for l in locs}) >= 3}
    names = {n: locs for n, locs in names.items()
             if fold(n) == n.lower() or not (folded.get(fold(n), set()) - spelled)}
    source = "Debian php-faker %s, Faker/Provider/<locale>/Person.php first names" % version()
    print("# given_names.tsv: people's given names, written by scripts/import_given_names.py")
    print("# source: %s" % source)
    print("name\tlocales")
    for name in sorted(names):
        print("%s\t%s" % (name, ",".join(sorted(names[name]))))


if __name__ == "__main__":
    main()
