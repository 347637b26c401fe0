using System.Collections.Concurrent;
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
    // Most elements are one character, normalised the same way every time: remembered (at most one string per char value).
    private static readonly ConcurrentDictionary<char, string> s_chars = new();

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
            var length = StringInfo.GetNextTextElementLength(original.AsSpan(start));
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

    private static string NormalizedChar(char c) => s_chars.GetOrAdd(c, static c => ClauseFeaturizer.Normalize(new string(c, 1)));
}
