using System.Text.RegularExpressions;

namespace Intake.Training.Data;

/// <summary>A unit of contract text: its range in the original text, its text with whitespace collapsed, and the heading above it.</summary>
public sealed record ContractUnit(int Start, int End, string Text, string? Heading);

/// <summary>
/// Cuts plain contract text (as in CUAD's full_contract_txt) into clause-sized units for training and
/// evaluation: paragraphs separated by blank lines; long paragraphs cut into groups of sentences,
/// because CUAD annotates sentences and a two-page paragraph would make every label look present.
/// Short upper-case or numbered title lines become the heading of the units below them.
/// </summary>
public static partial class ContractUnitSplitter
{
    /// <summary>A paragraph longer than this is cut into sentence groups of about <see cref="GroupLength"/>.</summary>
    public const int LongParagraph = 600;

    public const int GroupLength = 400;

    private const int MinimumLetters = 20;

    public static IReadOnlyList<ContractUnit> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<ContractUnit>();
        string? heading = null;
        foreach (var (start, end) in Paragraphs(text))
        {
            var collapsed = Collapse(text.AsSpan(start, end - start));
            if (collapsed.StartsWith("Source: ", StringComparison.Ordinal))
            {
                continue; // EDGAR page footer, neither a clause nor a heading
            }

            if (LooksLikeHeading(collapsed))
            {
                heading = collapsed;
                continue;
            }

            if (collapsed.Length <= LongParagraph)
            {
                Add(units, text, start, end, heading);
                continue;
            }

            var groupStart = start;
            foreach (var boundary in SentenceBoundaries(text, start, end))
            {
                if (boundary - groupStart >= GroupLength)
                {
                    Add(units, text, groupStart, boundary, heading);
                    groupStart = boundary;
                }
            }

            if (end > groupStart)
            {
                Add(units, text, groupStart, end, heading);
            }
        }

        return units;
    }

    /// <summary>Whitespace runs (line breaks included) become one space; the ends are trimmed.</summary>
    public static string Collapse(ReadOnlySpan<char> text) => WhitespaceRun().Replace(text.ToString(), " ").Trim();

    private static void Add(List<ContractUnit> units, string text, int start, int end, string? heading)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var collapsed = Collapse(text.AsSpan(start, end - start));
        if (collapsed.Count(char.IsLetter) >= MinimumLetters)
        {
            units.Add(new ContractUnit(start, end, collapsed, heading));
        }
    }

    private static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var start = -1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (blank && start >= 0)
            {
                yield return (start, lineStart);
                start = -1;
            }
            else if (!blank && start < 0)
            {
                start = lineStart;
            }

            lineStart = lineEnd + 1;
        }

        if (start >= 0)
        {
            yield return (start, text.Length);
        }
    }

    // Positions where a new sentence or an inline numbered item begins.
    private static IEnumerable<int> SentenceBoundaries(string text, int start, int end)
    {
        foreach (Match match in SentenceBreak().Matches(text[start..end]))
        {
            yield return start + match.Index + match.Length;
        }
    }

    private static bool LooksLikeHeading(string paragraph)
    {
        if (paragraph.Length > 80 || paragraph.Length < 3)
        {
            return false;
        }

        var letters = paragraph.Count(char.IsLetter);
        if (letters < 3)
        {
            return false;
        }

        var upper = paragraph.Count(char.IsUpper);
        var endsLikeSentence = paragraph.EndsWith(';') || paragraph.EndsWith(',') || (paragraph.EndsWith('.') && paragraph.Length > 40);
        return !endsLikeSentence && (upper >= letters * 0.6 || NumberedTitle().IsMatch(paragraph));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"(?<=[.;:?!][""')\]]?)\s+(?=[A-Z(""\[\d])|\s{3,}(?=\S)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(article|section|clause)?\s*[\dIVXivx]+(\.\d+)*\.?\s+[A-Z][\w ,&/-]{2,60}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedTitle();
}
