using Intake.Pipeline.Classification.Model;
using Intake.Training.Data;

namespace Intake.Training.Evaluation;

/// <summary>The clause model as a predictor: a label is decided when its probability reaches the label's threshold.</summary>
public sealed class ModelPredictor(ClauseModel model, string? name = null) : IMultiLabelPredictor
{
    private readonly ClauseModel _model = model ?? throw new ArgumentNullException(nameof(model));

    public string Name => name ?? $"clause model {_model.Version}";

    public IReadOnlyList<IReadOnlySet<string>> Decide(IReadOnlyList<LabelledClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var decided = new IReadOnlySet<string>[clauses.Count];
        Parallel.For(0, clauses.Count, i =>
        {
            var probabilities = _model.Predict(clauses[i].Text, clauses[i].Heading);
            var labels = new HashSet<string>(StringComparer.Ordinal);
            for (var l = 0; l < probabilities.Length; l++)
            {
                if (probabilities[l] >= _model.Labels[l].Threshold)
                {
                    labels.Add(_model.Labels[l].Label);
                }
            }

            decided[i] = labels;
        });
        return decided;
    }
}
