using Intake.Pipeline.Classification;
using Intake.Training.Data;

namespace Intake.Training.Evaluation;

/// <summary>
/// Scores decisions against labelled clauses. A clause counts for a label only where the label is
/// known for it (<see cref="LabelledClause.IsKnown"/>): CUAD clauses never count for confidentiality.
/// </summary>
public static class MultiLabelEvaluator
{
    public static EvaluationResult Evaluate(
        IReadOnlyList<LabelledClause> gold,
        IReadOnlyList<IReadOnlySet<string>> decided,
        IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(decided);
        if (gold.Count != decided.Count)
        {
            throw new ArgumentException("One decision set per clause is needed.", nameof(decided));
        }

        labels ??= Taxonomy.Ids;
        var metrics = new List<LabelMetrics>(labels.Count);
        foreach (var label in labels)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                if (!gold[i].IsKnown(label))
                {
                    continue;
                }

                var truth = gold[i].Has(label);
                var guess = decided[i].Contains(label);
                if (truth && guess)
                {
                    tp++;
                }
                else if (guess)
                {
                    fp++;
                }
                else if (truth)
                {
                    fn++;
                }
            }

            metrics.Add(new LabelMetrics(label, tp, fp, fn));
        }

        return new EvaluationResult(gold.Count, metrics);
    }
}
