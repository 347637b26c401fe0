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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particleLookup = s_particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_edgeWordLookup = s_edgeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly int[] _boundaries;

    // What each word is, worked out once per text: Expand runs for every pushing n-gram of a clause.
    private readonly WordKind[] _kinds;

    public WordBoundaries(string text)
        : this(text, JapaneseWordSegmenter.Boundaries(text))
    {
    }

    // boundaries: the ICU word boundaries of text.
    private WordBoundaries(string text, int[] boundaries)
    {
        _boundaries = boundaries;
        _kinds = new WordKind[Math.Max(0, _boundaries.Length - 1)];
        for (var i = 0; i < _kinds.Length; i++)
        {
            _kinds[i] = KindOf(text.AsSpan(_boundaries[i], _boundaries[i + 1] - _boundaries[i]));
        }
    }

    /// <summary>
    /// The words of one stretch of a clause (the sentence that decided a label), offsets relative to it, cut
    /// from the clause's boundaries: a clause's labels are explained from several of its sentences, and the
    /// clause is walked once (the featuriser may just have walked this very text).
    /// </summary>
    public static WordBoundaries Within(string clause, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var whole = ClauseBoundaries(clause);
        return start == 0 && length == clause.Length
            ? new WordBoundaries(clause, whole)
            : new WordBoundaries(clause.Substring(start, length), JapaneseWordSegmenter.Slice(whole, start, length));
    }

    // The words of a whole clause. The featuriser has just segmented a Japanese clause's normalised text, and the
    // segmenter remembers it: when normalising kept every character in place (full-width letters, digits, brackets
    // and spaces made half-width, as most Japanese contracts need), those boundaries are taken rather than walking the
    // clause as written once more, which was most of the time and memory of explaining a Japanese clause. ICU breaks
    // the two alike but for full-width numbers, which it cuts digit by digit (「３|０|日」 against 「30|日」), and a
    // number is never evidence: the evidence of 14,504 corpus and parity texts and of 17,028 METI/JPO and CUAD
    // paragraphs came out the same.
    private static int[] ClauseBoundaries(string clause)
    {
        if (ClauseFeaturizer.HasCjk(clause))
        {
            var normalized = ClauseFeaturizer.NormalizedClause(clause);
            if (InPlaceNormalization.KeptInPlace(clause, normalized))
            {
                return JapaneseWordSegmenter.Boundaries(normalized);
            }
        }

        return JapaneseWordSegmenter.Boundaries(clause);
    }

    [Flags]
    private enum WordKind
    {
        None = 0,
        CompoundPart = 1,
        LatinWord = 2,
        Hyphen = 4,
        EdgeNoise = 8,
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
        while (first >= 2 && IsHyphen(first - 1) && IsLatinWord(first - 2))
        {
            first -= 2;
        }

        while (last + 2 <= _boundaries.Length - 2 && IsHyphen(last + 1) && IsLatinWord(last + 2))
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

    private bool IsCompoundPart(int index) => (_kinds[index] & WordKind.CompoundPart) != 0;

    private bool IsLatinWord(int index) => (_kinds[index] & WordKind.LatinWord) != 0;

    private bool IsHyphen(int index) => (_kinds[index] & WordKind.Hyphen) != 0;

    private bool IsEdgeNoise(int index) => (_kinds[index] & WordKind.EdgeNoise) != 0;

    private static WordKind KindOf(ReadOnlySpan<char> word)
    {
        var kind = WordKind.None;
        if (word.Length > 0 && All(word, c => IsKanji(c) || IsKatakana(c)))
        {
            kind |= WordKind.CompoundPart;
        }

        if (word.Length > 0 && All(word, c => char.IsLetterOrDigit(c) && c < '\u3040'))
        {
            kind |= WordKind.LatinWord;
        }

        if (word is "-")
        {
            kind |= WordKind.Hyphen;
        }

        if (word.IsWhiteSpace()
            || All(word, c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c))
            || s_particleLookup.Contains(word)
            || s_edgeWordLookup.Contains(word))
        {
            kind |= WordKind.EdgeNoise;
        }

        return kind;
    }

    private static bool All(ReadOnlySpan<char> word, Func<char, bool> predicate)
    {
        foreach (var c in word)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3005' or '\u3006';

    internal static bool IsKatakana(char c) => c is (>= '\u30A0' and <= '\u30FF') or (>= '\uFF66' and <= '\uFF9F');
}
