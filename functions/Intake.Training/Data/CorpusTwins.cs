using System.Security.Cryptography;
using System.Text;

namespace Intake.Training.Data;

/// <summary>
/// Keeps a translated corpus line and the line it translates in one group, across files. The English lines
/// written as translations of our Japanese lines (<c>en-from-ja.jsonl</c>) say the same thing in other words;
/// with a translation held out and its original trained on (or the reverse), a held-out figure would measure
/// a clause the model has, in effect, seen. Each translation names its original by <see cref="KeyOf"/>.
/// </summary>
public static class CorpusTwins
{
    /// <summary>A line's key: the first 16 hex digits of the SHA-256 of its text (UTF-8), stable across edits elsewhere in the file.</summary>
    public static string KeyOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>
    /// The clauses with the groups of every twin and its original merged (the merged group is named after the
    /// ordinally first of them, so the result does not depend on file order); a twin whose original is not
    /// among the clauses is reported and keeps its own group.
    /// </summary>
    public static CorpusReadResult Join(IReadOnlyList<LabelledClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < clauses.Count; i++)
        {
            byKey.TryAdd(KeyOf(clauses[i].Text), i);
        }

        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string group)
        {
            while (parent.TryGetValue(group, out var up) && up != group)
            {
                group = up;
            }

            return group;
        }

        var problems = new List<string>();
        foreach (var clause in clauses)
        {
            if (clause.TwinOf is not { } twin)
            {
                continue;
            }

            if (!byKey.TryGetValue(twin, out var original))
            {
                problems.Add($"{clause.Source}: translates line {twin}, which is not in the corpus");
                continue;
            }

            var (a, b) = (Find(clause.Group), Find(clauses[original].Group));
            if (a != b)
            {
                var (root, child) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                parent[child] = root;
                parent.TryAdd(root, root);
            }
        }

        return new CorpusReadResult([.. clauses.Select(c => c with { Group = Find(c.Group) })], problems);
    }
}
