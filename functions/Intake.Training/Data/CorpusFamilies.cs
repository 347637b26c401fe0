using System.Globalization;
using System.Text;

namespace Intake.Training.Data;

/// <summary>
/// Puts near-duplicate corpus lines into one family, so that a split keeps a family on one side.
/// Our corpus was written in families of variants (the same clause with a numbering prefix, a heading,
/// a trailing sentence, 常体 or 敬体); with one group per line, variants straddled training and held-out
/// and the corpus figures were optimistic. Two lines are neighbours when the Jaccard similarity of their
/// character 4-shingles (NFKC, lower case, digits folded, whitespace collapsed) is at least
/// <see cref="Threshold"/>; a family is a connected set of neighbours.
/// </summary>
/// <remarks>
/// Written here rather than with F23.StringSimilarity: that library compares one pair of strings at a
/// time, and all pairs of ~8,000 lines would be ~34 million comparisons. An inverted index over the
/// shingles finds the candidate pairs; the Jaccard figure itself is the same measure. The threshold was
/// chosen by reading pairs either side of it: 0.4 joins "(3) X." with "X." and 常体 with 敬体 variants,
/// gives families of at most a few dozen lines, while 0.3 already chains a third of the corpus into one.
/// </remarks>
public static class CorpusFamilies
{
    public const double Threshold = 0.4;

    private const int ShingleLength = 4;

    // Shingles shared by more lines than this ("shall ", "する。") find no useful candidates and would make
    // the candidate search quadratic; they still count in the exact Jaccard figure.
    private const int MaxPostingLength = 300;

    /// <summary>The family of each line, named after its first member (e.g. <c>corpus:en.jsonl:17</c>).</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<LabelledClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var shingles = clauses.Select(c => Shingles(c.Text)).ToArray();
        var parent = Enumerable.Range(0, clauses.Count).ToArray();

        var postings = new Dictionary<int, List<int>>();
        for (var i = 0; i < shingles.Length; i++)
        {
            foreach (var shingle in shingles[i])
            {
                if (!postings.TryGetValue(shingle, out var list))
                {
                    postings[shingle] = list = [];
                }

                list.Add(i);
            }
        }

        var candidates = new HashSet<int>();
        for (var i = 0; i < shingles.Length; i++)
        {
            candidates.Clear();
            foreach (var shingle in shingles[i])
            {
                var list = postings[shingle];
                if (list.Count > MaxPostingLength)
                {
                    continue;
                }

                foreach (var j in list)
                {
                    if (j > i)
                    {
                        candidates.Add(j);
                    }
                }
            }

            foreach (var j in candidates)
            {
                if (Find(parent, i) != Find(parent, j) && Jaccard(shingles[i], shingles[j]) >= Threshold)
                {
                    Union(parent, i, j);
                }
            }
        }

        return [.. Enumerable.Range(0, clauses.Count).Select(i => clauses[Find(parent, i)].Group)];
    }

    // Union keeps the smaller index as the root, so a family is named after its first line whatever the order of unions.
    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else
        {
            parent[ra] = rb;
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>The Jaccard figure of two texts' shingle sets (<see cref="Shingles"/>), the measure families are joined by.</summary>
    internal static double Jaccard(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].CompareTo(b[j]);
            if (c == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common / (double)(a.Length + b.Length - common);
    }

    /// <summary>Distinct shingles as stable (process-independent) hashes, sorted.</summary>
    internal static int[] Shingles(string text)
    {
        var normal = Normalise(text);
        if (normal.Length <= ShingleLength)
        {
            return [StableHash(normal)];
        }

        var set = new HashSet<int>();
        for (var i = 0; i + ShingleLength <= normal.Length; i++)
        {
            set.Add(StableHash(normal.AsSpan(i, ShingleLength)));
        }

        var sorted = set.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.IsDigit(c) ? '0' : c);
        }

        return builder.ToString();
    }

    // string.GetHashCode is randomised per process; families must not be.
    private static int StableHash(ReadOnlySpan<char> text)
    {
        var hash = unchecked((int)2166136261);
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
