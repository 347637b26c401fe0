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

    /// <summary>
    /// A table property holds at most 64 KiB (32K UTF-16 characters). The JSON columns are far below that
    /// by construction (catalogue text, a few evidence words); a part that would exceed this is dropped
    /// rather than failing the whole write, and the JSON report still has it.
    /// </summary>
    public const int MaxJsonLength = 30_000;

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

    /// <summary>The recommendation in the document's language (the JSON report's <c>recommendation</c>).</summary>
    public string? Recommendation { get; set; }

    /// <summary>The leakage route id (Guidance/routes.json).</summary>
    public string? Route { get; set; }

    /// <summary>JSON array of the finding's basis (guidance document, section, point; or practice), both languages.</summary>
    public string? Basis { get; set; }

    /// <summary>JSON of the evidence: the clause's deciding words with offsets, heading words, and why it matters (both languages).</summary>
    public string? Evidence { get; set; }

    /// <summary>JSON of the advice in both languages (<c>{"ja":…,"en":…}</c>).</summary>
    public string? Advice { get; set; }

    public string? AdviceVariant { get; set; }

    /// <summary>JSON of who the clause favours, when an our-party hint was given.</summary>
    public string? Direction { get; set; }

    public string? BlobETag { get; set; }

    /// <summary>
    /// The row key of the finding at <paramref name="index"/>: keys sort (ordinally, as the table service
    /// sorts them) in index order, so a page query "RowKey ge key(from)" reads findings in report order.
    /// </summary>
    /// <remarks>
    /// Indices below 100,000 keep the five-digit keys earlier versions wrote, so tables already filled read
    /// the same. Past that, five digits no longer sort ("100000" &lt; "99999"), so the key is "~" (after every
    /// digit) and ten digits, enough for any int.
    /// </remarks>
    public static string RowKeyFor(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index < 100_000
            ? index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)
            : "~" + index.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
    }
}
