#!/bin/sh
# Rasterises the branding sources: the application icon in every size the product uses, the About image, the
# perspective and feature icons of glossa.ui, and the splash bitmap. Needs rsvg-convert (Debian librsvg2-bin) and
# ImageMagick's convert (for the BMP). The outputs are committed; run this after editing an SVG here.
set -e
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../bundles/glossa.app"
ui="$here/../../bundles/glossa.ui"
for size in 16 32 48 64 128 256; do
  rsvg-convert -w $size -h $size "$here/glossa.svg" -o "$app/icons/glossa$size.png"
done
(cd "$here" && rsvg-convert about.svg -o "$app/icons/about.png")
rsvg-convert -w 16 -h 16 "$here/glossa.svg" -o "$ui/icons/glossa16.png"
rsvg-convert -w 32 -h 32 "$here/glossa.svg" -o "$ui/icons/glossa32.png"
# The launcher's splash must be a BMP named splash.bmp at the root of the product's defining bundle.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && rsvg-convert splash.svg -o "$tmp/splash.png")
convert "$tmp/splash.png" -background "#10243b" -flatten -type TrueColor "BMP3:$app/splash.bmp"
echo "render.sh: icons and splash written"
