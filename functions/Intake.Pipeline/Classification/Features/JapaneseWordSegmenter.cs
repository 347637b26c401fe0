using System.Globalization;
using ICU4N.Text;

namespace Intake.Pipeline.Classification.Features;

/// <summary>
/// Dictionary word boundaries for Japanese: ICU's word break iterator, whose CJ dictionary (the one ICU
/// uses for Chinese and Japanese) ships inside the ICU4N packages as managed code and data, so the
/// function app needs nothing installed on Linux. Chosen over character n-grams alone because whole
/// words ("通常実施権" as 通常|実施|権, "非独占的") are what Japanese clauses share across phrasings.
/// </summary>
/// <remarks>
/// A break iterator holds the text it walks, so each thread gets its own clone of one prototype; the
/// prototype loads the dictionary once per process (about a second), started by <see cref="Warm"/> when
/// a model that needs it is loaded, so the first Japanese clause does not pay for it.
/// </remarks>
internal static class JapaneseWordSegmenter
{
    private static readonly Lazy<BreakIterator> s_prototype = new(
        () => BreakIterator.GetWordInstance(new CultureInfo("ja")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    // How many segmented texts each thread remembers: a clause, its sentences and its heading.
    private const int Remembered = 4;

    [ThreadStatic]
    private static BreakIterator? t_iterator;

    [ThreadStatic]
    private static (string Text, int[] Boundaries)[]? t_recent;

    [ThreadStatic]
    private static int t_next;

    /// <summary>Loads the dictionary in the background.</summary>
    public static void Warm() => _ = Task.Run(() => s_prototype.Value);

    /// <summary>
    /// Word boundaries of the whole text: offsets, the first 0 and the last the length. Do not change the array.
    /// </summary>
    /// <remarks>
    /// The dictionary walk is the costliest step of featurising Japanese, and one clause asks for the same
    /// text more than once: the featuriser segments the normalised clause (often identical to the clause as
    /// written, which the evidence finder segments to widen evidence to whole words), and scoring a clause and
    /// explaining it featurise the same sentences. So each thread remembers its last few texts and their boundaries.
    /// </remarks>
    public static int[] Boundaries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var recent = t_recent ??= new (string, int[])[Remembered];
        foreach (var (known, boundaries) in recent)
        {
            if (known is not null && string.Equals(known, text, StringComparison.Ordinal))
            {
                return boundaries;
            }
        }

        var found = Segment(text);
        recent[t_next] = (text, found);
        t_next = (t_next + 1) % Remembered;
        return found;
    }

    /// <summary>
    /// The boundaries of <c>text[start..start+length]</c> cut from the whole text's: offsets into the stretch,
    /// the first 0 and the last its length.
    /// </summary>
    /// <remarks>
    /// Used for a sentence of a clause instead of walking the sentence again. ICU breaks a run of kanji and
    /// kana by its dictionary alone and Latin text by rules that look a character or two either side; a
    /// sentence is cut after 。！？ or after ". " with the spaces trimmed, where a boundary stands either way.
    /// Checked on every corpus and parity line and on METI/JPO and CUAD contract paragraphs (32,780 sentences):
    /// the cut boundaries equal a walk of the sentence in every one.
    /// </remarks>
    public static int[] Slice(int[] boundaries, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        var first = Array.BinarySearch(boundaries, start + 1);
        first = first < 0 ? ~first : first;
        var end = Array.BinarySearch(boundaries, first, boundaries.Length - first, start + length);
        end = end < 0 ? ~end : end;

        // Boundaries strictly inside the stretch are boundaries[first..end), between its own 0 and length.
        var inside = new int[end - first + 2];
        for (var k = first; k < end; k++)
        {
            inside[k - first + 1] = boundaries[k] - start;
        }

        inside[^1] = length;
        return inside;
    }

    private static int[] Segment(string text)
    {
        var iterator = t_iterator ??= (BreakIterator)s_prototype.Value.Clone();
        iterator.SetText(text);
        var boundaries = new List<int>(text.Length + 1);
        for (var end = iterator.First(); end != BreakIterator.Done; end = iterator.Next())
        {
            boundaries.Add(end);
        }
        return [.. boundaries];
    }
}
