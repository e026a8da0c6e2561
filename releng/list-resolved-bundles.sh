#!/bin/sh
# Prints the platform bundles (symbolic name_version) of the materialized Linux product, sorted.
# CI compares this with releng/resolved-bundles.txt: the pinned target must resolve the same set every time.
# After a deliberate change of pins.txt:  releng/list-resolved-bundles.sh > releng/resolved-bundles.txt
root=$(cd "$(dirname "$0")/.." && pwd)
plugins="$root/releng/glossa.product/target/products/glossa.app.product/linux/gtk/x86_64/glossa/plugins"
ls "$plugins" | sed 's/\.jar$//' | grep -v '^glossa\.' | LC_ALL=C sort
