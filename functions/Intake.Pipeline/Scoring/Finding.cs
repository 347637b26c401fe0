using Intake.Pipeline.Classification;
using Intake.Pipeline.Signals;

namespace Intake.Pipeline.Scoring;

public enum FindingKind
{
    /// <summary>A clause the model labelled.</summary>
    Clause,

    /// <summary>A safeguard the document type calls for that no clause provides.</summary>
    MissingSafeguard,

    /// <summary>
    /// A clause that permits what the safeguard <c>label</c> forbids (assignment, subcontracting or
    /// reverse engineering without consent): located like a clause finding, counted like a missing safeguard.
    /// </summary>
    Permission,

    /// <summary>A document-level signal from a list: a designated or controlled technology, a listed party.</summary>
    Signal,
}

/// <summary>
/// One explained, located finding. Property names are the JSON report's stable interface
/// (label, family, severity, confidence, text, heading, page, offset); later fields are only added.
/// </summary>
public sealed record Finding(
    string Label,
    LabelFamily Family,
    Severity Severity,
    double Confidence,
    string? Text,
    string? Heading,
    int? Page,
    int? Offset,
    FindingKind Kind,
    IReadOnlyList<string> Explanation,
    string Recommendation)
{
    /// <summary>For <see cref="FindingKind.Signal"/>: the list, entry and match behind it; null otherwise.</summary>
    public SignalDetail? Signal { get; init; }
}
