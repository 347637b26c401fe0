using Intake.Pipeline.Classification.Model;

namespace Intake.Pipeline.Evidence;

/// <summary>The words that decided a label: clause phrases with offsets, and heading words.</summary>
public sealed record EvidencePick(IReadOnlyList<EvidenceTerm> Terms, IReadOnlyList<string> HeadingTerms);

/// <summary>
/// Turns the model's top-weighted features of a clause into the clause's own words. Each feature's
/// n-gram is mapped from the normalised text back to the clause, widened to whole words or a
/// compound (<see cref="WordBoundaries"/>), and the pushes of all features inside one phrase are
/// added up; the strongest phrases that do not overlap are kept, strongest first, a phrase that holds
/// a kept one taking its place.
/// </summary>
public static class EvidenceFinder
{
    private static readonly HashSet<string> s_uninformative = new(StringComparer.OrdinalIgnoreCase)
    {
        "shall", "be", "is", "are", "will", "would", "has", "have", "hereby", "herein", "hereof", "other", "which", "party", "parties", "agreement",
        "する", "した", "して", "こと", "もの", "とき", "場合", "本契約", "当事者",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_uninformativeLookup = s_uninformative.GetAlternateLookup<ReadOnlySpan<char>>();

    public static EvidencePick Pick(string clauseText, string? heading, LabelContributions contributions, int max)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        ArgumentNullException.ThrowIfNull(contributions);
        if (max <= 0)
        {
            return new EvidencePick([], []);
        }

        var window = clauseText.Substring(contributions.WindowStart, contributions.WindowLength);
        var body = Phrases(window, WordBoundaries.Within(clauseText, contributions.WindowStart, contributions.WindowLength), contributions.Terms.Where(t => !t.Heading));
        var terms = Strongest(body, max)
            .Select(p => new EvidenceTerm(window[p.Start..p.End], contributions.WindowStart + p.Start, p.End - p.Start))
            .ToList();

        var headingTerms = string.IsNullOrWhiteSpace(heading)
            ? []
            : Strongest(Phrases(heading, new WordBoundaries(heading), contributions.Terms.Where(t => t.Heading)), 2).Select(p => heading[p.Start..p.End]).ToList();
        return new EvidencePick(terms, headingTerms);
    }

    private static Dictionary<(int Start, int End), float> Phrases(string text, WordBoundaries words, IEnumerable<TermContribution> pushes)
    {
        var phrases = new Dictionary<(int Start, int End), float>();
        var map = NormalizationMap.Build(text);
        if (map is null)
        {
            return phrases;
        }

        HashSet<(int Start, int End)>? untelling = null;
        foreach (var push in pushes)
        {
            if (map.ToOriginal(push.Start, push.Length) is not { } original || words.Expand(original.Start, original.End) is not { } phrase)
            {
                continue;
            }

            // Many n-grams widen to the same phrase: whether it tells is decided once.
            if (phrases.TryGetValue(phrase, out var weight))
            {
                phrases[phrase] = weight + push.Weight;
            }
            else if (untelling?.Contains(phrase) != true)
            {
                if (IsTelling(text.AsSpan(phrase.Start, phrase.End - phrase.Start)))
                {
                    phrases[phrase] = push.Weight;
                }
                else
                {
                    (untelling ??= []).Add(phrase);
                }
            }
        }

        return phrases;
    }

    private static List<(int Start, int End)> Strongest(Dictionary<(int Start, int End), float> phrases, int max)
    {
        // Strongest first, then leftmost, then in the order found (a stable sort, as LINQ's OrderBy was): a plain
        // sort, as this runs for every decided label.
        var ranked = new List<(float Weight, int Order, (int Start, int End) Span)>(phrases.Count);
        foreach (var (phrase, weight) in phrases)
        {
            ranked.Add((weight, ranked.Count, phrase));
        }

        ranked.Sort(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight)
            : a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Order.CompareTo(b.Order));
        var chosen = new List<(int Start, int End)>(max);
        foreach (var (_, _, span) in ranked)
        {
            if (chosen.Count == max)
            {
                break;
            }

            // A longer phrase holding a chosen word ("jointly owned" for "jointly") reads better in its place.
            var held = IndexOfHeld(chosen, span);
            if (held >= 0)
            {
                chosen[held] = span;
                for (var c = chosen.Count - 1; c >= 0; c--)
                {
                    if (chosen[c] != span && span.Start <= chosen[c].Start && chosen[c].End <= span.End)
                    {
                        chosen.RemoveAt(c);
                    }
                }
            }
            else if (!Overlaps(chosen, span))
            {
                chosen.Add(span);
            }
        }

        return chosen;
    }

    private static int IndexOfHeld(List<(int Start, int End)> chosen, (int Start, int End) span)
    {
        for (var c = 0; c < chosen.Count; c++)
        {
            if (span.Start <= chosen[c].Start && chosen[c].End <= span.End)
            {
                return c;
            }
        }

        return -1;
    }

    private static bool Overlaps(List<(int Start, int End)> chosen, (int Start, int End) span)
    {
        foreach (var c in chosen)
        {
            if (c.Start < span.End && span.Start < c.End)
            {
                return true;
            }
        }

        return false;
    }

    // A lone character (「条」, "a"), a number, pure hiragana or a word that every clause has says nothing to a reader.
    private static bool IsTelling(ReadOnlySpan<char> phrase)
    {
        var trimmed = phrase.Trim();
        return trimmed.Length > 1
            && !All(trimmed, c => char.IsDigit(c) || char.IsPunctuation(c) || char.IsWhiteSpace(c))
            && !All(trimmed, c => c is >= '\u3040' and <= '\u309F')
            && !s_uninformativeLookup.Contains(trimmed);
    }

    private static bool All(ReadOnlySpan<char> text, Func<char, bool> predicate)
    {
        foreach (var c in text)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }
}
