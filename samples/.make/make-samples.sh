#!/bin/sh
# Remakes the sample documents in samples/ from the sources in samples/.make/src.
# The sources are ours (written for Intake, no third-party text). The PDFs and DOCX files are
# committed, so nobody needs this script to run Intake; it is here so the samples can be changed.
#
# Needs: LibreOffice Writer (headless), Noto CJK fonts, iconv, and poppler's pdftotext to check.
#   Debian/Ubuntu: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/src"
out="$here/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name            format   (HTML source -> DOCX via LibreOffice; PDF is printed from that DOCX)
for spec in \
    joint-research-agreement-ja:pdf \
    collaboration-proposal-en:pdf \
    licence-technical-assistance-en:docx \
    visiting-researcher-agreement-ja:docx
do
    name=${spec%%:*}
    format=${spec##*:}
    soffice --headless --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$tmp" "$src/$name.html" >/dev/null
    if [ "$format" = pdf ]; then
        soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/$name.docx" >/dev/null
        # A sample PDF must carry a real text layer (Japanese included), not just glyph pictures.
        if [ "$(pdftotext "$tmp/$name.pdf" - | tr -d '[:space:]' | wc -c)" -lt 500 ]; then
            echo "no text layer in $name.pdf" >&2
            exit 1
        fi
    fi
    cp "$tmp/$name.$format" "$out/$name.$format"
done

# The Japanese NDA is stored as Shift_JIS (Windows code page 932), as many Japanese text files still are.
iconv -f UTF-8 -t CP932 "$src/nda-ja.txt" > "$out/nda-ja.txt"

ls -l "$out"
