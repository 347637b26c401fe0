using System.Buffers;
using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Classification.Features;

/// <summary>
/// Turns a clause (text plus heading) into a sparse, L2-normalised vector of hashed n-grams:
/// word unigrams, word bigrams and word prefixes for Latin-script text, character 1-3-grams for
/// runs of kanji and kana (Japanese has no spaces to split words on) and, in recipe v2, the dictionary
/// words of those runs (<see cref="JapaneseWordSegmenter"/>) with their pairs, and the same features of the
/// heading in a namespace of their own so that "heading says Governing Law" is learned apart from
/// the body. Text is NFKC-normalised and lower-cased first, digits are folded to 0.
/// </summary>
/// <remarks>
/// Hand-written rather than ML.NET's FeaturizeText: hashing with no dictionary keeps the model small,
/// loads in milliseconds and featurises tens of thousands of clauses a second, while the trainers
/// stay ML.NET's. Thread-safe: the instance holds no mutable state.
/// </remarks>
public sealed class ClauseFeaturizer
{
    /// <summary>The recipe models are trained with now: character n-grams, Japanese dictionary words and bilingual concepts.</summary>
    public const string Recipe = ConceptRecipe;

    /// <summary>Recipe v2 and one feature per bilingual contract concept the clause mentions (<see cref="ClauseConcepts"/>).</summary>
    public const string ConceptRecipe = "hashed-ngrams-v3-concepts";

    /// <summary>Japanese dictionary words (and word pairs) beside the character n-grams.</summary>
    public const string WordRecipe = "hashed-ngrams-v2-ja-words";

    /// <summary>The first recipe, character n-grams only for Japanese; models trained with it still load.</summary>
    public const string CharacterRecipe = "hashed-ngrams-v1";

    private const uint WordSeed = 0x9E3779B1;
    private const uint BigramSeed = 0x85EBCA77;
    private const uint PrefixSeed = 0xC2B2AE3D;
    private const uint CjkSeed = 0x27D4EB2F;
    private const uint JaWordSeed = 0xD3A2646C;
    private const uint JaPairSeed = 0xFD7046C5;
    private const uint ConceptSeed = 0x61C88647;
    private const uint HeadingSalt = 0x165667B1;
    private const int PrefixLength = 6;

    private readonly uint _mask;
    private readonly bool _japaneseWords;
    private readonly bool _concepts;

    public ClauseFeaturizer(int hashBits, string recipe = Recipe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hashBits, 24);
        if (!IsKnownRecipe(recipe))
        {
            throw new ArgumentException($"Unknown feature recipe '{recipe}'.", nameof(recipe));
        }

