using System.Text.RegularExpressions;

namespace Intake.Pipeline.Extraction.Pdf;

/// <summary>A paragraph of a PDF: its lines (joined later), the page it starts on, and its role.</summary>
internal sealed record PdfParagraph(List<string> Lines, int Page, TextBlockRole Role);

/// <summary>
/// Cuts layout blocks into paragraphs. Layout analysis often returns a whole page of evenly spaced
/// lines as one block, so a paragraph also ends where the gap to the next line is wider than the
/// block's usual line pitch, after a short line that ends a sentence, and before a line that opens a
/// numbered item. A paragraph cut by a page break is joined again when the page's last paragraph does
/// not end a sentence and the next page's first does not open an item.
/// </summary>
internal static partial class PdfParagraphs
{
    private const double WiderGap = 1.15;
    private const double ShortLine = 0.85;
    private const int MaxHeadingLength = 40;

    public static List<PdfParagraph> Build(IReadOnlyList<PdfBlock> blocks, IReadOnlyDictionary<PdfBlock, TextBlockRole> roles)
    {
        var paragraphs = new List<PdfParagraph>();
        var lastBody = -1;
        var bodyPage = 0;
        // Body blocks next to each other on a page (a first body line that fell into the header band,
        // say) are read as one run of lines.
        foreach (var run in Runs(blocks, roles))
        {
            if (run.Role is { } role)
            {
                paragraphs.Add(new PdfParagraph([.. run.Lines.Select(l => l.Text)], run.Page, role));
                continue;
            }

            foreach (var lines in Split(run.Lines))
            {
                var firstOnPage = run.Page != bodyPage;
                bodyPage = run.Page;
                if (firstOnPage && lastBody >= 0 && paragraphs[lastBody].Page < run.Page && Continues(paragraphs[lastBody].Lines, lines[0]))
                {
                    paragraphs[lastBody].Lines.AddRange(lines);
                    continue;
                }

                paragraphs.Add(new PdfParagraph(lines, run.Page, TextBlockRole.Body));
                lastBody = paragraphs.Count - 1;
            }
        }

        return paragraphs;
    }

    private static IEnumerable<(List<PdfLine> Lines, int Page, TextBlockRole? Role)> Runs(IReadOnlyList<PdfBlock> blocks, IReadOnlyDictionary<PdfBlock, TextBlockRole> roles)
    {
        (List<PdfLine> Lines, int Page, TextBlockRole? Role)? body = null;
        foreach (var block in blocks)
        {
            if (roles.TryGetValue(block, out var role))
            {
                if (body is not null)
                {
                    yield return body.Value;
                    body = null;
                }

                yield return ([.. block.Lines], block.Page, role);
            }
            else if (body is { } open && open.Page == block.Page)
            {
                open.Lines.AddRange(block.Lines);
            }
            else
            {
                if (body is not null)
                {
                    yield return body.Value;
                }

                body = ([.. block.Lines], block.Page, null);
            }
        }

        if (body is not null)
        {
            yield return body.Value;
        }
    }

    /// <summary>"第１条（目的）", "Article 3 Term", "1. Offering Terms": one short article-level line that does not end a sentence (list items such as "（１）…" are not headings).</summary>
    public static bool LooksLikeHeading(IReadOnlyList<string> lines) =>
        lines.Count == 1
        && lines[0].Length <= MaxHeadingLength
        && HeadingStart().IsMatch(lines[0])
        && !EndsSentence(lines[0])
        && !lines[0].EndsWith(',');

    [GeneratedRegex(@"^\s*(?:第[0-9０-９一二三四五六七八九十百]+[条章節]|(?:Article|ARTICLE|Section|SECTION|Chapter|CHAPTER)\s+[0-9IVXLC]+|[0-9]{1,2}\.\s+\p{Lu})")]
    private static partial Regex HeadingStart();

    private static IEnumerable<List<string>> Split(IReadOnlyList<PdfLine> lines)
    {
        var pitch = TypicalPitch(lines);
        var right = lines.Max(l => l.Right);
        var width = right - lines.Min(l => l.Left);
        var current = new List<string>();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && current.Count > 0 && Breaks(previous, line, pitch, right, width))
            {
                yield return current;
                current = [];
            }

            current.Add(line.Text);
            previous = line;
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static bool Breaks(PdfLine previous, PdfLine line, double pitch, double right, double width)
    {
        // A short line ends its paragraph when it ends a sentence or is a heading ("第１条（目的）");
        // a full-width line that starts with "第１条" is only the first line of a long paragraph.
        var shortLine = previous.Right < right - (width * (1 - ShortLine));
        return NumberingStart.IsMatch(line.Text)
            || (pitch > 0 && previous.Bottom - line.Bottom > pitch * WiderGap)
            || (shortLine && (EndsSentence(previous.Text) || LooksLikeHeading([previous.Text])));
    }

    /// <summary>The usual distance between the baselines of consecutive lines (lower quartile, so paragraph gaps do not count).</summary>
    private static double TypicalPitch(IReadOnlyList<PdfLine> lines)
    {
        var pitches = lines.Zip(lines.Skip(1), (a, b) => a.Bottom - b.Bottom).Where(p => p > 0).Order().ToList();
        return pitches.Count == 0 ? 0 : pitches[pitches.Count / 4];
    }

    private static bool Continues(List<string> previous, string next) =>
        !EndsSentence(previous[^1]) && !NumberingStart.IsMatch(next) && !LooksLikeHeading(previous);

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line.TrimEnd()[^1] is '。' or '．' or '.' or ':' or '：' or ';' or '；' or '!' or '?' or '！' or '？';
}
