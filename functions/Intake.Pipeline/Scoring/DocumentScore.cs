namespace Intake.Pipeline.Scoring;

/// <summary>A document's findings, its risk level and the reasons behind that level.</summary>
public sealed record DocumentScore(DocumentType DocumentType, RiskLevel RiskLevel, IReadOnlyList<string> RiskReasons, IReadOnlyList<Finding> Findings);
