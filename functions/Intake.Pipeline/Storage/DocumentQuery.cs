namespace Intake.Pipeline.Storage;

/// <summary>A page of the documents table, optionally filtered by status and risk level.</summary>
public sealed record DocumentQuery(string? Status = null, string? RiskLevel = null, int PageSize = DocumentQuery.DefaultPageSize, string? ContinuationToken = null)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 1000;
}

/// <summary>One page of documents and the token for the next one (null on the last page).</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentEntity> Documents, string? ContinuationToken);

/// <summary>A page of one document's findings, in report order.</summary>
public sealed record FindingQuery(int PageSize = FindingQuery.DefaultPageSize, string? ContinuationToken = null)
{
    /// <summary>Enough for almost every document in one response; a document with thousands of findings pages.</summary>
    public const int DefaultPageSize = 500;

    public const int MaxPageSize = 1000;
}

/// <summary>One page of findings and the token for the next one (null on the last page).</summary>
public sealed record FindingPage(IReadOnlyList<FindingEntity> Findings, string? ContinuationToken);
