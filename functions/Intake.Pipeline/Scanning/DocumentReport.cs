using Intake.Pipeline.Direction;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Signals.Parties;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Scanning;

/// <summary>
/// The result of scanning one document. The JSON report (camelCase) is a stable interface:
/// source, status, reason, language, pages, clauses, riskLevel, findings — fields are added (parties, screening…), never renamed.
/// The README's "JSON report reference" documents every field.
/// </summary>
public sealed record DocumentReport(
    string Source,
    DocumentStatus Status,
    string? Reason,
    string? Language,
    int Pages,
    int Clauses,
    RiskLevel RiskLevel,
    IReadOnlyList<Finding> Findings)
{
    public DocumentKind Kind { get; init; }

    public DocumentType DocumentType { get; init; }

    public IReadOnlyList<string> RiskReasons { get; init; } = [];

    public string? ModelVersion { get; init; }

    /// <summary>Clauses (counted in <see cref="Clauses"/>) that sit in template commentary and were skipped: no findings come from them.</summary>
    public int SkippedCommentary { get; init; }

    /// <summary>Whether the direction of clauses was considered (an <c>--our-party</c> hint), for whom, and a sentence saying so.</summary>
    public DirectionSummary Direction { get; init; } = DirectionSummary.NotConsidered;

    /// <summary>The version of the guidance catalogue (Guidance/catalogue.json) the routes, bases and advice come from.</summary>
    public string? GuidanceVersion { get; init; }

    /// <summary>The contracting parties found in the preamble and signature block.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>Whether the parties were screened against restricted-party lists; null when the document was not scanned.</summary>
    public PartyScreening? Screening { get; init; }

    public static DocumentReport NotScanned(string source, DocumentStatus status, string reason, DocumentKind kind = DocumentKind.Unknown, int pages = 0) =>
        new(source, status, reason, null, pages, 0, RiskLevel.None, []) { Kind = kind };
}

/// <summary>The whole report of one scan: <c>{"documents":[...]}</c>.</summary>
public sealed record ScanReport(IReadOnlyList<DocumentReport> Documents);
