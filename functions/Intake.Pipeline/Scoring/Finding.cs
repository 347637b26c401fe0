using Intake.Pipeline.Classification;
using Intake.Pipeline.Direction;
using Intake.Pipeline.Evidence;
using Intake.Pipeline.Guidance;
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
/// (label, family, severity, confidence, text, heading, page, offset); later fields are only added,
/// as init properties so that every existing constructor call keeps compiling.
/// <see cref="Explanation"/> and <see cref="Recommendation"/> are in the document's language; the
/// structured fields below keep both languages.
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
    /// <summary>The leakage route id (Guidance/routes.json), e.g. <c>joint-research</c>.</summary>
    public string? Route { get; init; }

    public LocalizedText? RouteName { get; init; }

    /// <summary>What the finding rests on: guidance (document, section, point) or, where the guidance is silent, practice.</summary>
    public IReadOnlyList<Basis> Basis { get; init; } = [];

    /// <summary>The clause's deciding words with offsets and why they matter.</summary>
    public FindingEvidence? Evidence { get; init; }

    /// <summary>The recommendation in both languages; <see cref="Recommendation"/> is the document's language.</summary>
    public LocalizedText? Advice { get; init; }

    /// <summary>The specific situation the advice answers (<c>perpetual-grant</c>, <c>missing</c> …); null for the label's general advice.</summary>
    public string? AdviceVariant { get; init; }

    /// <summary>Who the clause favours; null when no <c>--our-party</c> was given.</summary>
    public FindingDirection? Direction { get; init; }

    /// <summary>For <see cref="FindingKind.Signal"/>: the list, entry and match behind it; null otherwise.</summary>
    public SignalDetail? Signal { get; init; }
}
