using System.Text.RegularExpressions;

namespace Intake.Pipeline.Extraction.Pdf;

/// <summary>One line of a PDF page and its box (PDF coordinates: y grows upwards).</summary>
internal sealed record PdfLine(string Text, double Left, double Right, double Top, double Bottom);

/// <summary>One layout block of a PDF page, with where it sits, before roles are known.</summary>
internal sealed record PdfBlock(int Page, IReadOnlyList<PdfLine> Lines, double Top, double Bottom, double PageHeight)
{
    public string Text => string.Join(' ', Lines.Select(l => l.Text));

    public bool InTopBand => Bottom >= PageHeight * (1 - PageFurniture.BandShare);

    public bool InBottomBand => Top <= PageHeight * PageFurniture.BandShare;
}

/// <summary>
/// Finds running headers, footers and page numbers: blocks in the top or bottom band of the page that
/// repeat (digits aside) on at least half the pages, and bare page numbers ("3", "- 3 -", "Page 3 of 10",
/// "３ / １０"). They keep their text but lose the Body role, so they never become clauses.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Share of the page height at the top and at the bottom where headers and footers live.</summary>
    public const double BandShare = 0.12;

    public static IReadOnlyDictionary<PdfBlock, TextBlockRole> Classify(IReadOnlyList<PdfBlock> blocks, int pages)
    {
        var roles = new Dictionary<PdfBlock, TextBlockRole>();
        foreach (var block in blocks.Where(b => IsPageNumber(b.Text) && (b.InTopBand || b.InBottomBand || IsPageEdge(b, blocks))))
        {
            roles[block] = TextBlockRole.PageNumber;
        }

        if (pages < 2)
        {
            return roles;
        }

        var needed = Math.Max(2, (int)Math.Ceiling(pages * 0.5));
        ClassifyRepeated(blocks.Where(b => b.InTopBand && !roles.ContainsKey(b)), needed, TextBlockRole.PageHeader, roles);
        ClassifyRepeated(blocks.Where(b => b.InBottomBand && !b.InTopBand && !roles.ContainsKey(b)), needed, TextBlockRole.PageFooter, roles);
        return roles;
    }

    /// <summary>A bare page number: "3", "- 3 -", "Page 3 of 10", "３ / １０".</summary>
    public static bool IsPageNumber(string text) => PageNumberPattern().IsMatch(text.Trim());

    // The first or last block of its page: a page number printed inside the body area (many filings
    // print it just above the footer band) is still the page's edge.
    private static bool IsPageEdge(PdfBlock block, IReadOnlyList<PdfBlock> blocks)
    {
        var index = IndexOf(blocks, block);
        return block.Lines.Count == 1
            && (index == 0 || blocks[index - 1].Page != block.Page || index == blocks.Count - 1 || blocks[index + 1].Page != block.Page);
    }

    private static int IndexOf(IReadOnlyList<PdfBlock> blocks, PdfBlock block)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (ReferenceEquals(blocks[i], block))
            {
                return i;
            }
        }

        return -1;
    }

    private static void ClassifyRepeated(IEnumerable<PdfBlock> candidates, int needed, TextBlockRole role, Dictionary<PdfBlock, TextBlockRole> roles)
    {
        foreach (var group in candidates.GroupBy(b => Key(b.Text), StringComparer.Ordinal))
        {
            if (group.Select(b => b.Page).Distinct().Count() >= needed)
            {
                foreach (var block in group)
                {
                    roles[block] = role;
                }
            }
        }
    }

    /// <summary>The text with numbers blanked, so "Page 2 of 9" and "Page 3 of 9" are the same line.</summary>
    private static string Key(string text) => Digits().Replace(WhiteSpace().Replace(text.Trim(), " "), "#").ToUpperInvariant();

    [GeneratedRegex(
        @"^(?:(?:page|p\.)\s*)?[-–—－‐(（]?\s*[0-9０-９ivxlcIVXLC]{1,4}\s*[-–—－‐)）]?(?:\s*(?:/|of|／)\s*[0-9０-９]{1,4})?$|^[-–—－]?\s*[0-9０-９]{1,4}\s*(?:ページ|頁)?\s*[-–—－]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"[0-9０-９]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
