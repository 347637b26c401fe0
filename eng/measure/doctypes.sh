#!/usr/bin/env bash
# Measures document-type detection on a folder of contracts whose file names carry the agreement's
# title (CUAD's full_contract_txt does: "...-EX-10.11-STRATEGIC ALLIANCE AGREEMENT.txt").
# Scans the folder with `intake scan --format json`, derives the type the file name implies, and
# prints the share of Unknown and the confusion (file-name type → detected type). Prints counts only,
# never contract text. Needs jq.
#
#   eng/measure/doctypes.sh ../shared/data/cuad/full_contract_txt
set -euo pipefail
folder="${1:?usage: eng/measure/doctypes.sh FOLDER}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
dotnet run --project "$repo/functions/Intake.Cli" -c Release -- scan "$folder" --format json --out "$report" >&2

# The type a title implies, first match wins (our reading of the title, not the detector's rules).
jq -r '
  def implied:
    ascii_downcase as $t
    | if ($t | test("amendment|addendum")) and ($t | test("a_r|restated") | not) then
        (if ($t | test("manufactur")) then "Manufacturing" elif ($t | test("licen")) then "Licence"
         elif ($t | test("supply|distribut")) then "Supply" elif ($t | test("servic")) then "Services" else "Amendment" end)
      elif ($t | test("joint filing|non-?compet")) then "Other"
      elif ($t | test("intellectual property agreement")) then "IpAssignment"
      elif ($t | test("joint venture")) then "JointVenture"
      elif ($t | test("licen|franchise")) then "Licence"
      elif ($t | test("alliance|collaborat|cooperation|joint development|(?<!site )development(?! and hosting)")) then "JointResearch"
      elif ($t | test("manufactur")) then "Manufacturing"
      elif ($t | test("supply|distribut|reseller|dealer")) then "Supply"
      elif ($t | test("outsourc|servic|consult|maintenance|hosting|transportation|management")) then "Services"
      elif ($t | test("endorse|sponsor|co-?brand|promot|marketing|agency|affiliate")) then "Marketing"
      else "Other" end;
  .documents
  | map({implied: (.source | split("/") | last | sub("\\.txt$"; "") | sub("^.*EX-[0-9A-Za-z.()]+[-_ ]+"; "") | sub("^.* - +"; "") | implied), detected: .documentType})
  | "documents: \(length)",
    "unknown: \(map(select(.detected == "Unknown")) | length) (\((map(select(.detected == "Unknown")) | length) * 1000 / length | round / 10)%)",
    "agree with the file name: \(map(select(.implied == .detected)) | length)",
    "confusion (file-name type -> detected type: count):",
    (group_by(.implied + " -> " + .detected)[] | "  \(.[0].implied) -> \(.[0].detected): \(length)")
' "$report"
