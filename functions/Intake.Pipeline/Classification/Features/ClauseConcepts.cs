using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Classification.Features;

/// <summary>
/// A small bilingual lexicon of contract concepts (<c>concepts.tsv</c>): "licence" and 「実施権」 are one concept,
/// "assign" and 「譲渡」 another. Recipe v3 adds one feature per concept a clause mentions, the same feature in
/// both languages, so what the model learns about a concept from English clauses also moves Japanese ones and
/// the reverse; the two languages otherwise share almost no features (words against kana and kanji n-grams),
/// and the same clause in the two languages was often decided differently.
/// </summary>
/// <remarks>
/// Lookups use the hashes the featuriser computes anyway (a word's, a word prefix's, a kana/kanji n-gram's), so
/// a concept costs one dictionary probe per word or n-gram. Hand-written: no package offers a bilingual
/// contract lexicon; the file says what each entry matches.
/// </remarks>
internal static class ClauseConcepts
{
    private const string Resource = "Intake.Pipeline.Classification.Features.concepts.tsv";

    private static readonly Lazy<(FrozenDictionary<uint, int> Latin, FrozenDictionary<uint, int> Japanese, string[] Ids)> s_lexicon =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Concept of a Latin word: keyed by the word's hash when it has six letters or fewer, else by its six-letter prefix's.</summary>
    public static FrozenDictionary<uint, int> Latin => s_lexicon.Value.Latin;

    /// <summary>Concept of a two- or three-character kana/kanji n-gram, keyed by its hash.</summary>
    public static FrozenDictionary<uint, int> Japanese => s_lexicon.Value.Japanese;

    /// <summary>The concept ids in file order (an id's index is its feature).</summary>
    public static IReadOnlyList<string> Ids => s_lexicon.Value.Ids;

    /// <summary>The name a model's manifest records its training lexicon by (<c>conceptLexicon</c>).</summary>
    public const string FingerprintSetting = "conceptLexicon";

    /// <summary>
    /// The first 12 hex digits of the SHA-256 of the lexicon's entries (comments and blank lines left out). A model
    /// learned its concept weights from one lexicon; scoring it with another changes its decisions without a word
    /// in its version, so a model records the fingerprint and <see cref="Model.ClauseModel"/> refuses a mismatch.
    /// </summary>
    public static string Fingerprint => s_fingerprint.Value;

    private static readonly Lazy<string> s_fingerprint = new(() =>
    {
        using var stream = typeof(ClauseConcepts).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The concept lexicon {Resource} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } entry && !entry.StartsWith('#'))
            {
                entries.Append(entry).Append('\n');
            }
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(entries.ToString())))[..12];
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static (FrozenDictionary<uint, int>, FrozenDictionary<uint, int>, string[]) Load()
    {
        using var stream = typeof(ClauseConcepts).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The concept lexicon {Resource} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Reads the lexicon; a malformed line, a word that is not a word, or a word of two concepts is an error.</summary>
    internal static (FrozenDictionary<uint, int> Latin, FrozenDictionary<uint, int> Japanese, string[] Ids) Parse(TextReader reader)
    {
        var latin = new Dictionary<uint, int>();
        var japanese = new Dictionary<uint, int>();
        var ids = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"concepts.tsv:{lineNumber}: expected id, English words, Japanese words"));
            }

            var concept = ids.Count;
            ids.Add(fields[0]);
            foreach (var word in Words(fields[1]))
            {
                if (!word.All(char.IsAsciiLetterLower))
                {
                    throw new InvalidDataException($"concepts.tsv:{lineNumber}: '{word}' is not a lower-case word");
                }

                Add(latin, ClauseFeaturizer.LatinConceptKey(word), concept, word, lineNumber);
            }

            foreach (var word in Words(fields[2]))
            {
                var normalized = ClauseFeaturizer.Normalize(word);
                if (normalized.Length is < 2 or > 3 || !normalized.All(ClauseFeaturizer.IsKanaOrKanji))
                {
                    throw new InvalidDataException($"concepts.tsv:{lineNumber}: '{word}' is not two or three kana or kanji");
                }

                Add(japanese, ClauseFeaturizer.JapaneseConceptKey(normalized), concept, word, lineNumber);
            }
        }

        return (latin.ToFrozenDictionary(), japanese.ToFrozenDictionary(), [.. ids]);
    }

    private static string[] Words(string field) =>
        field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void Add(Dictionary<uint, int> map, uint key, int concept, string word, int lineNumber)
    {
        if (map.TryGetValue(key, out var other) && other != concept)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"concepts.tsv:{lineNumber}: '{word}' already stands for concept {other}"));
        }

        map[key] = concept;
    }
}
