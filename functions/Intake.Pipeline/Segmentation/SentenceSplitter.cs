using System.Text.RegularExpressions;

namespace Intake.Pipeline.Segmentation;

/// <summary>
/// The prose fallback: splits text into sentences (。！？ in Japanese; . ! ? before a capital in
/// English, not after common abbreviations) and groups neighbours up to a target length.
/// </summary>
internal static partial class SentenceSplitter
{
    public static IEnumerable<(int Start, int Length)> Group(string text, int start, int end, int targetLength)
    {
        var groupStart = start;
        var lastBoundary = start;
        foreach (var boundary in Boundaries(text, start, end))
        {
            if (boundary - groupStart > targetLength && lastBoundary > groupStart)
            {
                yield return (groupStart, lastBoundary - groupStart);
                groupStart = lastBoundary;
            }

            lastBoundary = boundary;
        }

        if (end > groupStart)
        {
            yield return (groupStart, end - groupStart);
        }
    }

    private static IEnumerable<int> Boundaries(string text, int start, int end)
    {
        var slice = text[start..end];
        foreach (Match match in SentenceEnd().Matches(slice))
        {
            var cut = match.Index + match.Length;
            var before = slice[..match.Index];
            if (match.Value[0] == '.' && Abbreviation().IsMatch(before))
            {
                continue;
            }

            yield return start + cut;
        }

        yield return end;
    }

    [GeneratedRegex(@"[。！？]|[.!?](?=\s+[""“(A-Z0-9])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:Inc|Ltd|Co|Corp|No|Nos|Mr|Ms|Mrs|Dr|Sec|Art|e\.g|i\.e|U\.S|vs|cf|St|Jr|L\.P|N\.V|S\.A)$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();
}
