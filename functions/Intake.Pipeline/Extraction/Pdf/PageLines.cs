using UglyToad.PdfPig.Content;

namespace Intake.Pipeline.Extraction.Pdf;

/// <summary>
/// Lines of a page from its words, top to bottom. Words whose vertical centres align form a line;
/// a page with a clear vertical gutter in its body is read as two columns, left column first.
/// (PdfPig's Docstrum segmenter is not used for lines: in Japanese each printed line is one "word",
/// and Docstrum then merges several printed lines into one, out of order.)
/// </summary>
internal static class PageLines
{
    private const double MinGutter = 12; // points; about one character of body text

    public static List<PdfLine> Build(IReadOnlyList<Word> words, double pageHeight, Func<IReadOnlyList<Word>, string> lineText)
    {
        bool InBand(Word w) =>
            w.BoundingBox.Bottom >= pageHeight * (1 - PageFurniture.BandShare) || w.BoundingBox.Top <= pageHeight * PageFurniture.BandShare;

        var top = words.Where(w => InBand(w) && w.BoundingBox.Bottom >= pageHeight / 2).ToList();
        var bottom = words.Where(w => InBand(w) && w.BoundingBox.Bottom < pageHeight / 2).ToList();
        var body = words.Where(w => !InBand(w)).ToList();

        var lines = Lines(top, lineText);
        if (Gutter(body) is double split)
        {
            lines.AddRange(Lines([.. body.Where(w => w.BoundingBox.Right <= split)], lineText));
            lines.AddRange(Lines([.. body.Where(w => w.BoundingBox.Right > split)], lineText));
        }
        else
        {
            lines.AddRange(Lines(body, lineText));
        }

        lines.AddRange(Lines(bottom, lineText));
        return lines;
    }

    private static List<PdfLine> Lines(List<Word> words, Func<IReadOnlyList<Word>, string> lineText)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => Centre(w)).ThenBy(w => w.BoundingBox.Left))
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is not null && Math.Abs(Centre(word) - current.Average(Centre)) <= Math.Min(Height(word), current.Max(Height)) * 0.5)
            {
                current.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return lines
            .Select(l => l.OrderBy(w => w.BoundingBox.Left).ToList())
            .Select(l => new PdfLine(lineText(l), l.Min(w => w.BoundingBox.Left), l.Max(w => w.BoundingBox.Right), l.Max(w => w.BoundingBox.Top), l.Min(w => w.BoundingBox.Bottom)))
            .Where(l => l.Text.Length > 0)
            .ToList();
    }

    /// <summary>The x of an empty vertical strip in the middle half of the body that splits its words into two real columns, if any.</summary>
    private static double? Gutter(List<Word> body)
    {
        if (body.Count < 10)
        {
            return null;
        }

        var left = body.Min(w => w.BoundingBox.Left);
        var right = body.Max(w => w.BoundingBox.Right);
        var covered = new bool[(int)Math.Ceiling(right - left) + 1];
        foreach (var word in body)
        {
            for (var x = (int)(word.BoundingBox.Left - left); x <= (int)(word.BoundingBox.Right - left) && x < covered.Length; x++)
            {
                covered[Math.Max(0, x)] = true;
            }
        }

        var from = covered.Length / 4;
        var to = covered.Length * 3 / 4;
        int bestStart = -1, bestLength = 0;
        for (var x = from; x < to; x++)
        {
            if (covered[x])
            {
                continue;
            }

            var start = x;
            while (x < to && !covered[x])
            {
                x++;
            }

            if (x - start > bestLength)
            {
                (bestStart, bestLength) = (start, x - start);
            }
        }

        if (bestLength < MinGutter)
        {
            return null;
        }

        var split = left + bestStart + (bestLength / 2.0);
        var leftShare = body.Count(w => w.BoundingBox.Right <= split) / (double)body.Count;
        return leftShare is >= 0.2 and <= 0.8 ? split : null;
    }

    private static double Centre(Word word) => (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;

    private static double Height(Word word) => Math.Max(1, word.BoundingBox.Height);
}
