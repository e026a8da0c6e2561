#!/bin/sh
# macOS: double-click in Finder, or run from a terminal. SWT on Cocoa needs the first thread.
here=$(cd "$(dirname "$0")" && pwd)
GLOSSA_VMARGS="-XstartOnFirstThread ${GLOSSA_VMARGS}" exec "$here/glossa" "$@"
