#!/usr/bin/env bash
# Builds the deployable Azure Functions app (.NET isolated worker) in one step:
#   artifacts/functionapp/      `dotnet publish` of functions/Intake.Functions: host.json,
#                               worker.config.json, functions.metadata, extensions.json and .azurefunctions/ (the host's
#                               binding extensions extensions.json points to) and the worker's assemblies
#   artifacts/functionapp.zip   the same folder zipped, ready for zip deploy
# azd publishes the same project the same way (azure.yaml), so both deploy the same package.
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

for required in host.json worker.config.json functions.metadata extensions.json .azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll; do
  if [[ ! -f "$out/$required" ]]; then
    echo "publish-functionapp: $required is missing from $out" >&2
    exit 1
  fi
done

mkdir -p "$(dirname "$zip_file")"
zip_file="$(cd "$(dirname "$zip_file")" && pwd)/$(basename "$zip_file")"
if command -v zip >/dev/null 2>&1; then
  # -r includes the dot-folder .azurefunctions/.
  (cd "$out" && zip -qr -X "$zip_file" .)
elif command -v python3 >/dev/null 2>&1; then
  python3 - "$out" "$zip_file" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, _, files in os.walk(src):
        for f in files:
            path = os.path.join(folder, f)
            z.write(path, os.path.relpath(path, src))
PY
else
  echo "publish-functionapp: needs zip or python3 to write $zip_file" >&2
  exit 1
fi

echo "Function app: $out"
echo "Package:      $zip_file"
