namespace Intake.Pipeline.Classification;

public enum LabelFamily
{
    Exposure,
    Safeguard,
}

public enum Severity
{
    Info,
    Low,
    Medium,
    High,
}

/// <summary>One label of taxonomy v1 (shared/docs/taxonomy.md). Ids are stable product vocabulary.</summary>
public sealed record LabelDefinition(string Id, LabelFamily Family, Severity DefaultSeverity, string Name);

/// <summary>The 15 clause labels. The order is the model's column order; never reorder, only append.</summary>
public static class Taxonomy
{
    public const string None = "none";

    public static IReadOnlyList<LabelDefinition> Labels { get; } =
    [
        new("ip-ownership", LabelFamily.Exposure, Severity.High, "Results or IP owned by, assigned to, or jointly owned with the counterparty"),
        new("improvements", LabelFamily.Exposure, Severity.High, "Improvements, derivatives and grant-back"),
        new("license-grant", LabelFamily.Exposure, Severity.Medium, "Rights to use our technology granted to the counterparty"),
        new("know-how-transfer", LabelFamily.Exposure, Severity.High, "Technical assistance, training, delivery of technical information, source code, escrow"),
        new("data-access", LabelFamily.Exposure, Severity.Medium, "Access to data, systems or sites; cross-border data transfer; localisation; government access"),
        new("investment-funding", LabelFamily.Exposure, Severity.High, "Investment, financing or sponsorship that buys access, influence or control"),
        new("personnel", LabelFamily.Exposure, Severity.Medium, "Secondment, researcher exchange, visiting staff, recruitment of our people"),
        new("foreign-jurisdiction", LabelFamily.Exposure, Severity.Low, "Governing law, courts, arbitration, or compliance with a foreign state's laws"),
        new("publication-control", LabelFamily.Exposure, Severity.Medium, "Sponsor control over publication, indefinite secrecy, undisclosed participation"),
        new("end-use", LabelFamily.Exposure, Severity.High, "Military end use, re-export or onward transfer, unclear end user"),
        new("confidentiality", LabelFamily.Safeguard, Severity.Info, "Confidentiality and non-use duties, return or destruction, no reverse engineering"),
        new("export-compliance", LabelFamily.Safeguard, Severity.Info, "Export-control compliance, classification, licences, no re-export without consent"),
        new("change-of-control", LabelFamily.Safeguard, Severity.Info, "Notice, consent or termination on a change of control or restricted-party status"),
        new("non-solicit", LabelFamily.Safeguard, Severity.Info, "No solicitation or hiring of the other party's employees"),
        new("assignment-restriction", LabelFamily.Safeguard, Severity.Info, "No assignment, transfer or sublicensing without consent; non-transferable licences"),
    ];

    private static readonly Dictionary<string, LabelDefinition> s_byId = Labels.ToDictionary(l => l.Id, StringComparer.Ordinal);

    public static IReadOnlyList<string> Ids { get; } = [.. Labels.Select(l => l.Id)];

    public static bool IsLabel(string id) => s_byId.ContainsKey(id);

    public static LabelDefinition Get(string id) =>
        s_byId.TryGetValue(id, out var definition) ? definition : throw new ArgumentException($"Unknown label '{id}'.", nameof(id));
}
