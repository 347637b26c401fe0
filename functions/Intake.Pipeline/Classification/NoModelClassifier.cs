using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Classification;

/// <summary>Used when no trained model is available: labels nothing rather than guess by hand-written rules.</summary>
public sealed class NoModelClassifier : IClauseClassifier
{
    public string? ModelVersion => null;

    public IReadOnlyList<ClauseClassification> Classify(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        return [.. clauses.Select(_ => new ClauseClassification([]))];
    }
}
