using Intake.Pipeline.Direction;
using Intake.Pipeline.Evidence;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Storage;

namespace Intake.Hosting.Api;

/// <summary>A document row as the HTTP API and <c>intake findings</c> show it (camelCase JSON).</summary>
public sealed record DocumentView(
    string Id,
    string Status,
    string? Reason,
    string? RiskLevel,
    IReadOnlyList<string> RiskReasons,
    string? DocumentType,
    string? Kind,
    string? Language,
    int Pages,
    int Clauses,
    int FindingCount,
    string Blob,
    string? BlobETag,
    long BlobSize,
    string? ModelVersion,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    long? DurationMs,
    int Attempts,
    string? Error,
    IReadOnlyList<FindingView>? Findings)
{
    /// <summary>Set when <see cref="Findings"/> is the first page only: pass it to <c>GET documents/{id}/findings</c>.</summary>
    public string? FindingsContinuationToken { get; init; }

    public static DocumentView From(DocumentEntity row, IReadOnlyList<FindingEntity>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new DocumentView(
            row.PartitionKey,
            row.Status,
            row.Reason,
            row.RiskLevel,
            Lines(row.RiskReasons),
            row.DocumentType,
            row.Kind,
            row.Language,
            row.Pages,
            row.ClauseCount,
            row.FindingCount,
            $"{row.Container}/{row.BlobName}",
            row.BlobETag,
            row.BlobSize,
            row.ModelVersion,
            row.StartedAt,
            row.CompletedAt,
            row.DurationMs,
            row.Attempts,
            row.Error,
            findings?.Select(FindingView.From).ToList());
    }

    internal static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n');
}

/// <summary>One stored finding.</summary>
public sealed record FindingView(
    int Index,
    string Label,
    string? Family,
    string? Severity,
    double Confidence,
    string? Kind,
    string? Text,
    string? Heading,
    int? Page,
    int? Offset,
    IReadOnlyList<string> Explanation,
    string? Recommendation)
{
    public string? Route { get; init; }

    public IReadOnlyList<Basis> Basis { get; init; } = [];

    public FindingEvidence? Evidence { get; init; }

    public LocalizedText? Advice { get; init; }

    public string? AdviceVariant { get; init; }

    public FindingDirection? Direction { get; init; }

    public static FindingView From(FindingEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new FindingView(row.Index, row.Label, row.Family, row.Severity, row.Confidence, row.FindingKind, row.Excerpt, row.Heading, row.Page, row.Offset, DocumentView.Lines(row.Explanation), row.Recommendation)
        {
            Route = row.Route,
            Basis = ReportJson.DeserializePart<IReadOnlyList<Basis>>(row.Basis) ?? [],
            Evidence = ReportJson.DeserializePart<FindingEvidence>(row.Evidence),
            Advice = ReportJson.DeserializePart<LocalizedText>(row.Advice),
            AdviceVariant = row.AdviceVariant,
            Direction = ReportJson.DeserializePart<FindingDirection>(row.Direction),
        };
    }
}

/// <summary>A page of documents: <c>{"documents": [...], "continuationToken": ...}</c>.</summary>
public sealed record DocumentListView(IReadOnlyList<DocumentView> Documents, string? ContinuationToken);

/// <summary>A page of one document's findings: <c>{"id", "findingCount", "findings": [...], "continuationToken"}</c>.</summary>
public sealed record FindingListView(string Id, int FindingCount, IReadOnlyList<FindingView> Findings, string? ContinuationToken);
