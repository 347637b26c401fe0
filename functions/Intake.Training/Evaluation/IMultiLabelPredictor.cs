using Intake.Training.Data;

namespace Intake.Training.Evaluation;

/// <summary>Anything that decides labels for clauses: the model, and the reference points it is measured against.</summary>
public interface IMultiLabelPredictor
{
    string Name { get; }

    IReadOnlyList<IReadOnlySet<string>> Decide(IReadOnlyList<LabelledClause> clauses);
}
