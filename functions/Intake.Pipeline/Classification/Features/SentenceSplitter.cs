namespace Intake.Pipeline.Classification.Features;

/// <summary>
/// Cuts a clause into sentences (English . ? ! followed by a space and a capital, digit or bracket;
/// Japanese 。！？), merging pieces too short to say anything into their neighbour. The model scores
/// each sentence as well as the whole clause, so one relevant sentence in a long clause is not
/// drowned by the rest.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A piece shorter than this (kanji and kana count three, being denser) joins its neighbour.</summary>
    public const int MinimumLength = 20;

    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c is '。' or '！' or '？')
            {
                end = i + 1;
            }
            else if (c is '.' or '?' or '!' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                var next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < text.Length && (char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '(' or '[' or '"' or '“'))
                {
                    end = i + 1;
                }
            }

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
}
