#!/usr/bin/env bash
# Draws assets/digitpad.png, the app icon: a handwritten 7 on a dark drawing pad, with three small bars
# (the answer's probabilities) beside it. ImageMagick; run by hand when the icon changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
convert -size 256x256 xc:none \
  -fill '#1e293b' -draw 'roundrectangle 8,8 247,247 36,36' \
  -fill black -draw 'roundrectangle 28,28 183,227 14,14' \
  -fill none -stroke white -strokewidth 20 -draw "stroke-linecap round stroke-linejoin round path 'M 58,70 L 150,66 Q 118,120 92,196'" \
  -strokewidth 12 -draw "stroke-linecap round line 86,130 136,128" \
  -stroke none -fill '#64748b' -draw 'roundrectangle 198,150 214,227 4,4' \
  -fill '#38bdf8' -draw 'roundrectangle 198,60 214,140 4,4' \
  -fill '#64748b' -draw 'roundrectangle 222,200 238,227 4,4' \
  assets/digitpad.png
