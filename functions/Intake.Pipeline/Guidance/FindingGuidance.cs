namespace Intake.Pipeline.Guidance;

/// <summary>
/// What the catalogue says about one finding: its route, what it rests on, why it matters and what
/// to do. <see cref="Variant"/> names the specific situation found (e.g. <c>perpetual-grant</c>), null for the label's general entry.
/// </summary>
public sealed record FindingGuidance(LeakageRoute Route, IReadOnlyList<Basis> Basis, LocalizedText Why, LocalizedText Advice, string? Variant);
