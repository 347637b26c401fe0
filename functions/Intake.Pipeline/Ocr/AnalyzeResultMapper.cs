using System.Text;
using Intake.Pipeline.Extraction;

namespace Intake.Pipeline.Ocr;

/// <summary>
/// Turns an <c>analyzeResult</c> into the pipeline's text model. Paragraphs come in the order of their
/// spans in the service's reading-order content; each becomes one block with the page of its first
/// bounding region and a role: page headers, footers and page numbers are kept as such (so they never
/// become clauses), titles and section headings become headings, the rest body. The paragraphs of a
/// table are replaced by one Table block, a row per line and " | " between cells. Blocks are joined
/// with a blank line into the document text, so every block is a slice of it.
/// </summary>
internal static class AnalyzeResultMapper
{
    private const string BlockSeparator = "\n\n";
    private const string CellSeparator = " | ";

    public static ExtractedDocument Map(AnalyzeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var pages = PageCount(result);
        var pieces = result.Paragraphs is { Count: > 0 } ? FromParagraphs(result) : FromPages(result);

        var text = new StringBuilder();
        var blocks = new List<TextBlock>();
        foreach (var piece in pieces.OrderBy(p => p.Order).ThenBy(p => p.Sequence))
        {
            var content = piece.Text.Trim();
            if (content.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(BlockSeparator);
            }

            blocks.Add(new TextBlock(content, Math.Clamp(piece.Page, 1, Math.Max(1, pages)), text.Length, piece.Role));
            text.Append(content);
        }

        return new ExtractedDocument(text.ToString(), blocks, pages);
    }

    public static TextBlockRole RoleOf(string? role) => role switch
    {
        "pageHeader" => TextBlockRole.PageHeader,
        "pageFooter" => TextBlockRole.PageFooter,
        "pageNumber" => TextBlockRole.PageNumber,
        "title" or "sectionHeading" => TextBlockRole.Heading,
        // footnote and formulaBlock stay body: a footnote in a contract can carry an obligation.
        _ => TextBlockRole.Body,
    };

    private static int PageCount(AnalyzeResult result) =>
        result.Pages is { Count: > 0 } pages ? Math.Max(pages.Count, pages.Max(p => p.PageNumber)) : 0;

    private static List<Piece> FromParagraphs(AnalyzeResult result)
    {
        var tables = (result.Tables ?? []).Select(t => new TableRange(t, t.Spans ?? [])).ToList();
        var pieces = new List<Piece>();
        var sequence = 0;
        foreach (var paragraph in result.Paragraphs!)
        {
            var offset = FirstOffset(paragraph.Spans) ?? int.MaxValue;
            // Layout lists each table cell's text as a paragraph too; the table block stands for them.
            if (tables.Any(t => t.Contains(offset)))
            {
                continue;
            }

            pieces.Add(new Piece(paragraph.Content ?? string.Empty, PageOf(paragraph.BoundingRegions, offset, result), offset, sequence++, RoleOf(paragraph.Role)));
        }

        foreach (var table in tables)
        {
            var offset = FirstOffset(table.Table.Spans) ?? int.MaxValue;
            pieces.Add(new Piece(TableText(table.Table), PageOf(table.Table.BoundingRegions, offset, result), offset, sequence++, TextBlockRole.Table));
        }

        return pieces;
    }

    /// <summary>No paragraphs (a model that does not emit them): one body block per page from the page's spans.</summary>
    private static List<Piece> FromPages(AnalyzeResult result)
    {
        var content = result.Content ?? string.Empty;
        var pieces = new List<Piece>();
        foreach (var page in result.Pages ?? [])
        {
            var text = new StringBuilder();
            foreach (var span in page.Spans ?? [])
            {
                if (span.Offset >= 0 && span.Length >= 0 && span.Offset + span.Length <= content.Length)
                {
                    text.Append(content, span.Offset, span.Length);
                }
            }

            pieces.Add(new Piece(text.ToString(), page.PageNumber, FirstOffset(page.Spans) ?? int.MaxValue, page.PageNumber, TextBlockRole.Body));
        }

        return pieces;
    }

    private static string TableText(DocumentTable table)
    {
        var rows = (table.Cells ?? [])
            .GroupBy(c => c.RowIndex)
            .OrderBy(g => g.Key)
            .Select(row => string.Join(CellSeparator, row.OrderBy(c => c.ColumnIndex).Select(c => Flatten(c.Content))));
        return string.Join('\n', rows);
    }

    private static string Flatten(string? cell) => (cell ?? string.Empty).ReplaceLineEndings(" ").Trim();

    private static int PageOf(IReadOnlyList<BoundingRegion>? regions, int offset, AnalyzeResult result)
    {
        if (regions is { Count: > 0 })
        {
            return regions[0].PageNumber;
        }

        // No bounding region (Office input): the page whose spans hold the offset.
        foreach (var page in result.Pages ?? [])
        {
            if ((page.Spans ?? []).Any(s => offset >= s.Offset && offset < s.Offset + s.Length))
            {
                return page.PageNumber;
            }
        }

        return 1;
    }

    private static int? FirstOffset(IReadOnlyList<DocumentSpan>? spans) => spans is { Count: > 0 } ? spans.Min(s => s.Offset) : null;

    private sealed record Piece(string Text, int Page, int Order, int Sequence, TextBlockRole Role);

    private sealed record TableRange(DocumentTable Table, IReadOnlyList<DocumentSpan> Spans)
    {
        public bool Contains(int offset) => Spans.Any(s => offset >= s.Offset && offset < s.Offset + s.Length);
    }
}
