using System.Globalization;
using System.Text;
using Intake.Pipeline.Classification.Features;

namespace Intake.Pipeline.Evidence;

/// <summary>
/// Maps positions in the featuriser's normalised text (NFKC, lower case) back to the original text.
/// NFKC can change length (「㈱」→「(株)」, half-width ｶﾞ → ガ), so each text element is normalised on
/// its own and every normalised character remembers the element it came from.
/// </summary>
internal sealed class NormalizationMap
{
    // Most elements are one character, normalised the same way every time: remembered, one slot per char value
    // (a plain array: filling a slot twice from two threads writes the same string, and a lookup is one load).
    private static readonly string?[] s_chars = new string?[char.MaxValue + 1];

    private readonly int[] _start;
    private readonly int[] _end;

    private NormalizationMap(int[] start, int[] end)
    {
        _start = start;
        _end = end;
    }

    /// <summary>Null when element-wise normalisation disagrees with the featuriser's (then positions cannot be trusted).</summary>
    public static NormalizationMap? Build(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var normalized = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var start = 0;
        while (start < original.Length)
        {
            // The text elements StringInfo.GetTextElementEnumerator gives, without a string for each.
            var length = IsLoneElement(original, start) ? 1 : StringInfo.GetNextTextElementLength(original.AsSpan(start));
            var piece = length == 1 ? NormalizedChar(original[start]) : ClauseFeaturizer.Normalize(original.Substring(start, length));
            normalized.Append(piece);
            for (var i = 0; i < piece.Length; i++)
            {
                starts.Add(start);
                ends.Add(start + length);
            }

            start += length;
        }

        return string.Equals(normalized.ToString(), ClauseFeaturizer.Normalize(original), StringComparison.Ordinal)
            ? new NormalizationMap([.. starts], [.. ends])
            : null;
    }

    /// <summary>The original span covering normalised characters [start, start + length).</summary>
    public (int Start, int End)? ToOriginal(int start, int length)
    {
        if (length <= 0 || start < 0 || start + length > _start.Length)
        {
            return null;
        }

        return (_start[start], _end[start + length - 1]);
    }

    private static string NormalizedChar(char c) => s_chars[c] ??= ClauseFeaturizer.Normalize(new string(c, 1));

    // Whether text[at] is a text element by itself, decided without the grapheme-cluster walk (most of the cost
    // of building a map): it and the character after it are both of a kind that UAX #29 always breaks between —
    // printable ASCII and Latin letters below the combining marks, tab and line feed, CJK punctuation, kana and
    // ideographs, full-width forms — leaving out carriage return (CR LF is one element) and the combining marks
    // in those blocks (U+302A–302F, U+3099–309A) and half-width kana (its sound marks attach to the letter before).
    // Anything else goes to StringInfo, as every character did before.
    private static bool IsLoneElement(string text, int at) =>
        BreaksAround(text[at]) && (at + 1 == text.Length || BreaksAround(text[at + 1]));

    private static bool BreaksAround(char c) =>
        c is '\n' or '\t' or (>= ' ' and <= '~') or (>= '\u00A0' and <= '\u02FF')
            or (>= '\u3000' and <= '\u3029') or (>= '\u3030' and <= '\u3096') or (>= '\u309B' and <= '\u30FF')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF60');
}
