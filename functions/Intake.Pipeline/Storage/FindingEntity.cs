using Azure;
using Azure.Data.Tables;

namespace Intake.Pipeline.Storage;

/// <summary>
/// One row of the <c>findings</c> table: PartitionKey = document id, RowKey = the finding's index,
/// zero-padded so rows sort in report order. <see cref="BlobETag"/> ties each row to the blob version
/// it was found in; readers keep only rows of the version the document row names.
/// </summary>
public sealed class FindingEntity : ITableEntity
{
    /// <summary>Table string properties hold 32K characters; excerpts are cut well below that.</summary>
    public const int MaxExcerptLength = 4000;

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Index { get; set; }

    public string Label { get; set; } = string.Empty;

    public string? Family { get; set; }

    public string? Severity { get; set; }

    public double Confidence { get; set; }

    public string? FindingKind { get; set; }

    public string? Excerpt { get; set; }

    public string? Heading { get; set; }

    public int? Page { get; set; }

    public int? Offset { get; set; }

    /// <summary>The terms that pushed the label, one per line.</summary>
    public string? Explanation { get; set; }

    public string? Recommendation { get; set; }

    public string? BlobETag { get; set; }

    public static string RowKeyFor(int index) => index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
}
