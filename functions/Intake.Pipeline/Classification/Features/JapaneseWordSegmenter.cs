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

    [ThreadStatic]
    private static BreakIterator? t_iterator;

    /// <summary>Loads the dictionary in the background.</summary>
    public static void Warm() => _ = Task.Run(() => s_prototype.Value);

    /// <summary>Word boundaries of the whole text (offsets, first 0 and last the length), into <paramref name="boundaries"/>.</summary>
    public static void Boundaries(string text, List<int> boundaries)
    {
        boundaries.Clear();
        var iterator = t_iterator ??= (BreakIterator)s_prototype.Value.Clone();
        iterator.SetText(text);
        for (var end = iterator.First(); end != BreakIterator.Done; end = iterator.Next())
        {
            boundaries.Add(end);
        }
    }
}
