namespace Intake.Pipeline.Scoring;

/// <summary>
/// What the scorer knows about the document beyond its clauses: its language (findings speak it),
/// the user's <c>--our-party</c> hint, and the document text (where parties are defined).
/// </summary>
public sealed record ScoringContext(string? Language = null, string? OurParty = null, string? DocumentText = null);
