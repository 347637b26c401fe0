using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Extraction;

/// <summary>
/// Text after normalisation, with a map from every normalised character back to the index of the
/// original character it came from, so a match found in normalised text can point into the original.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _toOriginal;

    internal NormalizedText(string text, int[] toOriginal, int originalLength)
    {
        Text = text;
        _toOriginal = toOriginal;
        OriginalLength = originalLength;
    }

    public string Text { get; }

    public int OriginalLength { get; }

    /// <summary>The original index of normalised index <paramref name="index"/>; the end maps to the original's end.</summary>
    public int ToOriginal(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        return index == Text.Length ? OriginalLength : _toOriginal[index];
    }
}

/// <summary>
/// NFKC, one character at a time, where it does not change meaning: full-width Latin letters and
/// digits become ASCII, half-width katakana become full-width, ideographic spaces become spaces,
/// compatibility ligatures unfold. Circled and parenthesised numbers (①, ⑴) are left alone because
/// they are item markers in Japanese contracts, and NFKC would turn ① into a bare "1".
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            var width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
            // A half-width katakana followed by a half-width (semi-)voiced mark composes into one character.
            if (width == 1 && i + 1 < original.Length && IsHalfWidthKana(original[i]) && original[i + 1] is '\uFF9E' or '\uFF9F')
            {
                width = 2;
            }

            var piece = original.AsSpan(i, width);
            var normalized = KeepsMeaning(piece) ? piece.ToString().Normalize(NormalizationForm.FormKC) : piece.ToString();
            foreach (var c in normalized)
            {
                builder.Append(c == '\u3000' ? ' ' : c);
                map.Add(i);
            }

            i += width;
        }

        return new NormalizedText(builder.ToString(), [.. map], original.Length);
    }

    private static bool IsHalfWidthKana(char c) => c is >= '\uFF66' and <= '\uFF9D';

    private static bool KeepsMeaning(ReadOnlySpan<char> piece)
    {
        var c = piece[0];
        // Enclosed alphanumerics (①, ⑴, ⒈) and enclosed CJK (㈱, ㊤) carry numbering or abbreviation meaning.
        if (c is >= '\u2460' and <= '\u24FF' or >= '\u3200' and <= '\u32FF')
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Control;
    }
}
