using System.Text.RegularExpressions;

namespace Intake.Pipeline.Segmentation;

/// <summary>
/// The one place that knows where a sentence ends: Japanese 。！？, English . ? ! followed by space and a
/// capital, digit, bracket or quote. Two views of it: <see cref="Split"/> gives a clause's sentences for
/// the model (which scores each sentence as well as the whole clause, so one relevant sentence in a long
/// clause is not drowned by the rest); <see cref="Group"/> packs sentences of prose without structure
/// into clause-sized pieces for the segmenter.
/// </summary>
/// <remarks>
/// <see cref="Split"/> is what the shipped model was trained with: changing it changes every score, so it
/// only changes together with a retrained model (and <c>ClauseFeaturizer.Recipe</c>).
/// </remarks>
public static partial class SentenceSplitter
{
    /// <summary>A piece shorter than this (kanji and kana count three, being denser) joins its neighbour.</summary>
    public const int MinimumLength = 20;

    /// <summary>The sentences of a clause, whitespace trimmed, fragments ("1.", "Section 4.2.") merged into a neighbour.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<(int Start, int Length)>();
        var start = 0;
        foreach (var end in Ends(text, 0, text.Length))
        {
            if (end > start)
            {
                Add(pieces, text, start, end);
                start = end;
            }
        }

        if (start < text.Length)
        {
            Add(pieces, text, start, text.Length);
        }

        return pieces;
    }

    /// <summary>
    /// Neighbouring sentences of <c>text[start..end]</c> grouped up to about <paramref name="targetLength"/>
    /// characters; a group never ends after an abbreviation ("Inc.", "Sec.", "e.g."), where a reader
    /// would not see a sentence end.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Group(string text, int start, int end, int targetLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groupStart = start;
        var lastBoundary = start;
        foreach (var boundary in Ends(text, start, end).Where(e => !AfterAbbreviation(text, start, e)).Append(end))
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

    /// <summary>Positions just after each sentence-ending mark in <c>text[start..end]</c>.</summary>
    internal static IEnumerable<int> Ends(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '。' or '！' or '？')
            {
                yield return i + 1;
            }
            else if (c is '.' or '?' or '!' && i + 2 < end && char.IsWhiteSpace(text[i + 1]))
            {
                var next = i + 1;
                while (next < end && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < end && (char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '(' or '[' or '"' or '“'))
                {
                    yield return i + 1;
                }
            }
        }
    }

    private static bool AfterAbbreviation(string text, int start, int end) =>
        text[end - 1] == '.' && Abbreviation().IsMatch(text.AsSpan(start, end - 1 - start));

    private static void Add(List<(int Start, int Length)> pieces, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        // A fragment ("1.", "Section 4.2.") joins the sentence before it, or the one after it at the start.
        if (pieces.Count > 0 && (Weight(text, start, end) < MinimumLength || Weight(text, pieces[^1].Start, pieces[^1].Start + pieces[^1].Length) < MinimumLength))
        {
            var (previousStart, _) = pieces[^1];
            pieces[^1] = (previousStart, end - previousStart);
            return;
        }

        pieces.Add((start, end - start));
    }

    private static int Weight(string text, int start, int end)
    {
        var weight = 0;
        for (var i = start; i < end; i++)
        {
            weight += text[i] >= '\u3040' ? 3 : 1;
        }

        return weight;
    }

    [GeneratedRegex(@"\b(?:Inc|Ltd|Co|Corp|No|Nos|Mr|Ms|Mrs|Dr|Sec|Art|e\.g|i\.e|U\.S|vs|cf|St|Jr|L\.P|N\.V|S\.A)$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();
}
