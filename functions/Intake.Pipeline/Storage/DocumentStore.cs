using Azure;
using Azure.Data.Tables;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Storage;

/// <summary>
/// The <c>documents</c> and <c>findings</c> tables. Writes that decide ownership are conditional on
/// table ETags, so two workers racing on one document cannot both win.
/// </summary>
public sealed class DocumentStore(IntakeStorageClients clients)
{
    /// <summary>A table transaction holds at most 100 operations.</summary>
    public const int MaxBatchSize = 100;

    private const string DocumentsTokenKind = "documents";
    private const string FindingsTokenKind = "findings";

    public async Task<DocumentEntity?> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var response = await clients.DocumentsTable.GetEntityIfExistsAsync<DocumentEntity>(documentId, DocumentEntity.RowKeyValue, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Adds the row; null when another writer added it first.</summary>
    public async Task<ETag?> TryAddAsync(DocumentEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            var response = await clients.DocumentsTable.AddEntityAsync(entity, cancellationToken);
            return response.Headers.ETag;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return null;
        }
    }

    /// <summary>Replaces the row if it still has <paramref name="ifMatch"/>; null when someone changed it since.</summary>
    public async Task<ETag?> TryReplaceAsync(DocumentEntity entity, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            var response = await clients.DocumentsTable.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag;
        }
        catch (RequestFailedException exception) when (exception.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task<DocumentPage> ListAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, DocumentQuery.MaxPageSize);
        var filter = Filter(query);
        var from = query.ContinuationToken is null ? null : PageToken.Decode(DocumentsTokenKind, query.ContinuationToken);
        await foreach (var page in clients.DocumentsTable
            .QueryAsync<DocumentEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken)
            .AsPages(from, pageSize))
        {
            return new DocumentPage(page.Values, PageToken.Encode(DocumentsTokenKind, page.ContinuationToken));
        }

        return new DocumentPage([], null);
    }

    /// <summary>
    /// One page of the findings of blob version <paramref name="blobETag"/>, in report order. The token
    /// is the index of the next finding, so a page never repeats or skips a row whatever the table
    /// service's own paging does.
    /// </summary>
    public async Task<FindingPage> GetFindingsPageAsync(string documentId, string? blobETag, FindingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, FindingQuery.MaxPageSize);
        var from = 0;
        if (query.ContinuationToken is not null
            && !int.TryParse(PageToken.Decode(FindingsTokenKind, query.ContinuationToken), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out from))
        {
            throw new InvalidPageTokenException();
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId} and RowKey ge {FindingEntity.RowKeyFor(from)}");
        var findings = new List<FindingEntity>(pageSize + 1);
        await foreach (var entity in clients.FindingsTable.QueryAsync<FindingEntity>(filter, maxPerPage: pageSize + 1, cancellationToken: cancellationToken))
        {
            if (blobETag is null || string.Equals(entity.BlobETag, blobETag, StringComparison.Ordinal))
            {
                findings.Add(entity);
                if (findings.Count > pageSize)
                {
                    // One row past the page: there is a next page, and it starts there.
                    var next = findings[pageSize].Index;
                    findings.RemoveAt(pageSize);
                    return new FindingPage(findings, PageToken.Encode(FindingsTokenKind, next.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }

        return new FindingPage(findings, null);
    }

    /// <summary>The findings of the blob version <paramref name="blobETag"/>, in report order.</summary>
    public async Task<IReadOnlyList<FindingEntity>> GetFindingsAsync(string documentId, string? blobETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var findings = new List<FindingEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        await foreach (var entity in clients.FindingsTable.QueryAsync<FindingEntity>(filter, cancellationToken: cancellationToken))
        {
            // Rows of another version can only exist while a worker is mid-write; never show them.
            if (blobETag is null || string.Equals(entity.BlobETag, blobETag, StringComparison.Ordinal))
            {
                findings.Add(entity);
            }
        }

        return [.. findings.OrderBy(f => f.RowKey, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Makes the findings partition hold exactly <paramref name="findings"/> for <paramref name="blobETag"/>:
    /// upserts rows 0..n-1 in transactions of at most 100, then deletes every other row (a previous
    /// version's extra rows). Idempotent, so a crash anywhere is repaired by running it again; the
    /// document row is only marked done after it succeeds, so a done row never has orphans.
    /// </summary>
    public async Task ReplaceFindingsAsync(string documentId, string blobETag, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(findings);
        var table = clients.FindingsTable;
        var rows = findings.Select((finding, index) => ToEntity(documentId, blobETag, index, finding)).ToList();
        foreach (var chunk in rows.Chunk(MaxBatchSize))
        {
            await table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), cancellationToken);
        }

        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var stale = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "BlobETag"], cancellationToken: cancellationToken))
        {
            var sameVersion = string.Equals(entity.GetString("BlobETag"), blobETag, StringComparison.Ordinal);
            if (!keep.Contains(entity.RowKey) || !sameVersion)
            {
                stale.Add(new TableEntity(entity.PartitionKey, entity.RowKey) { ETag = ETag.All });
            }
        }

        foreach (var chunk in stale.Chunk(MaxBatchSize))
        {
            await table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)), cancellationToken);
        }
    }

    private static string? Filter(DocumentQuery query)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            parts.Add(TableClient.CreateQueryFilter($"Status eq {query.Status}"));
        }

        if (!string.IsNullOrWhiteSpace(query.RiskLevel))
        {
            parts.Add(TableClient.CreateQueryFilter($"RiskLevel eq {query.RiskLevel}"));
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    private static FindingEntity ToEntity(string documentId, string blobETag, int index, Finding finding) => new()
    {
        PartitionKey = documentId,
        RowKey = FindingEntity.RowKeyFor(index),
        Index = index,
        Label = finding.Label,
        Family = finding.Family.ToString(),
        Severity = finding.Severity.ToString(),
        Confidence = Math.Round(finding.Confidence, 4),
        FindingKind = finding.Kind.ToString(),
        Excerpt = finding.Text is { Length: > FindingEntity.MaxExcerptLength } text ? text[..FindingEntity.MaxExcerptLength] : finding.Text,
        Heading = finding.Heading,
        Page = finding.Page,
        Offset = finding.Offset,
        Explanation = finding.Explanation.Count == 0 ? null : string.Join('\n', finding.Explanation),
        Recommendation = finding.Recommendation,
        Route = finding.Route,
        Basis = finding.Basis.Count == 0 ? null : Capped(ReportJson.SerializePart(finding.Basis)),
        Evidence = finding.Evidence is null ? null : Capped(ReportJson.SerializePart(finding.Evidence)),
        Advice = finding.Advice is null ? null : Capped(ReportJson.SerializePart(finding.Advice)),
        AdviceVariant = finding.AdviceVariant,
        Direction = finding.Direction is null ? null : Capped(ReportJson.SerializePart(finding.Direction)),
        BlobETag = blobETag,
    };

    private static string? Capped(string json) => json.Length <= FindingEntity.MaxJsonLength ? json : null;
}
