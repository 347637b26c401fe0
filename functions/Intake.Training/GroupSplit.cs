using Intake.Training.Data;

namespace Intake.Training;

/// <summary>
/// Seeded splits that keep every clause of a document (its <see cref="LabelledClause.Group"/>) on one
/// side, done separately per source kind so each side gets its share of CUAD, METI/JPO and our corpus.
/// </summary>
public static class GroupSplit
{
    public static (IReadOnlyList<LabelledClause> Kept, IReadOnlyList<LabelledClause> HeldOut) Split(
        IReadOnlyList<LabelledClause> clauses,
        double fraction,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in clauses.Select(c => c.SourceKind).Distinct().Order(StringComparer.Ordinal))
        {
            var groups = clauses.Where(c => c.SourceKind == kind).Select(c => c.Group).Distinct().Order(StringComparer.Ordinal).ToArray();
            new Random(HashCode(kind) ^ seed).Shuffle(groups);
            var take = (int)Math.Round(groups.Length * fraction, MidpointRounding.AwayFromZero);
            if (groups.Length > 1)
            {
                take = Math.Clamp(take, 1, groups.Length - 1);
            }
            else
            {
                take = 0;
            }

            held.UnionWith(groups.Take(take));
        }

        return ([.. clauses.Where(c => !held.Contains(c.Group))], [.. clauses.Where(c => held.Contains(c.Group))]);
    }

    // string.GetHashCode is randomised per process; this one is stable.
    private static int HashCode(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