        HashBits = hashBits;
        RecipeName = recipe;
        _japaneseWords = recipe is WordRecipe or ConceptRecipe;
        _concepts = recipe == ConceptRecipe;
        _mask = (1u << hashBits) - 1;
        if (_japaneseWords)
        {
            JapaneseWordSegmenter.Warm();
        }
    }

    public int HashBits { get; }

    /// <summary>The recipe this instance computes.</summary>
    public string RecipeName { get; }

    public static bool IsKnownRecipe(string? recipe) => recipe is ConceptRecipe or WordRecipe or CharacterRecipe;

    public int Dimension => 1 << HashBits;

    /// <summary>The sparse feature vector of one clause: sorted distinct indices and their values.</summary>
    public SparseVector Featurize(string text, string? heading)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FeaturizeNormalized(Normalize(text), heading, null);
    }

    /// <summary>
    /// The vector of one sentence of a clause (<c>clause[start..start+length]</c>), equal to <see cref="Featurize(string, string?)"/>
    /// of the sentence's text, with the clause's dictionary words reused (<see cref="SentenceBoundaries"/>).
    /// </summary>
    public SparseVector FeaturizeSentence(string clause, int start, int length, string? heading)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var sentence = Normalize(clause.Substring(start, length));
        return FeaturizeNormalized(sentence, heading, SentenceBoundaries(clause, start, sentence));
    }

    // normalized: the text already through Normalize.
    private SparseVector FeaturizeNormalized(string normalized, string? heading, int[]? knownBoundaries)
    {
        var sink = new HashSink(ArrayPool<int>.Shared.Rent(Math.Max(64, normalized.Length * 4)));
        try
        {
            Walk(normalized, 0, _japaneseWords, _concepts, ref sink, knownBoundaries);
            if (!string.IsNullOrWhiteSpace(heading))
            {
                Walk(Normalize(heading), HeadingSalt, _japaneseWords, _concepts, ref sink);
            }

            return sink.ToVector(_mask);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(sink.Buffer);
        }
    }

    /// <summary>Every feature of the clause with the n-gram it came from, for explanations.</summary>
    public IReadOnlyList<(int Index, string Term)> Terms(string text, string? heading)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new TermSink(_mask);
        Walk(Normalize(text), 0, _japaneseWords, _concepts, ref sink);
        if (!string.IsNullOrWhiteSpace(heading))
        {
            Walk(Normalize(heading), HeadingSalt, _japaneseWords, _concepts, ref sink);
        }

        return sink.Terms;
    }

    /// <summary>
    /// Every feature of the clause with where its n-gram sits: start and length in the normalised body
    /// (<see cref="Normalize"/>) or, for <c>Heading</c> features, in the normalised heading. Evidence maps these back to the clause's words.
    /// </summary>
    public IReadOnlyList<(int Index, int Start, int Length, bool Heading)> TermSpans(string text, string? heading)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new SpanSink(_mask);
        Walk(Normalize(text), 0, _japaneseWords, _concepts, ref sink);
        sink.Spans.AddRange(HeadingSpans(heading));
        return sink.Spans;
    }

    /// <summary>
    /// The <see cref="TermSpans"/> of a heading alone. A heading's features do not depend on the text they
    /// go with, so a clause scored as a whole and sentence by sentence walks its heading once.
    /// </summary>
    internal (int Index, int Start, int Length, bool Heading)[] HeadingSpans(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return [];
        }

        var sink = new SpanSink(_mask);
        Walk(Normalize(heading), HeadingSalt, _japaneseWords, _concepts, ref sink);
        return [.. sink.Spans];
    }

    /// <summary>
    /// <see cref="Featurize"/> and <see cref="TermSpans"/> of one text from a single walk (the costly part
    /// for Japanese is the word break), with the heading's spans from <see cref="HeadingSpans"/>: what
    /// explaining a label needs, the vector equal to <see cref="Featurize"/>'s.
    /// </summary>
    internal FeaturizedText FeaturizeWithSpans(string text, (int Index, int Start, int Length, bool Heading)[] headingSpans)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FeaturizeNormalizedWithSpans(NormalizedClause(text), headingSpans, null);
    }

    /// <summary>
    /// Whether a sentence's features can be cut from its clause's (<see cref="SentenceOf"/>): normalising the clause
    /// kept every character in place, so each sentence's normalised text is the normalised clause's at its offsets.
    /// </summary>
    internal static bool SentencesCutFromClause(string clause) => InPlaceNormalization.KeptInPlace(clause, NormalizedClause(clause));

    /// <summary>
    /// <see cref="FeaturizeSentenceWithSpans"/> of <c>clause[start..start+length]</c> taken from the clause's own walk
    /// (<see cref="FeaturizeWithSpans"/>, heading spans last) instead of walking the sentence again, for a clause
    /// whose <see cref="SentencesCutFromClause"/> holds.
    /// </summary>
    /// <remarks>
    /// A sentence ends just after 。！？ or . ? ! (<c>SentenceSplitter</c>): the walk breaks every n-gram, word pair and
    /// kanji/kana run at punctuation, and cuts a sentence's dictionary words from the clause's, so the features of
    /// the sentence walked alone are exactly the clause's features that lie inside it, in the same order. Walking
    /// each sentence again was a third of scoring a clause with explanations. <c>FeaturizerTests</c> holds the two equal.
    /// </remarks>
    internal static FeaturizedText SentenceOf(FeaturizedText clause, int headingSpans, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var spans = clause.Spans;
        var body = spans.Count - headingSpans;
        var end = start + length;
        var count = headingSpans;
        for (var i = 0; i < body; i++)
        {
            count += spans[i].Start >= start && spans[i].Start + spans[i].Length <= end ? 1 : 0;
        }

        var inside = new List<(int Index, int Start, int Length, bool Heading)>(count);
        for (var i = 0; i < body; i++)
        {
            var span = spans[i];
            if (span.Start >= start && span.Start + span.Length <= end)
            {
                inside.Add((span.Index, span.Start - start, span.Length, false));
            }
        }

        for (var i = body; i < spans.Count; i++)
        {
            inside.Add(spans[i]);
        }

        return WithVector(inside);
    }

    /// <summary><see cref="FeaturizeWithSpans(string, ValueTuple{int, int, int, bool}[])"/> of one sentence of a clause, its dictionary words reused from the clause's.</summary>
    internal FeaturizedText FeaturizeSentenceWithSpans(string clause, int start, int length, (int Index, int Start, int Length, bool Heading)[] headingSpans)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var sentence = Normalize(clause.Substring(start, length));
        return FeaturizeNormalizedWithSpans(sentence, headingSpans, SentenceBoundaries(clause, start, sentence));
    }

    private FeaturizedText FeaturizeNormalizedWithSpans(string normalized, (int Index, int Start, int Length, bool Heading)[] headingSpans, int[]? knownBoundaries)
    {
        ArgumentNullException.ThrowIfNull(headingSpans);
        var sink = new SpanSink(_mask, ExpectedFeatures(normalized) + headingSpans.Length);
        Walk(normalized, 0, _japaneseWords, _concepts, ref sink, knownBoundaries);
        sink.Spans.AddRange(headingSpans);
        return WithVector(sink.Spans);
    }

    // The vector of a text whose feature occurrences are these spans.
    private static FeaturizedText WithVector(List<(int Index, int Start, int Length, bool Heading)> spans)
    {
        var indices = ArrayPool<int>.Shared.Rent(Math.Max(1, spans.Count));
        try
        {
            for (var i = 0; i < spans.Count; i++)
            {
                indices[i] = spans[i].Index;
            }

            return new FeaturizedText(ToVector(indices.AsSpan(0, spans.Count)), spans);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
        }
    }

    /// <summary>
    /// The dictionary word boundaries of a sentence of a clause, cut from the clause's own (which featurising the
    /// clause has just computed and <see cref="JapaneseWordSegmenter"/> remembers) rather than walked again: the
    /// dictionary walk is most of the cost of a Japanese clause, and scoring walked every sentence a second time.
    /// </summary>
    /// <remarks>
    /// The same boundaries (<see cref="JapaneseWordSegmenter.Slice"/>); used only when the sentence's normalised
    /// text is the clause's at the same offsets (normalising kept every character in place), otherwise (null)
    /// the sentence is walked on its own, as before. Vectors checked equal on 28,450 sentences of the corpus,
    /// the parity set and METI/JPO and CUAD contracts; <c>ClauseFeaturizerTests</c> keeps them equal.
    /// </remarks>
    private int[]? SentenceBoundaries(string clause, int start, string normalizedSentence)
    {
        if (!_japaneseWords || !HasCjk(normalizedSentence))
        {
            return null;
        }

        var normalized = NormalizedClause(clause);
        var length = normalizedSentence.Length;
        if (normalized.Length < start + length || !normalized.AsSpan(start, length).SequenceEqual(normalizedSentence))
        {
            return null;
        }

        return JapaneseWordSegmenter.Slice(JapaneseWordSegmenter.Boundaries(normalized), start, length);
    }

    // A clause's sentences are featurised one after another on one thread: its normalised text is kept for them.
    [ThreadStatic]
    private static (string Clause, string Normalized) t_lastClause;

    /// <summary><see cref="Normalize"/> of a clause, remembered per thread for the clause last asked about: its sentences and its evidence ask again.</summary>
    internal static string NormalizedClause(string clause)
    {
        if (!ReferenceEquals(t_lastClause.Clause, clause))
        {
            t_lastClause = (clause, Normalize(clause));
        }

        return t_lastClause.Normalized;
    }

    internal static bool HasCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>NFKC (full-width to half-width, compatibility forms) and lower case.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Normalize gives the text itself back when it is already NFKC: no IsNormalized first, which walked a text
        // that needs normalising twice.
        var normalized = NfkcStableText.IsKnownNormalized(text) ? text : text.Normalize(NormalizationForm.FormKC);
        return NfkcStableText.IsKnownLowerCase(normalized) ? normalized : normalized.ToLowerInvariant();
    }

    // knownBoundaries: the dictionary word boundaries of s when already known (a sentence cut from its clause's).
    private static void Walk<TSink>(string s, uint salt, bool japaneseWords, bool concepts, ref TSink sink, int[]? knownBoundaries = null)
        where TSink : struct, IFeatureSink
    {
        var boundaries = knownBoundaries;
        var nextBoundary = 0;
        var previousWord = 0u;
        var previousStart = -1;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsCjk(c))
            {
                var end = i + 1;
                while (end < s.Length && IsCjk(s[end]))
                {
                    end++;
                }

                for (var k = i; k < end; k++)
                {
                    for (var n = 1; n <= 3 && k + n <= end; n++)
                    {
                        var gram = HashChars(s.AsSpan(k, n), CjkSeed ^ salt);
                        sink.Add(Mix(gram), s, k, n, TermKind.Cjk, salt != 0);
                        if (concepts && n >= 2 && ClauseConcepts.Japanese.TryGetValue(salt == 0 ? gram : JapaneseConceptKey(s.AsSpan(k, n)), out var concept))
                        {
                            sink.Add(ConceptHash(concept, salt), s, k, n, TermKind.Concept, salt != 0);
                        }
                    }
                }

                if (japaneseWords)
                {
                    boundaries ??= JapaneseWordSegmenter.Boundaries(s);

                    AddWords(s, i, end, salt, boundaries, ref nextBoundary, ref sink);
                }

                previousWord = 0;
                i = end;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var end = i + 1;
                while (end < s.Length && char.IsLetterOrDigit(s[end]) && !IsCjk(s[end]))
                {
                    end++;
                }

                var word = HashChars(s.AsSpan(i, end - i), WordSeed ^ salt);
                sink.Add(Mix(word), s, i, end - i, TermKind.Word, salt != 0);
                var prefix = 0u;
                if (end - i > PrefixLength)
                {
                    prefix = HashChars(s.AsSpan(i, PrefixLength), PrefixSeed ^ salt);
                    sink.Add(Mix(prefix), s, i, PrefixLength, TermKind.Prefix, salt != 0);
                }

                if (concepts && ClauseConcepts.Latin.TryGetValue(salt == 0 ? (prefix != 0 ? prefix : word) : LatinConceptKey(s.AsSpan(i, end - i)), out var concept))
                {
                    sink.Add(ConceptHash(concept, salt), s, i, end - i, TermKind.Concept, salt != 0);
                }

                if (previousWord != 0)
                {
                    sink.Add(Mix((previousWord * 0x01000193u) ^ word ^ BigramSeed), s, previousStart, end - previousStart, TermKind.Bigram, salt != 0);
                }

                previousWord = word;
                previousStart = i;
                i = end;
            }
            else
            {
                // Spaces keep a word pair together; any punctuation breaks it.
                if (!char.IsWhiteSpace(c))
                {
                    previousWord = 0;
                }

                i++;
            }
        }

    }

    // The dictionary words inside one kanji/kana run [start, end) (a run edge is a word edge too), each of
    // two characters or more (single characters are already unigrams), and each pair of neighbours.
    private static void AddWords<TSink>(string s, int start, int end, uint salt, int[] boundaries, ref int next, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        while (next < boundaries.Length && boundaries[next] <= start)
        {
            next++;
        }

        var wordStart = start;
        var previousStart = -1;
        while (wordStart < end)
        {
            var wordEnd = next < boundaries.Length && boundaries[next] < end ? boundaries[next++] : end;
            var length = wordEnd - wordStart;
            if (length >= 2)
            {
                sink.Add(Mix(HashChars(s.AsSpan(wordStart, length), JaWordSeed ^ salt)), s, wordStart, length, TermKind.JapaneseWord, salt != 0);
            }

            if (previousStart >= 0)
            {
                sink.Add(Mix(HashChars(s.AsSpan(previousStart, wordEnd - previousStart), JaPairSeed ^ salt)), s, previousStart, wordEnd - previousStart, TermKind.JapaneseWord, salt != 0);
            }

            previousStart = wordStart;
            wordStart = wordEnd;
        }
    }

    /// <summary>The key a Latin word is looked up by in <see cref="ClauseConcepts"/>: the hash the walk gives the word, or its prefix when longer than six letters.</summary>
    internal static uint LatinConceptKey(ReadOnlySpan<char> word) =>
        word.Length > PrefixLength ? HashChars(word[..PrefixLength], PrefixSeed) : HashChars(word, WordSeed);

    /// <summary>The key a kana/kanji n-gram is looked up by in <see cref="ClauseConcepts"/>: the hash the walk gives the n-gram.</summary>
    internal static uint JapaneseConceptKey(ReadOnlySpan<char> gram) => HashChars(gram, CjkSeed);

    internal static bool IsKanaOrKanji(char c) => IsCjk(c);

    // One feature per concept, the same in both languages; a heading's concepts are features of their own, as its words are.
    private static uint ConceptHash(int concept, uint salt) => Mix(((uint)concept * 0x9E3779B9u) ^ ConceptSeed ^ salt);

    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or '\u3005' or '\u3006' or (>= '\uF900' and <= '\uFAFF');

    // FNV-1a over the characters, digits folded to '0' so that "30 days" and "60 days" share a feature.
    private static uint HashChars(ReadOnlySpan<char> chars, uint seed)
    {
        var hash = 2166136261u ^ seed;
        foreach (var ch in chars)
        {
            var folded = ch is >= '0' and <= '9' ? '0' : ch;
            hash = (hash ^ folded) * 16777619u;
        }

        return hash == 0 ? 1 : hash;
    }

    // Murmur3 finaliser: spreads FNV's weak low bits before masking.
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    private enum TermKind
    {
        Word,
        Prefix,
        Bigram,
        Cjk,
        JapaneseWord,
        Concept,
    }

    private interface IFeatureSink
    {
        void Add(uint hash, string source, int start, int length, TermKind kind, bool heading);
    }

    private struct HashSink(int[] buffer) : IFeatureSink
    {
        private int _count;

        public int[] Buffer { get; private set; } = buffer;

        public void Add(uint hash, string source, int start, int length, TermKind kind, bool heading)
        {
            if (_count == Buffer.Length)
            {
                var larger = ArrayPool<int>.Shared.Rent(Buffer.Length * 2);
                Buffer.AsSpan().CopyTo(larger);
                ArrayPool<int>.Shared.Return(Buffer);
                Buffer = larger;
            }

            Buffer[_count++] = unchecked((int)hash);
        }

        public readonly SparseVector ToVector(uint mask)
        {
            var span = Buffer.AsSpan(0, _count);
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (int)((uint)span[i] & mask);
            }

            return ClauseFeaturizer.ToVector(span);
        }
    }

    // The vector of a clause's feature indices (one per occurrence, any order; sorted in place).
    private static SparseVector ToVector(Span<int> span)
    {
        span.Sort();
        var distinct = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                distinct++;
            }
        }

        var indices = new int[distinct];
        var values = new float[distinct];
        var at = -1;
        var norm = 0.0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                at++;
                indices[at] = span[i];
            }

            values[at] += 1f;
        }

        // Sublinear term frequency, then unit length: long clauses don't drown short ones.
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 1f + MathF.Log(values[i]);
            norm += values[i] * values[i];
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= scale;
        }

        return new SparseVector(indices, values);
    }

    // About how many features the walk gives a text: a kanji/kana character starts up to three n-grams and a word
    // or two, a Latin word of some six characters gives a word, a prefix, a bigram and now and then a concept.
    // Sizing the list of feature places for it spares the copying of a growing list, a measurable part of scoring.
    private static int ExpectedFeatures(string normalized)
    {
        var cjk = 0;
        foreach (var c in normalized)
        {
            if (IsCjk(c))
            {
                cjk++;
            }
        }

        return 8 + (cjk * 5) + ((normalized.Length - cjk) / 2);
    }

    private readonly struct SpanSink(uint mask, int capacity = 0) : IFeatureSink
    {
        public List<(int Index, int Start, int Length, bool Heading)> Spans { get; } = new(capacity);

        // A prefix feature stands for the whole word it starts, so evidence is never a cut word.
        public void Add(uint hash, string source, int start, int length, TermKind kind, bool heading) =>
            Spans.Add(((int)(hash & mask), start, kind == TermKind.Prefix ? WordEnd(source, start) - start : length, heading));

        private static int WordEnd(string source, int start)
        {
            var end = start;
            while (end < source.Length && char.IsLetterOrDigit(source[end]) && !IsCjk(source[end]))
            {
                end++;
            }

            return end;
        }
    }

    private readonly struct TermSink(uint mask) : IFeatureSink
    {
        public List<(int Index, string Term)> Terms { get; } = [];

        public void Add(uint hash, string source, int start, int length, TermKind kind, bool heading)
        {
            var term = source.Substring(start, length);
            if (kind == TermKind.Prefix)
            {
                term += "…";
            }

            if (heading)
            {
                term = string.Create(CultureInfo.InvariantCulture, $"heading: {term}");
            }

            Terms.Add(((int)(hash & mask), term));
        }
    }
}
