using Azure;
using Azure.Data.Tables;

namespace Intake.Pipeline.Storage;

/// <summary>
/// One row of the <c>documents</c> table: PartitionKey = document id, RowKey = <see cref="RowKeyValue"/>.
/// Status is one of the report's statuses, or <see cref="ProcessingStatus"/> while a worker holds it.
/// Times are UTC from the injected TimeProvider.
/// </summary>
public sealed class DocumentEntity : ITableEntity
{
    public const string RowKeyValue = "document";

    /// <summary>A worker has claimed the row and is scanning; <see cref="ClaimedUntil"/> says how long the claim holds.</summary>
    public const string ProcessingStatus = "Processing";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = RowKeyValue;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Status { get; set; } = ProcessingStatus;

    public string? Reason { get; set; }

    public string? RiskLevel { get; set; }

    public string? DocumentType { get; set; }

    public string? Kind { get; set; }

    public string? Language { get; set; }

    public int Pages { get; set; }

    public int ClauseCount { get; set; }

    public int FindingCount { get; set; }

    /// <summary>The reasons behind the risk level, one per line.</summary>
    public string? RiskReasons { get; set; }

    public string Container { get; set; } = string.Empty;

    public string BlobName { get; set; } = string.Empty;

    /// <summary>ETag of the blob version this row describes: the key to idempotent redelivery.</summary>
    public string? BlobETag { get; set; }

    public long BlobSize { get; set; }

    public string? ModelVersion { get; set; }

    public string? EventId { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public long? DurationMs { get; set; }

    /// <summary>How many times a worker claimed this blob version.</summary>
    public int Attempts { get; set; }

    /// <summary>What went wrong for <c>Failed</c> rows: the last transient error, after retries.</summary>
    public string? Error { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public string? JsonReportBlob { get; set; }

    public string? HtmlReportBlob { get; set; }

    public bool IsProcessing => string.Equals(Status, ProcessingStatus, StringComparison.Ordinal);
}
