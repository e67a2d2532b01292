#!/usr/bin/env bash
# Every shipped catalogue is complete and current: msgfmt --statistics shows
# no untranslated and no fuzzy entry, --check holds formats and placeholders
# to the English, each catalogue has every message of the template, and the
# template has every string the sources mark (a string added without
# scripts/update-translations fails here).
#   tests/words/catalogue_test.sh SOURCE_DIR
set -euo pipefail
src="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
cd "$src"

mapfile -t sources < <(git ls-files 'words/*.[ch]pp' 'kiosk/*.[ch]pp' 'kioskctl/*.[ch]pp' 2>/dev/null | sort)
[ ${#sources[@]} -gt 0 ] || mapfile -t sources < <(ls words/*.[ch]pp kiosk/*/*.[ch]pp kioskctl/*.[ch]pp | sort)
xgettext --language=C++ --from-code=UTF-8 --keyword= --keyword=tr:1 --keyword=trc:1c,2 --keyword=trn:1,2 \
  --keyword=toTranslate:1 -o "$work/now.pot" "${sources[@]}"
if ! msgcmp --use-untranslated po/credopass.pot "$work/now.pot" 2>"$work/cmp"; then
  echo "FAIL: po/credopass.pot lacks strings the sources use; run scripts/update-translations:"
  grep 'this message is used but not defined' -A1 "$work/cmp" | grep -v '^--' | head -20
  status=1
fi

for po in po/*.po; do
  lang=$(basename "$po" .po)
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "FAIL: $lang: $stats"; status=1; continue; }
  if [[ "$stats" == *untranslated* || "$stats" == *fuzzy* ]]; then
    echo "FAIL: $lang is not complete: $stats"
    status=1
  fi
  if ! msgcmp "$po" po/credopass.pot >"$work/$lang.cmp" 2>&1; then
    echo "FAIL: $lang lacks messages of the template:"; head -10 "$work/$lang.cmp"
    status=1
  fi
  echo "$lang: $stats"
done
exit $status
