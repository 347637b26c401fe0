#!/usr/bin/env bash
# After `azd up`: proves the deployed pipeline end to end. Uploads one of the repository's samples to
# the deployed `intake` container with your Entra ID sign-in (az login; no key), waits until the
# function app has written its `documents` row with a final status, and prints that row.
#   Event Grid BlobCreated -> queue intake-events -> ScanUploadedDocument -> tables documents/findings
# Needs the Azure CLI, signed in with the roles azd gives the signed-in user (upload to intake, read
# the tables). Cannot run without Azure, so no test here runs it.
# Usage: eng/smoke.sh [STORAGE_ACCOUNT_NAME]   (default: AZURE_STORAGE_ACCOUNT_NAME from azd env get-values)
# Environment: SMOKE_TIMEOUT seconds to wait (300), SMOKE_SAMPLE file to upload.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
account="${1:-}"
if [[ -z "$account" ]] && command -v azd >/dev/null 2>&1; then
  account="$(azd env get-values 2>/dev/null | sed -n 's/^AZURE_STORAGE_ACCOUNT_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p')"
fi
if [[ -z "$account" ]]; then
  echo "smoke: name the storage account (eng/smoke.sh ACCOUNT) or run it inside an azd environment" >&2
  exit 1
fi

sample="${SMOKE_SAMPLE:-$root/samples/investment-term-sheet-en.txt}"
timeout="${SMOKE_TIMEOUT:-300}"
blob="smoke/$(date -u +%Y%m%dT%H%M%SZ)-$(basename "$sample")"

echo "smoke: uploading $(basename "$sample") to $account/intake/$blob"
az storage blob upload --auth-mode login --account-name "$account" \
  --container-name intake --name "$blob" --file "$sample" --only-show-errors --output none

# The row is keyed by a document id derived from the path; look it up by the blob name it records.
filter="BlobName eq '${blob//\'/\'\'}'"
deadline=$(( $(date +%s) + timeout ))
while (( $(date +%s) < deadline )); do
  row="$(az storage entity query --auth-mode login --account-name "$account" --table-name documents \
    --filter "$filter" --query 'items[0]' --output json --only-show-errors 2>/dev/null || true)"
  status="$(printf '%s' "$row" | sed -n 's/^ *"Status": "\([^"]*\)".*/\1/p' | head -n 1)"
  if [[ -n "$status" && "$status" != "Processing" ]]; then
    printf '%s\n' "$row"
    if [[ "$status" == "Failed" ]]; then
      echo "smoke: the document was recorded as Failed (see Application Insights and intake-events-poison)" >&2
      exit 2
    fi
    echo "smoke: $blob recorded as $status"
    exit 0
  fi
  sleep 5
done

echo "smoke: no final documents row for $blob after ${timeout}s (check the Event Grid subscription, the intake-events queue and Application Insights)" >&2
exit 3
