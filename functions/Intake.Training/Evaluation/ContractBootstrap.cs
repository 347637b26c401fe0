using Intake.Training.Data;

namespace Intake.Training.Evaluation;

/// <summary>A 95 % interval (2.5th and 97.5th percentiles) of a score over bootstrap resamples.</summary>
public sealed record Interval(double Low, double High);

/// <summary>Macro-F1 and per-label F1 intervals of one predictor on one held-out set.</summary>
public sealed record BootstrapResult(int Groups, Interval Macro, IReadOnlyDictionary<string, Interval> ByLabel);

/// <summary>
/// Bootstrap over whole documents: the held-out clauses are grouped by <see cref="LabelledClause.Group"/>
/// (a contract, or a corpus source), groups are drawn with replacement, and F1 is recomputed from the
/// drawn groups' counts. Clauses of one contract are not independent (the same drafter, the same
/// boilerplate), so resampling clauses would give intervals that are too narrow.
/// </summary>
public static class ContractBootstrap
{
    public static BootstrapResult Run(
        IReadOnlyList<LabelledClause> gold,
        IReadOnlyList<IReadOnlySet<string>> decided,
        IReadOnlyList<string> labels,
        int samples = 1000,
        int seed = 13)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(decided);
        ArgumentNullException.ThrowIfNull(labels);
        var groups = gold.Select(c => c.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);

        // counts[group, label] = (tp, fp, fn)
        var counts = new int[groups.Length, labels.Count, 3];
        for (var i = 0; i < gold.Count; i++)
        {
            var g = groupIndex[gold[i].Group];
            for (var l = 0; l < labels.Count; l++)
            {
                var label = labels[l];
                if (!gold[i].IsKnown(label))
                {
                    continue;
                }

                var truth = gold[i].Has(label);
                var guess = decided[i].Contains(label);
                if (truth && guess)
                {
                    counts[g, l, 0]++;
                }
                else if (guess)
                {
                    counts[g, l, 1]++;
                }
                else if (truth)
                {
                    counts[g, l, 2]++;
                }
            }
        }

        var random = new Random(seed);
        var macros = new double[samples];
        var perLabel = new double[labels.Count][];
        for (var l = 0; l < labels.Count; l++)
        {
            perLabel[l] = new double[samples];
        }

        var sums = new int[labels.Count, 3];
        for (var s = 0; s < samples; s++)
        {
            Array.Clear(sums);
            for (var draw = 0; draw < groups.Length; draw++)
            {
                var g = random.Next(groups.Length);
                for (var l = 0; l < labels.Count; l++)
                {
                    sums[l, 0] += counts[g, l, 0];
                    sums[l, 1] += counts[g, l, 1];
                    sums[l, 2] += counts[g, l, 2];
                }
            }

            // As the point estimate: the macro average runs over the labels given, with F1 0 where a resample has no positive of a label and no false alarm.
            double total = 0;
            for (var l = 0; l < labels.Count; l++)
            {
                var (tp, fp, fn) = (sums[l, 0], sums[l, 1], sums[l, 2]);
                var f1 = tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / ((2.0 * tp) + fp + fn);
                perLabel[l][s] = f1;
                total += f1;
            }

            macros[s] = labels.Count == 0 ? 0 : total / labels.Count;
        }

        return new BootstrapResult(
            groups.Length,
            Percentiles(macros),
            labels.Select((label, l) => (label, Percentiles(perLabel[l]))).ToDictionary(p => p.label, p => p.Item2, StringComparer.Ordinal));
    }

    private static Interval Percentiles(double[] values)
    {
        if (values.Length == 0)
        {
            return new Interval(double.NaN, double.NaN);
        }

        var sorted = values.Order().ToArray();
        return new Interval(sorted[(int)Math.Floor(0.025 * (sorted.Length - 1))], sorted[(int)Math.Ceiling(0.975 * (sorted.Length - 1))]);
    }
}
