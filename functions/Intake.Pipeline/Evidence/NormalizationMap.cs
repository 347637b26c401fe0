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
    // Null for the identity map: normalised character i came from original character i.
    private readonly int[]? _start;
    private readonly int[]? _end;
    private readonly int _length;

    private NormalizationMap(int[]? start, int[]? end, int length)
    {
        _start = start;
        _end = end;
        _length = length;
    }

    /// <summary>Null when element-wise normalisation disagrees with the featuriser's (then positions cannot be trusted).</summary>
    public static NormalizationMap? Build(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var whole = ClauseFeaturizer.NormalizedClause(original);

        // Most clauses: each character its own element, normalised to one character, in place. The map is the
        // identity and is known without building it (building it was a tenth of explaining a clause).
        if (InPlaceNormalization.KeptInPlace(original, whole))
        {
            return new NormalizationMap(null, null, original.Length);
        }

        var normalized = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var start = 0;
        while (start < original.Length)
        {
            // The text elements StringInfo.GetTextElementEnumerator gives, without a string for each.
            var length = InPlaceNormalization.IsLoneElement(original, start) ? 1 : StringInfo.GetNextTextElementLength(original.AsSpan(start));
            var piece = length == 1 ? InPlaceNormalization.NormalizedChar(original[start]) : ClauseFeaturizer.Normalize(original.Substring(start, length));
            normalized.Append(piece);
            for (var i = 0; i < piece.Length; i++)
            {
                starts.Add(start);
                ends.Add(start + length);
            }

            start += length;
        }

        return string.Equals(normalized.ToString(), whole, StringComparison.Ordinal)
            ? new NormalizationMap([.. starts], [.. ends], starts.Count)
            : null;
    }

    /// <summary>The original span covering normalised characters [start, start + length).</summary>
    public (int Start, int End)? ToOriginal(int start, int length)
    {
        if (length <= 0 || start < 0 || start + length > _length)
        {
            return null;
        }

        return _start is null ? (start, start + length) : (_start[start], _end![start + length - 1]);
    }
}
