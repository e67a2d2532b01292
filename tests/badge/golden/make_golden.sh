#!/bin/sh
# Regenerates the golden badge images and their expected texts (expected.tsv).
# Repeatable: the test issuer key is committed here (test use only, never
# trusted by a real kiosk), badge times are fixed, Ed25519 is deterministic and
# ImageMagick's noise is seeded. Needs ImageMagick's `convert`.
#
#   tests/badge/golden/make_golden.sh build-badge/kioskctl/credopass-kioskctl
set -eu
kioskctl=$(realpath "${1:?usage: make_golden.sh PATH/TO/credopass-kioskctl}")
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp test-issuer.key "$work/issuer.key"
chmod 600 "$work/issuer.key"   # git does not keep the mode; kioskctl refuses a readable key

rm -f ./*.png
printf 'file\texpected\n' > expected.tsv
add() { printf '%s\t%s\n' "$1" "$2" >> expected.tsv; }
# png OUT ARGS...: convert ARGS into a small, reproducible 8-bit grey PNG.
png() { out=$1; shift; convert "$@" -strip -define png:exclude-chunks=date,time -colorspace Gray -depth 8 "$out"; }
ctl() { "$kioskctl" --db "$work/none.db" "$@"; }
# signed NAME MEMBER [--event ID]: a signed badge PNG in $work at 8 px per module; prints its text.
signed() {
    name=$1 member=$2
    shift 2
    ctl badge issue --private "$work/issuer.key" --member "$member" --valid-from 2026-01-01T00:00:00Z \
        --expires 2036-01-01T00:00:00Z --name "Golden ${name}" --png "$work/$name.png" "$@" | tail -n 1
}

jane=b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b
john=c8d29186-85f7-5b02-8ac2-0f121fb7c38e
jazz=d87d2b28-ff03-5d2c-b58f-21d90199c062
jane_text=$(signed jane "$jane")
john_text=$(signed john "$john" --event "$jazz")

# Sizes: the same badge at three scales, on a grey surround as a camera sees it.
for scale in 25 50 100; do
    f=signed-jane-scale$scale.png
    png "$f" "$work/jane.png" -resize "$scale%" -bordercolor 'gray(60%)' -border 40
    add "$f" "$jane_text"
done
# Rotations.
for deg in 90 180 17 -33; do
    f=signed-john-rot$deg.png
    png "$f" "$work/john.png" -resize 60% -background 'gray(70%)' -rotate "$deg"
    add "$f" "$john_text"
done
# Degraded copies.
png signed-jane-blur.png "$work/jane.png" -resize 60% -blur 0x1.2
add signed-jane-blur.png "$jane_text"
png signed-jane-lowcontrast.png "$work/jane.png" -resize 60% +level 35%,65%
add signed-jane-lowcontrast.png "$jane_text"
png signed-jane-noise.png "$work/jane.png" -resize 60% -seed 42 -attenuate 0.5 +noise Gaussian
add signed-jane-noise.png "$jane_text"
png signed-john-perspective.png "$work/john.png" -resize 60% -virtual-pixel white -distort Perspective \
    '0,0 28,18  250,0 230,4  0,280 6,270  250,280 250,280'
add signed-john-perspective.png "$john_text"
# Glare: a bright blotch washing out part of the code, within what error correction recovers.
png signed-jane-glare.png "$work/jane.png" -resize 60% \( +clone -fill black -colorize 100 -fill white \
    -draw 'ellipse 95,150 20,14 0,360' -blur 0x5 \) -compose Screen -composite
add signed-jane-glare.png "$jane_text"

# The unsigned formats and a code that is not a CredoPass badge.
ctl badge render --text "$jane" --name "Golden jane" --png "$work/member.png" >/dev/null
png member-id-jane.png "$work/member.png" -resize 50% -bordercolor white -border 20
add member-id-jane.png "$jane"
ctl badge render --text "$jazz:$john" --png "$work/pass.png" >/dev/null
png event-pass-john.png "$work/pass.png" -resize 50% -rotate 8
add event-pass-john.png "$jazz:$john"
ctl badge render --text "https://example.com/not-a-badge" --png "$work/url.png" >/dev/null
png not-a-badge-url.png "$work/url.png" -resize 50%
add not-a-badge-url.png "https://example.com/not-a-badge"
# No code at all: camera noise must never become a read.
png noise-only.png -size 320x240 xc:'gray(50%)' -seed 7 -attenuate 2 +noise Gaussian
add noise-only.png "-"
echo "wrote $(($(wc -l < expected.tsv) - 1)) golden images"
