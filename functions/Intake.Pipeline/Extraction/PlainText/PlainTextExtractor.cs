namespace Intake.Pipeline.Extraction.PlainText;

/// <summary>
/// Plain text: the decoded text is kept as it is (line ends made "\n"), so offsets point into what the
/// author wrote. Blocks are paragraphs: split at blank lines and before a line that opens a numbered item.
/// A form feed starts a new page.
/// </summary>
internal static class PlainTextExtractor
{
    public static ExtractionResult Extract(ReadOnlySpan<byte> content, CancellationToken cancellationToken)
    {
        if (EncodingDetector.Detect(content) is not { } decoded)
        {
            return ExtractionResult.Rejected(DocumentKind.Unknown, "unsupported type: binary data (not PDF, DOCX, an image or text in a known encoding)");
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Not ReplaceLineEndings: it would also turn form feeds, our page breaks, into line feeds.
        var text = decoded.Text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidDocumentException("no text: the file holds only whitespace");
        }

        var blocks = new List<TextBlock>();
        var page = 1;
        var paragraphStart = -1;
        var paragraphEnd = -1;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(position, lineEnd - position);
            var body = line.Trim(); // form feeds are white space too
            var leadingLength = line.Length - line.TrimStart().Length;
            var breaksBefore = line[..leadingLength].Count('\f');
            var breaksAfter = line.Count('\f') - breaksBefore;
            if (body.IsEmpty || breaksBefore > 0 || NumberingStart.IsMatch(body.ToString()))
            {
                Flush(text, blocks, ref paragraphStart, paragraphEnd, page);
            }

            page += breaksBefore;
            if (!body.IsEmpty)
            {
                paragraphStart = paragraphStart < 0 ? position + leadingLength : paragraphStart;
                paragraphEnd = position + leadingLength + body.Length;
            }

            if (breaksAfter > 0)
            {
                Flush(text, blocks, ref paragraphStart, paragraphEnd, page);
                page += breaksAfter;
            }

            position = lineEnd + 1;
        }

        Flush(text, blocks, ref paragraphStart, paragraphEnd, page);
        return ExtractionResult.Completed(DocumentKind.Text, new ExtractedDocument(text, blocks, page));
    }

    private static void Flush(string text, List<TextBlock> blocks, ref int start, int end, int page)
    {
        if (start >= 0 && end > start)
        {
            blocks.Add(new TextBlock(text[start..end], page, start, TextBlockRole.Body));
        }

        start = -1;
    }
}
