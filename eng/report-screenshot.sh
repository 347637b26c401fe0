#!/usr/bin/env bash
# Redraws the README's pictures of the HTML report: scans a sample the repository ships (written for
# it) and photographs the page in headless Chromium (Debian: chromium fonts-ipafont-gothic).
# Usage: eng/report-screenshot.sh   -> docs/report-screenshot.png (English), docs/report-screenshot-ja.png
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/docs"
dotnet build "$root/functions/Intake.Cli" -v q --nologo >/dev/null

shoot() { # sample, picture
  local page="$work/$(basename "$1").html"
  dotnet run --no-build --project "$root/functions/Intake.Cli" -- scan "$root/samples/$1" --format html --out "$page"
  chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size=1280,1400 --screenshot="$root/docs/$2" "file://$page" 2>/dev/null
  echo "wrote docs/$2"
}

shoot licence-technical-assistance-en.docx report-screenshot.png
shoot joint-research-agreement-ja.pdf report-screenshot-ja.png
