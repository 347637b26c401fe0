#!/usr/bin/env bash
# Builds the deployable Azure Functions app in one step:
#   artifacts/functionapp/      host.json, one folder per function with its function.json, and the
#                               handler (Intake.Functions) published self-contained for linux-x64
#   artifacts/functionapp.zip   the same folder zipped (Unix permissions kept: the handler stays executable)
# The layout comes from `dotnet publish` of functions/Intake.Functions itself (see its .csproj), so
# azd, which publishes the project, deploys exactly this.
# Usage: eng/publish-functionapp.sh [OUTPUT_DIR [ZIP_FILE]]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/functionapp}"
out="${out%/}"
zip_file="${2:-$out.zip}"
configuration="${CONFIGURATION:-Release}"

rm -rf "$out" "$zip_file"
mkdir -p "$out"

dotnet publish "$root/functions/Intake.Functions/Intake.Functions.csproj" \
  --configuration "$configuration" \
  --output "$out" \
  --nologo

for definition in "$root"/functions/Intake.Functions/FunctionApp/*/function.json; do
  name="$(basename "$(dirname "$definition")")"
  if [[ ! -f "$out/$name/function.json" ]]; then
    echo "publish-functionapp: $name/function.json is missing from $out" >&2
    exit 1
  fi
done

# The executable host.json names must be in the package and executable.
executable="$(sed -n 's/.*"defaultExecutablePath"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$out/host.json")"
if [[ -z "$executable" || ! -f "$out/$executable" ]]; then
  echo "publish-functionapp: host.json names '$executable', which is not in $out" >&2
  exit 1
fi
chmod +x "$out/$executable"

mkdir -p "$(dirname "$zip_file")"
if command -v zip >/dev/null 2>&1; then
  (cd "$out" && zip -qr -X "$zip_file" .)
elif command -v python3 >/dev/null 2>&1; then
  python3 - "$out" "$zip_file" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, _, files in os.walk(src):
        for f in files:
            path = os.path.join(folder, f)
            z.write(path, os.path.relpath(path, src))  # zipfile keeps the Unix mode bits
PY
else
  echo "publish-functionapp: needs zip or python3 to write $zip_file" >&2
  exit 1
fi

echo "Function app: $out"
echo "Package:      $zip_file"
