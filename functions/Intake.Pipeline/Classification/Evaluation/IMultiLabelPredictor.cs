using Intake.Pipeline.Classification.Data;

namespace Intake.Pipeline.Classification.Evaluation;

/// <summary>Anything that decides labels for clauses: the model, and the reference points it is measured against.</summary>
public interface IMultiLabelPredictor
{
    string Name { get; }

    IReadOnlyList<IReadOnlySet<string>> Decide(IReadOnlyList<LabelledClause> clauses);
}
