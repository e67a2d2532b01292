"""Marks every entry of a gettext template whose msgid has a "{name}"
placeholder as python-brace-format (scripts/update-translations): xgettext's
C++ parser does not, and msgfmt --check then holds each translation to the
same placeholder names."""
import re
import sys

path = sys.argv[1]
entries = open(path, encoding="utf-8").read().split("\n\n")
for i, entry in enumerate(entries):
    if i == 0 or not re.search(r'^msgid(_plural)? ".*\{[A-Za-z]+\}', entry, re.M):
        continue
    lines = entry.split("\n")
    at = next(j for j, line in enumerate(lines) if line.startswith(("msgctxt", "msgid")))
    if at > 0 and lines[at - 1].startswith("#,"):
        lines[at - 1] += ", python-brace-format"
    else:
        lines.insert(at, "#, python-brace-format")
    entries[i] = "\n".join(lines)
with open(path, "w", encoding="utf-8") as out:
    out.write("\n\n".join(entries))
