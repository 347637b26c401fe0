using F23.StringSimilarity;

namespace Intake.Pipeline.Signals.Screening;

/// <summary>A name from the document that matches (or resembles) a listed entity.</summary>
public sealed record ScreeningMatch(string Name, ScreeningList List, ScreeningEntry Entry, string Matched, SignalBasis Basis, double Similarity);

/// <summary>
/// Compares names from a document with the screening lists. Exact: the folded name (<see cref="NameFolding.Fold"/>)
/// equals a listed name or alias. Close variant: the normalized Levenshtein similarity (F23.StringSimilarity)
/// of the two distinctive forms — folded, generic words (technology, trading, group, 科技…) left out,
/// spaces removed — is at least <see cref="VariantThreshold"/>, and the shorter form has at least
/// <see cref="MinimumVariantLength"/> characters. Levenshtein rather than Jaro-Winkler because Jaro-Winkler
/// rewards a shared start: "Tokai Ceramics" and "Tokyo Ceramics" score 0.89 there, 0.846 here (below the threshold).
/// Nothing is transliterated; a name in another script meets a listed one only through its aliases.
/// </summary>
public sealed class PartyScreener
{
    /// <summary>Similarity from which a name is reported as resembling a listed one (Medium).</summary>
    public const double VariantThreshold = 0.85;

    /// <summary>Shorter distinctive forms than this match exactly or not at all: one letter changes a short name.</summary>
    public const int MinimumVariantLength = 4;

    /// <summary>A listed name found as words in clause text must be at least this long (Latin) to count: short names are ordinary words.</summary>
    public const int MinimumMentionLength = 6;

    private static readonly NormalizedLevenshtein s_levenshtein = new();

    private static readonly HashSet<string> s_genericWords = new(StringComparer.Ordinal)
    {
        "technology", "technologies", "tech", "trading", "trade", "group", "holdings", "holding", "international", "industries", "industrial", "industry",
        "electronics", "electronic", "engineering", "systems", "system", "solutions", "science", "sciences", "research", "institute", "development",
        "import", "export", "and", "of", "the",
    };

    private static readonly string[] s_genericCjk = ["科技", "技术", "技術", "集团", "集団", "グループ", "ホールディングス", "国际", "國際", "国際", "贸易", "貿易", "商事", "工業", "工业", "産業", "产业", "電子", "电子", "研究所"];

    private readonly List<(ScreeningList List, ScreeningEntry Entry, string Name, bool IsAlias, string Folded, string Distinctive)> _names = [];

    public PartyScreener(ScreeningListSet lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        foreach (var list in lists.Lists)
        {
            foreach (var entry in list.Entries)
            {
                foreach (var (name, isAlias) in entry.Aliases.Select(a => (a, true)).Prepend((entry.Name, false)))
                {
                    var folded = NameFolding.Fold(name);
                    if (folded.Length > 0)
                    {
                        _names.Add((list, entry, name, isAlias, folded, Distinctive(folded)));
                    }
                }
            }
        }
    }

    /// <summary>The best match for one name: exact before alias before the most similar variant; null when none.</summary>
    public ScreeningMatch? Screen(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = NameFolding.Fold(name);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var listed in _names)
        {
            if (listed.Folded == folded)
            {
                return new ScreeningMatch(name, listed.List, listed.Entry, listed.Name, listed.IsAlias ? SignalBasis.Alias : SignalBasis.ExactName, 1.0);
            }
        }

        var distinctive = Distinctive(folded);
        ScreeningMatch? best = null;
        foreach (var listed in _names)
        {
            var similarity = Similarity(distinctive, listed.Distinctive);
            if (similarity >= VariantThreshold && (best is null || similarity > best.Similarity))
            {
                best = new ScreeningMatch(name, listed.List, listed.Entry, listed.Name, SignalBasis.SimilarName, Math.Round(similarity, 3));
            }
        }

        return best;
    }

    /// <summary>Listed names written out in clause text ("a subsidiary of Rostec"): exact matches only, whole words, long names only.</summary>
    public IEnumerable<ScreeningMatch> Mentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = " " + NameFolding.FoldText(text) + " ";
        foreach (var listed in _names)
        {
            var cjk = listed.Folded.Any(SignalText.IsCjk);
            if (cjk ? listed.Folded.Length < 3 : listed.Folded.Replace(" ", string.Empty, StringComparison.Ordinal).Length < MinimumMentionLength)
            {
                continue;
            }

            if (cjk ? folded.Contains(listed.Folded, StringComparison.Ordinal) : folded.Contains(" " + listed.Folded + " ", StringComparison.Ordinal))
            {
                yield return new ScreeningMatch(listed.Name, listed.List, listed.Entry, listed.Name, listed.IsAlias ? SignalBasis.Alias : SignalBasis.ExactName, 1.0);
            }
        }
    }

    /// <summary>The similarity the variant rule uses, for the README's examples and the tests.</summary>
    public static double Similarity(string distinctiveA, string distinctiveB)
    {
        ArgumentNullException.ThrowIfNull(distinctiveA);
        ArgumentNullException.ThrowIfNull(distinctiveB);
        if (Math.Min(distinctiveA.Length, distinctiveB.Length) < MinimumVariantLength)
        {
            return 0;
        }

        return s_levenshtein.Similarity(distinctiveA, distinctiveB);
    }

    /// <summary>The folded name without generic words and spaces: what makes one company's name its own.</summary>
    public static string Distinctive(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !s_genericWords.Contains(w)).Select(StripGenericCjk).Where(w => w.Length > 0).ToList();
        var distinctive = string.Concat(kept.Count == 0 ? words : kept);
        return distinctive.Length == 0 ? folded.Replace(" ", string.Empty, StringComparison.Ordinal) : distinctive;
    }

    private static string StripGenericCjk(string word)
    {
        foreach (var generic in s_genericCjk)
        {
            if (word.Length > generic.Length)
            {
                word = word.Replace(generic, string.Empty, StringComparison.Ordinal);
            }
        }

        return word;
    }
}
