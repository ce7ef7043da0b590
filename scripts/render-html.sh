#!/usr/bin/env bash
# Renders an HTML file (such as `claimcheck check ... --format html` output) to a PNG screenshot with headless
# Chromium (Debian's `chromium` package), without network, GPU, sync or a persistent profile.
#
#   scripts/render-html.sh INPUT.html OUTPUT.png [WIDTH,HEIGHT]     (default size 1200,1600)
#
# Exit codes: 0 screenshot written, 3 chromium not installed, anything else a rendering failure.
# Set CHROMIUM to use another binary.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 INPUT.html OUTPUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi

input="$(realpath "$1")"
output="$(realpath -m "$2")"
size="${3:-1200,1600}"

chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "render-html: chromium not found; install it with: apt-get install -y chromium" >&2
  exit 3
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$output"

url="file://$(sed 's/%/%25/g; s/ /%20/g; s/#/%23/g; s/?/%3F/g' <<<"$input")"
status=0
HOME="$profile" XDG_CONFIG_HOME="$profile" XDG_CACHE_HOME="$profile" timeout 120 "$chromium" \
  --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-dev-shm-usage --hide-scrollbars --mute-audio \
  --user-data-dir="$profile/user-data" --screenshot="$output" --window-size="$size" \
  "$url" >"$profile/chromium.log" 2>&1 || status=$?

if [ "$status" -ne 0 ] || [ ! -s "$output" ]; then
  echo "render-html: chromium failed (exit $status) or wrote no screenshot; its output:" >&2
  cat "$profile/chromium.log" >&2
  exit $(( status == 0 ? 1 : status ))
fi

echo "$output"
