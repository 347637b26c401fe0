namespace Intake.Pipeline.Scoring;

/// <summary>A document's overall risk. Ordered, so <c>--fail-on</c> can compare.</summary>
public enum RiskLevel
{
    None,
    Low,
    Medium,
    High,
}
