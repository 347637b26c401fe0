namespace Intake.Pipeline.Signals;

/// <summary>
/// Label ids of the document-level signals (shared/docs/taxonomy.md, "Document-level signals beside
/// clauses"). They come from lists, not from the clause model, so they are not part of
/// <see cref="Classification.Taxonomy.Labels"/> (whose order is the model's column order).
/// </summary>
public static class SignalLabels
{
    /// <summary>A technology designated for the Foreign Exchange Act prior report, transferred as technology.</summary>
    public const string DesignatedTechnology = "designated-technology";

    /// <summary>An item newly controlled for export (2024), all destinations.</summary>
    public const string ControlledItem = "controlled-item";

    /// <summary>A Common High Priority Item: confirm the end user on export.</summary>
    public const string HighPriorityItem = "high-priority-item";

    /// <summary>An emerging area the guidance names: information only.</summary>
    public const string EmergingTechnology = "emerging-technology";

    /// <summary>A party or organisation named in the document matches (or resembles) a restricted-party list entry.</summary>
    public const string RestrictedParty = "restricted-party";

    public static IReadOnlyList<string> All { get; } =
        [DesignatedTechnology, ControlledItem, HighPriorityItem, EmergingTechnology, RestrictedParty];
}
