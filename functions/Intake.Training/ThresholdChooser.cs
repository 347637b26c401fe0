using System.Globalization;

namespace Intake.Training;

/// <summary>
/// Chooses one label's decision threshold on validation clauses. Each kind of clause (our corpus in either
/// language, CUAD excerpts, CUAD contract units, METI/JPO) has its say: the threshold maximises the mean of
/// their F1s, not the F1 of all of them pooled, in which the largest kind decides — adding corpus lines had
/// moved thresholds away from what suits real contracts.
/// </summary>
public static class ThresholdChooser
{
    /// <summary>
    /// The threshold (halfway between the lowest score decided and the next one, within 0.02–0.98) and where it
    /// came from. A kind with fewer than <paramref name="minimumPositives"/> positives takes no part; with no
    /// kind left, <paramref name="defaultThreshold"/>.
    /// </summary>
    public static (float Threshold, string Source) Choose(IReadOnlyList<(float Score, bool Truth, string Kind)> scored, int minimumPositives, float defaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(scored);
        // Kinds in the order they first appear: the F1s are added in that order, so a run adds them the same way each time.
        var kinds = scored.Select(s => s.Kind).Distinct(StringComparer.Ordinal).ToList();
        var positives = kinds.Select(k => scored.Count(s => s.Truth && s.Kind == k)).ToArray();
        var counted = kinds.Where((_, k) => positives[k] >= minimumPositives).ToHashSet(StringComparer.Ordinal);
        var total = positives.Where((_, k) => counted.Contains(kinds[k])).Sum();
        if (total == 0)
        {
            return (defaultThreshold, string.Create(CultureInfo.InvariantCulture, $"default ({positives.Sum()} validation positives)"));
        }

        var index = kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var walk = scored.Where(s => counted.Contains(s.Kind)).Select(s => (s.Score, s.Truth, Kind: index[s.Kind])).ToList();

        // Walk the scores from the top: deciding for everything at or above each score in turn.
        walk.Sort((a, b) => b.Score.CompareTo(a.Score));
        double bestF1 = -1;
        var bestThreshold = defaultThreshold;
        var tp = new int[kinds.Count];
        var fp = new int[kinds.Count];
        for (var i = 0; i < walk.Count; i++)
        {
            if (walk[i].Truth)
            {
                tp[walk[i].Kind]++;
            }
            else
            {
                fp[walk[i].Kind]++;
            }

            if (i + 1 < walk.Count && walk[i + 1].Score == walk[i].Score)
            {
                continue;
            }

            var f1 = 0.0;
            for (var k = 0; k < kinds.Count; k++)
            {
                if (counted.Contains(kinds[k]))
                {
                    f1 += 2.0 * tp[k] / ((2.0 * tp[k]) + fp[k] + (positives[k] - tp[k])) / counted.Count;
                }
            }

            if (f1 > bestF1)
            {
                bestF1 = f1;
                // Halfway to the next lower score: a little room for scores the refit shifts.
                var next = i + 1 < walk.Count ? walk[i + 1].Score : 0f;
                bestThreshold = (walk[i].Score + next) / 2f;
            }
        }

        var threshold = Math.Clamp(bestThreshold, 0.02f, 0.98f);
        return (threshold, string.Create(CultureInfo.InvariantCulture, $"validation mean F1 {bestF1:0.000} over {counted.Count} kinds of clause, {total} positives"));
    }
}
