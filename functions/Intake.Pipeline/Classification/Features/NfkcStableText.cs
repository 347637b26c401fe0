using System.Buffers;

namespace Intake.Pipeline.Classification.Features;

/// <summary>
/// Whether a text is NFKC-normalised, known without asking ICU for the text most contracts are written in:
/// ASCII, kana, the common CJK ideographs and the Japanese brackets and stops, and the dashes and curly quotes
/// of English drafting.
/// </summary>
/// <remarks>
/// <see cref="string.IsNormalized(System.Text.NormalizationForm)"/> answers ASCII at once but calls into ICU
/// for anything else, and the featuriser asks for every clause, sentence and heading, and evidence once more
/// per explained label: about a tenth of explaining a Japanese clause. Each character here is its own NFKC
/// form and a starter that composes with no neighbour (no combining marks, no half-width or compatibility
/// forms, no ideographic space), so a text of them alone is normalised; <c>NfkcStableTextTests</c> checks
/// every one against ICU. Any other character sends the text to ICU as before.
/// </remarks>
internal static class NfkcStableText
{
    private static readonly SearchValues<char> s_stable = SearchValues.Create(Characters());

    // The same without the capitals: a text of these is its own lower case.
    private static readonly SearchValues<char> s_stableLower = SearchValues.Create(Characters().Replace("ABCDEFGHIJKLMNOPQRSTUVWXYZ", string.Empty, StringComparison.Ordinal));

    public static bool IsKnownNormalized(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(s_stable);

    /// <summary>
    /// Whether <see cref="string.ToLowerInvariant"/> would give the text back unchanged, known without it: it copies
    /// any text that is not ASCII, and a Japanese clause has nothing to lower.
    /// </summary>
    public static bool IsKnownLowerCase(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(s_stableLower);

    /// <summary>Every character the shortcut vouches for.</summary>
    internal static string Characters()
    {
        var ranges = new (char First, char Last)[]
        {
            ('\t', '\n'), ('\r', '\r'), (' ', '~'),
            ('\u2013', '\u2014'), ('\u2018', '\u2019'), ('\u201C', '\u201D'),
            ('\u3001', '\u3002'), ('\u3005', '\u3007'), ('\u3008', '\u3011'), ('\u3014', '\u301C'),
            ('\u3041', '\u3096'), ('\u309D', '\u309E'), ('\u30A1', '\u30FE'),
            ('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF'),
        };

        var characters = new System.Text.StringBuilder();
        foreach (var (first, last) in ranges)
        {
            for (var c = first; c <= last; c++)
            {
                characters.Append(c);
            }
        }

        return characters.ToString();
    }
}
