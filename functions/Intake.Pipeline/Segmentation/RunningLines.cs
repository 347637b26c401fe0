using System.Text.RegularExpressions;
using Intake.Pipeline.Extraction;

namespace Intake.Pipeline.Segmentation;

/// <summary>
/// Running headers and footers the extractor left in the body: a short block at the top or bottom of
/// its page whose text (numbers aside) comes back at the same edge of many pages ("Proprietary to
/// Bank of America B-2", "Acme Supply Agreement 4 Acme Inc. &amp; Beta Ltd."). PDF extraction only
/// recognises furniture inside the page's header and footer bands; filings often print it just
/// inside the body area, and text exports carry it as ordinary lines, so the segmenter looks again
/// over the whole document, whatever its format.
/// </summary>
internal static partial class RunningLines
{
    /// <summary>Blocks this close to a page's top or bottom (counted in blocks) can be furniture.</summary>
    private const int EdgeBlocks = 2;

    private const int MaxLength = 160;

    public static HashSet<TextBlock> Find(IReadOnlyList<TextBlock> blocks)
    {
        var found = new HashSet<TextBlock>();
        var pages = blocks.Select(b => b.Page).Distinct().Count();
        if (pages < 3)
        {
            return found;
        }

        var edges = blocks.GroupBy(b => b.Page)
            .SelectMany(page => page.Take(EdgeBlocks).Concat(page.TakeLast(EdgeBlocks)).Distinct())
            .Where(b => b.Text.Length <= MaxLength && b.Text.Any(char.IsLetter) && !b.Text.TrimEnd().EndsWith(':') && !IsNumbered(b.Text))
            .ToList();
        // A third of the pages, and never fewer than three: a line that repeats on two pages may be a real heading.
        var needed = Math.Max(3, (int)Math.Ceiling(pages / 3.0));
        foreach (var group in edges.GroupBy(b => Key(b.Text), StringComparer.Ordinal))
        {
            if (group.Select(b => b.Page).Distinct().Count() >= needed)
            {
                found.UnionWith(group);
            }
        }

        // A bare page number the extractor did not take for one ("13.", "- 7 -") as the last block of its page.
        found.UnionWith(blocks.GroupBy(b => b.Page).Select(page => page.Last()).Where(b => PageNumber().IsMatch(b.Text)));
        return found;
    }

    [GeneratedRegex(@"^\s*[-–(]?\s*[0-9]{1,3}\s*[.)–-]?\s*$")]
    private static partial Regex PageNumber();

    // "3.1 The Supplier delivers…", "第3条（…）": clauses numbered alike on every page are the contract, not its furniture.
    private static bool IsNumbered(string text) =>
        NumberingPatterns.IsBareMarker(text) || NumberingPatterns.Classify(TextNormalizer.Normalize(text).Text).Number is not null;

    /// <summary>The text with numbers and spacing blanked: "B-1 Page 2" and "B-2 Page 3" are one line.</summary>
    private static string Key(string text) =>
        Digits().Replace(WhiteSpace().Replace(TextNormalizer.Normalize(text).Text.Trim(), " "), "#").ToUpperInvariant();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
