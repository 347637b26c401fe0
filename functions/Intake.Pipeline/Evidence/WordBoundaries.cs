using Intake.Pipeline.Classification.Features;

namespace Intake.Pipeline.Evidence;

/// <summary>
/// Widens a character span of a clause to whole words: ICU's word break iterator through
/// <see cref="JapaneseWordSegmenter"/> (dictionary-based for Japanese, so 「知的|財産|権|は|乙|に|帰属|する」), then adjacent kanji/katakana words are joined
/// into one compound (「知的財産権」, 「ソースコード」) and particles and punctuation at the edges are
/// dropped, so evidence never shows a cut n-gram such as 「的財産」.
/// Not thread-safe: one instance per text.
/// </summary>
internal sealed class WordBoundaries
{
    // A compound longer than this is cut back to the words the features covered.
    private const int MaxCompound = 16;

    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "の", "を", "に", "は", "が", "と", "で", "も", "へ", "や", "から", "より", "まで", "又は", "または", "及び", "並びに", "若しくは", "その", "この", "当該", "に対し", "に対して", "において", "について", "による", "により", "に係る", "における", "として",
    };

    private static readonly HashSet<string> s_edgeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "and", "or", "in", "on", "by", "for", "any", "this", "that", "such", "with", "as", "at", "its", "their", "all", "from", "into", "under",
    };

    private readonly string _text;
    private readonly int[] _boundaries;

    public WordBoundaries(string text)
    {
        _text = text;
        // The same ICU dictionary break the features use (one shared iterator prototype per process).
        var boundaries = new List<int>();
        JapaneseWordSegmenter.Boundaries(text, boundaries);
        _boundaries = [.. boundaries];
    }

    /// <summary>The whole words (or compound) covering [start, end), trimmed of particles, function words and punctuation; null when nothing telling is left.</summary>
    public (int Start, int End)? Expand(int start, int end)
    {
        if (_boundaries.Length < 2 || start >= end)
        {
            return null;
        }

        var first = WordIndexAt(start);
        var last = WordIndexAt(end - 1);

        // Join neighbouring kanji/katakana words into the compound they form.
        while (first > 0 && IsCompoundPart(first - 1) && IsCompoundPart(first) && Word(last).End - Word(first - 1).Start <= MaxCompound)
        {
            first--;
        }

        while (last < _boundaries.Length - 2 && IsCompoundPart(last + 1) && IsCompoundPart(last) && Word(last + 1).End - Word(first).Start <= MaxCompound)
        {
            last++;
        }

        // "Know-How", "non-exclusive": a hyphen between two Latin words joins them.
        while (first >= 2 && WordText(first - 1) is "-" && IsLatinWord(first - 2))
        {
            first -= 2;
        }

        while (last + 2 <= _boundaries.Length - 2 && WordText(last + 1) is "-" && IsLatinWord(last + 2))
        {
            last += 2;
        }

        while (first <= last && IsEdgeNoise(first))
        {
            first++;
        }

        while (last >= first && IsEdgeNoise(last))
        {
            last--;
        }

        return first > last ? null : (Word(first).Start, Word(last).End);
    }

    private int WordIndexAt(int position)
    {
        var index = Array.BinarySearch(_boundaries, position);
        index = index >= 0 ? index : ~index - 1;
        return Math.Clamp(index, 0, _boundaries.Length - 2);
    }

    private (int Start, int End) Word(int index) => (_boundaries[index], _boundaries[index + 1]);

    private string WordText(int index) => _text[_boundaries[index].._boundaries[index + 1]];

    private bool IsCompoundPart(int index)
    {
        var word = WordText(index);
        return word.Length > 0 && word.All(c => IsKanji(c) || IsKatakana(c));
    }

    private bool IsLatinWord(int index) => WordText(index) is { Length: > 0 } word && word.All(c => char.IsLetterOrDigit(c) && c < '\u3040');

    private bool IsEdgeNoise(int index)
    {
        var word = WordText(index);
        return string.IsNullOrWhiteSpace(word)
            || word.All(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c))
            || s_particles.Contains(word)
            || s_edgeWords.Contains(word);
    }

    internal static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3005' or '\u3006';

    internal static bool IsKatakana(char c) => c is (>= '\u30A0' and <= '\u30FF') or (>= '\uFF66' and <= '\uFF9F');
}
