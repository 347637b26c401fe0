using System.Text;

namespace Intake.Pipeline.Signals.Technologies;

/// <summary>A lexicon entry named in a clause, and the term or abbreviation that named it (as the lexicon spells it).</summary>
public sealed record TechnologyHit(TechnologyEntry Entry, string Matched);

/// <summary>
/// Finds lexicon entries in clause text. Terms are compared after <see cref="SignalText.Fold"/>;
/// a Latin term must start and end on a word boundary, and also matches its plural (-s, -es, -y → -ies);
/// Japanese terms match anywhere (Japanese has no spaces between words). Abbreviations are matched
/// case-sensitively on the NFKC text as whole tokens. A hit that overlaps one of the entry's
/// exclusions (チタン酸バリウムストロンチウム is not チタン酸バリウム) is dropped.
/// </summary>
public sealed class TechnologyMatcher
{
    private readonly CompiledEntry[] _entries;

    public TechnologyMatcher(TechnologyLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _entries = [.. lexicon.Entries.Select(CompiledEntry.From)];
    }

    /// <summary>Each entry at most once per clause, in lexicon order.</summary>
    public IReadOnlyList<TechnologyHit> Match(string clauseText)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        var folded = SignalText.Fold(clauseText);
        var nfkc = clauseText.Normalize(NormalizationForm.FormKC);
        var hits = new List<TechnologyHit>();
        foreach (var entry in _entries)
        {
            if (entry.Context.Length > 0 && !entry.Context.Any(c => folded.Contains(c, StringComparison.Ordinal)))
            {
                continue;
            }

            var matched = entry.FirstTerm(folded) ?? entry.FirstAbbreviation(nfkc, folded);
            if (matched is not null)
            {
                hits.Add(new TechnologyHit(entry.Entry, matched));
            }
        }

        return hits;
    }

    private sealed record CompiledEntry(
        TechnologyEntry Entry,
        (string Folded, string Original)[] Terms,
        string[] Abbreviations,
        string[] AbbreviationContext,
        string[] Context,
        string[] Exclusions)
    {
        public static CompiledEntry From(TechnologyEntry entry) => new(
            entry,
            [.. entry.Terms.Ja.Concat(entry.Terms.En).SelectMany(t => Variants(SignalText.Fold(t)).Select(v => (v, t))).Distinct()],
            [.. entry.Abbreviations.Select(a => a.Normalize(NormalizationForm.FormKC))],
            [.. (entry.AbbreviationContext ?? []).Select(SignalText.Fold)],
            [.. (entry.Context ?? []).Select(SignalText.Fold)],
            [.. entry.Exclusions.Select(SignalText.Fold)]);

        public string? FirstTerm(string folded)
        {
            foreach (var (term, original) in Terms)
            {
                for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
                {
                    if (StartsOnBoundary(folded, at, term) && EndsOnBoundary(folded, at + term.Length, term) && !Excluded(folded, at, at + term.Length))
                    {
                        return original;
                    }
                }
            }

            return null;
        }

        public string? FirstAbbreviation(string nfkc, string folded)
        {
            if (Abbreviations.Length == 0 || (AbbreviationContext.Length > 0 && !AbbreviationContext.Any(c => folded.Contains(c, StringComparison.Ordinal))))
            {
                return null;
            }

            foreach (var abbreviation in Abbreviations)
            {
                for (var at = nfkc.IndexOf(abbreviation, StringComparison.Ordinal); at >= 0; at = nfkc.IndexOf(abbreviation, at + 1, StringComparison.Ordinal))
                {
                    var end = at + abbreviation.Length;
                    if ((at == 0 || !char.IsAsciiLetterOrDigit(nfkc[at - 1])) && (end == nfkc.Length || !char.IsAsciiLetterOrDigit(nfkc[end])))
                    {
                        return abbreviation;
                    }
                }
            }

            return null;
        }

        private bool Excluded(string folded, int start, int end)
        {
            foreach (var exclusion in Exclusions)
            {
                for (var at = folded.IndexOf(exclusion, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(exclusion, at + 1, StringComparison.Ordinal))
                {
                    if (at < end && at + exclusion.Length > start)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool StartsOnBoundary(string text, int at, string term) =>
            !SignalText.IsWordChar(term[0]) || at == 0 || !SignalText.IsWordChar(text[at - 1]);

        // The plural forms are added as variants, so the end is a plain boundary check.
        private static bool EndsOnBoundary(string text, int end, string term) =>
            !SignalText.IsWordChar(term[^1]) || end == text.Length || !SignalText.IsWordChar(text[end]);

        /// <summary>The term and, for a Latin term, its plurals: capacitor(s), process(es), technology → technologies.</summary>
        private static IEnumerable<string> Variants(string term)
        {
            yield return term;
            if (term.Length == 0 || !char.IsAsciiLetterLower(term[^1]))
            {
                yield break;
            }

            yield return term + "s";
            yield return term + "es";
            if (term[^1] == 'y')
            {
                yield return term[..^1] + "ies";
            }
        }
    }
}
