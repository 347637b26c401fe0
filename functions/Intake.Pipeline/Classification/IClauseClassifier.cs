using Intake.Pipeline.Evidence;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Classification;

/// <summary>
/// A label the classifier decided for, with the terms that pushed it most (<see cref="Evidence"/>, as
/// readable strings) and, when the classifier can place them, those terms as whole-word spans of the clause.
/// </summary>
public sealed record LabelPrediction(string Label, float Score, IReadOnlyList<string> Evidence)
{
    /// <summary>The deciding words of the clause text with their offsets; empty when the classifier cannot place its evidence.</summary>
    public IReadOnlyList<EvidenceTerm> Spans { get; init; } = [];

    /// <summary>Words of the heading that pushed the label.</summary>
    public IReadOnlyList<string> HeadingTerms { get; init; } = [];
}

/// <summary>The labels decided for one clause; empty means <c>none</c>.</summary>
public sealed record ClauseClassification(IReadOnlyList<LabelPrediction> Labels);

/// <summary>
/// The classification seam: the clause model plugs in here. Implementations are thread-safe and
/// loaded once per process.
/// </summary>
public interface IClauseClassifier
{
    /// <summary>Null while no model is installed: the scan then reports clauses without findings.</summary>
    string? ModelVersion { get; }

    /// <summary>One result per clause, in the same order.</summary>
    IReadOnlyList<ClauseClassification> Classify(IReadOnlyList<Clause> clauses);
}
