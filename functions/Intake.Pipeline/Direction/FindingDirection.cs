using Intake.Pipeline.Guidance;

namespace Intake.Pipeline.Direction;

public enum Favours
{
    /// <summary>Our party receives the rights, ownership, information or access: not an exposure of ours.</summary>
    Us,

    /// <summary>The counterparty receives: an exposure towards it.</summary>
    Counterparty,

    /// <summary>The clause works both ways (each party, joint ownership): counted as an exposure.</summary>
    Both,

    /// <summary>The wording does not say who receives: scored as if no hint had been given.</summary>
    Unknown,
}

/// <summary>Who gains from one clause finding, as read from its wording, and the reason in both languages.</summary>
public sealed record FindingDirection(Favours Favours, string? Receiver, string? Provider, LocalizedText Reason);

/// <summary>
/// The document-level account of direction: whether it was considered, the hint, the party names or
/// roles that stand for us, and a sentence saying so (or why not).
/// </summary>
public sealed record DirectionSummary(bool Considered, string? OurParty, IReadOnlyList<string> OurRoles, LocalizedText Note)
{
    public static DirectionSummary NotConsidered { get; } = new(false, null, [], new LocalizedText(
        "当方の当事者が指定されていないため、条項の向き（どちらに有利か）は考慮していない（--our-party または blob メタデータ ourparty で指定できる）。",
        "Direction was not considered: no --our-party (or blob metadata ourparty) said which party is ours."));
}
