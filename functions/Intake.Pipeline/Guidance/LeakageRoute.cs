namespace Intake.Pipeline.Guidance;

/// <summary>One leakage route of <c>Guidance/routes.json</c>: a stable id and its names.</summary>
public sealed record LeakageRoute(string Id, LocalizedText Name);
