using Intake.Pipeline.Direction;

namespace Intake.Pipeline.Scoring;

/// <summary>A document's findings, its risk level and the reasons behind that level.</summary>
public sealed record DocumentScore(DocumentType DocumentType, RiskLevel RiskLevel, IReadOnlyList<string> RiskReasons, IReadOnlyList<Finding> Findings)
{
    /// <summary>Whether direction was considered, for whom, and a sentence saying so.</summary>
    public DirectionSummary Direction { get; init; } = DirectionSummary.NotConsidered;
}
