using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Intake.Pipeline.Direction;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Ingestion;

/// <summary>
/// Handles one BlobCreated event end to end: fetch (size from properties first), scan, store findings,
/// reports and the document row. Host-agnostic: the function's queue trigger and <c>intake serve</c>
/// both call it and map its <see cref="IngestionOutcome"/> onto their queue.
/// <para>
/// Idempotence: the document row records the blob ETag it describes; a redelivered event for a
/// recorded ETag writes nothing. Concurrency: a worker first claims the row with a conditional write
/// (add, or replace at the row's table ETag) and only the claimant writes findings and the final row,
/// again conditionally; a loser defers. Failure: document problems become Rejected rows and complete;
/// anything else is retried, and on the last allowed attempt the row says Failed.
/// </para>
/// </summary>
public sealed partial class DocumentIngestor(
    IntakeStorageClients clients,
    DocumentStore documents,
    ReportStore reports,
    DocumentScanner scanner,
    TimeProvider timeProvider,
    ILogger<DocumentIngestor> logger)
{
    private const int MaxErrorLength = 500;
    private static readonly TimeSpan s_minimumDeferral = TimeSpan.FromSeconds(1);

    private IntakeStorageOptions Options => clients.Options;

    /// <param name="dequeueCount">Which delivery of the message this is (1 for the first).</param>
    public async Task<IngestionResult> IngestAsync(BlobCreatedEvent blobEvent, long dequeueCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobEvent);
        if (!string.Equals(blobEvent.ContainerName, Options.InputContainer, StringComparison.Ordinal))
        {
            LogIgnoredContainer(logger, blobEvent.ContainerName);
            return new IngestionResult(IngestionOutcome.Ignored, Detail: $"container {blobEvent.ContainerName} is not {Options.InputContainer}");
        }

        var documentId = DocumentId.FromBlobPath(blobEvent.ContainerName, blobEvent.BlobName);
        await using var claim = new ClaimLease(documents, timeProvider, Options.ClaimDuration, logger);
        try
        {
            return await IngestCoreAsync(blobEvent, documentId, claim, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The queue's retry is the error handling: every other failure is retried, then recorded as Failed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var error = Describe(exception);
            if (dequeueCount < Options.MaxDequeueCount)
            {
                LogRetry(logger, exception, documentId, dequeueCount, Options.MaxDequeueCount);
                await ReleaseForRetryAsync(claim, error);
                return new IngestionResult(IngestionOutcome.Retry, documentId, Detail: error);
            }

            LogGivingUp(logger, exception, documentId, dequeueCount);
            await claim.StopAsync();
            await RecordFailedAsync(blobEvent, documentId, claim, error, cancellationToken);
            return new IngestionResult(IngestionOutcome.Poisoned, documentId, nameof(DocumentStatus.Failed), error);
        }
    }

    // A failed attempt gives its claim up at once (the row stays Processing and says what failed), so
    // the retry is not deferred until the lease runs out; best effort: if this write fails too, the lease still expires.
    private async Task ReleaseForRetryAsync(ClaimLease claim, string error)
    {
        await claim.StopAsync();
        if (!claim.Held || claim.Row is not { } row)
        {
            return;
        }

        row.ClaimedBy = null;
        row.ClaimedUntil = null;
        row.Error = error;
        try
        {
            await documents.TryReplaceAsync(row, claim.ETag, CancellationToken.None);
        }
        catch (RequestFailedException)
        {
        }
        catch (HttpRequestException)
        {
        }
    }

    private async Task<IngestionResult> IngestCoreAsync(BlobCreatedEvent blobEvent, string documentId, ClaimLease claim, CancellationToken cancellationToken)
    {
        var blob = clients.InputContainer.GetBlobClient(blobEvent.BlobName);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Deleted before we got to it: nothing will ever be readable, so this is final.
            return await RecordWithoutClaimAsync(blobEvent, documentId, blobEvent.ETag, DocumentStatus.Rejected, "blob not found: it was deleted before it could be scanned", cancellationToken);
        }

        var blobETag = properties.ETag.ToString();
        var existing = await documents.GetAsync(documentId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (existing is not null && string.Equals(existing.BlobETag, blobETag, StringComparison.Ordinal))
        {
            if (!existing.IsProcessing && existing.Status != nameof(DocumentStatus.Failed))
            {
                LogUnchanged(logger, documentId, existing.Status);
                return new IngestionResult(IngestionOutcome.Unchanged, documentId, existing.Status);
            }

            if (existing.IsProcessing && existing.ClaimedUntil > now)
            {
                return Deferred(documentId, existing.ClaimedUntil.Value - now);
            }
        }

        var row = NewRow(blobEvent, documentId, properties, now);
        row.Attempts = existing is not null && string.Equals(existing.BlobETag, blobETag, StringComparison.Ordinal) ? existing.Attempts + 1 : 1;
        var claimed = existing is null
            ? await documents.TryAddAsync(row, cancellationToken)
            : await documents.TryReplaceAsync(row, existing.ETag, cancellationToken);
        if (claimed is null)
        {
            LogLostClaim(logger, documentId);
            return Deferred(documentId, s_minimumDeferral);
        }

        // Renewed in the background until the result is written; if this worker dies, the lease runs out within ClaimDuration.
        claim.Start(row, claimed.Value, cancellationToken);
        var stopwatch = Stopwatch.StartNew();

        DocumentReport report;
        if (properties.ContentLength > Options.MaxDocumentBytes)
        {
            report = DocumentReport.NotScanned(
                blobEvent.BlobName,
                DocumentStatus.Rejected,
                string.Create(CultureInfo.InvariantCulture, $"too large: {properties.ContentLength} bytes; the limit is {Options.MaxDocumentBytes} bytes"));
        }
        else
        {
            // If-Match: scan exactly the version we claimed; a newer upload brings its own event.
            var content = await blob.DownloadContentAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } },
                cancellationToken);
            properties.Metadata.TryGetValue("doctype", out var documentTypeHint);
            properties.Metadata.TryGetValue("ourparty", out var ourPartyHint);
            report = await scanner.ScanAsync(
                new ScanRequest(blobEvent.BlobName, content.Value.Content.ToMemory(), documentTypeHint) { OurPartyHint = OurParty.FromBlobMetadata(ourPartyHint) },
                cancellationToken);
        }

        // Still ours? A claim that expired mid-scan may have been taken over; then the new owner writes.
        await claim.StopAsync();
        var current = await documents.GetAsync(documentId, cancellationToken);
        if (!claim.Held || current is null || current.ETag != claim.ETag)
        {
            LogSuperseded(logger, documentId);
            return new IngestionResult(IngestionOutcome.Unchanged, documentId, current?.Status, "another worker took the document over");
        }

        await documents.ReplaceFindingsAsync(documentId, blobETag, report.Findings, cancellationToken);
        await reports.WriteAsync(documentId, report, cancellationToken);

        Complete(row, report, stopwatch.Elapsed);
        if (await documents.TryReplaceAsync(row, claim.ETag, cancellationToken) is null)
        {
            LogSuperseded(logger, documentId);
            return new IngestionResult(IngestionOutcome.Unchanged, documentId, null, "another worker took the document over");
        }

        LogRecorded(logger, documentId, row.Status, row.ClauseCount, row.FindingCount);
        return new IngestionResult(IngestionOutcome.Recorded, documentId, row.Status, row.Reason);
    }

    private DocumentEntity NewRow(BlobCreatedEvent blobEvent, string documentId, BlobProperties properties, DateTimeOffset now) => new()
    {
        PartitionKey = documentId,
        Status = DocumentEntity.ProcessingStatus,
        Container = blobEvent.ContainerName,
        BlobName = blobEvent.BlobName,
        BlobETag = properties.ETag.ToString(),
        BlobSize = properties.ContentLength,
        EventId = blobEvent.Id,
        StartedAt = now,
        ClaimedBy = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}"),
        ClaimedUntil = now + Options.ClaimDuration,
    };

    private void Complete(DocumentEntity row, DocumentReport report, TimeSpan elapsed)
    {
        row.Status = report.Status.ToString();
        row.Reason = report.Reason;
        row.RiskLevel = report.RiskLevel.ToString();
        row.DocumentType = report.DocumentType.ToString();
        row.Kind = report.Kind.ToString();
        row.Language = report.Language;
        row.Pages = report.Pages;
        row.ClauseCount = report.Clauses;
        row.FindingCount = report.Findings.Count;
        row.RiskReasons = report.RiskReasons.Count == 0 ? null : string.Join('\n', report.RiskReasons);
        row.ModelVersion = report.ModelVersion;
        row.CompletedAt = timeProvider.GetUtcNow();
        row.DurationMs = (long)elapsed.TotalMilliseconds;
        row.Error = null;
        row.ClaimedBy = null;
        row.ClaimedUntil = null;
        row.JsonReportBlob = ReportStore.JsonBlobName(row.PartitionKey);
        row.HtmlReportBlob = ReportStore.HtmlBlobName(row.PartitionKey);
    }

    /// <summary>Records a final status when no blob version could be claimed (the blob is gone).</summary>
    private async Task<IngestionResult> RecordWithoutClaimAsync(BlobCreatedEvent blobEvent, string documentId, string? blobETag, DocumentStatus status, string reason, CancellationToken cancellationToken)
    {
        var existing = await documents.GetAsync(documentId, cancellationToken);
        if (existing is not null && !existing.IsProcessing && existing.Status == status.ToString() && existing.Reason == reason)
        {
            return new IngestionResult(IngestionOutcome.Unchanged, documentId, existing.Status);
        }

        if (existing is { IsProcessing: true } && existing.ClaimedUntil > timeProvider.GetUtcNow())
        {
            return Deferred(documentId, existing.ClaimedUntil.Value - timeProvider.GetUtcNow());
        }

        var now = timeProvider.GetUtcNow();
        var row = new DocumentEntity
        {
            PartitionKey = documentId,
            Status = status.ToString(),
            Reason = reason,
            RiskLevel = nameof(Scoring.RiskLevel.None),
            Container = blobEvent.ContainerName,
            BlobName = blobEvent.BlobName,
            BlobETag = blobETag,
            EventId = blobEvent.Id,
            StartedAt = now,
            CompletedAt = now,
            DurationMs = 0,
            Attempts = 1,
        };
        var written = existing is null
            ? await documents.TryAddAsync(row, cancellationToken)
            : await documents.TryReplaceAsync(row, existing.ETag, cancellationToken);
        if (written is null)
        {
            return Deferred(documentId, s_minimumDeferral);
        }

        LogRecorded(logger, documentId, row.Status, 0, 0);
        return new IngestionResult(IngestionOutcome.Recorded, documentId, row.Status, reason);
    }

    /// <summary>Best effort: the row says Failed with the reason. If storage itself is down this fails too, and the message still goes to the poison queue.</summary>
    private async Task RecordFailedAsync(BlobCreatedEvent blobEvent, string documentId, ClaimLease claim, string error, CancellationToken cancellationToken)
    {
        try
        {
            var now = timeProvider.GetUtcNow();
            if (claim.Row is { } row)
            {
                row.Status = nameof(DocumentStatus.Failed);
                row.Reason = $"failed after {Options.MaxDequeueCount} attempts: {error}";
                row.Error = error;
                row.RiskLevel = nameof(Scoring.RiskLevel.None);
                row.CompletedAt = now;
                row.ClaimedBy = null;
                row.ClaimedUntil = null;
                await documents.TryReplaceAsync(row, claim.ETag, cancellationToken);
                return;
            }

            var existing = await documents.GetAsync(documentId, cancellationToken);
            if (existing is not null && !existing.IsProcessing && existing.Status != nameof(DocumentStatus.Failed))
            {
                return; // Someone recorded a real outcome; a Failed row would hide it.
            }

            var failed = new DocumentEntity
            {
                PartitionKey = documentId,
                Status = nameof(DocumentStatus.Failed),
                Reason = $"failed after {Options.MaxDequeueCount} attempts: {error}",
                Error = error,
                RiskLevel = nameof(Scoring.RiskLevel.None),
                Container = blobEvent.ContainerName,
                BlobName = blobEvent.BlobName,
                BlobETag = existing?.BlobETag ?? blobEvent.ETag,
                EventId = blobEvent.Id,
                StartedAt = existing?.StartedAt ?? now,
                CompletedAt = now,
                Attempts = (existing?.Attempts ?? 0) + 1,
            };
            _ = existing is null
                ? await documents.TryAddAsync(failed, cancellationToken)
                : await documents.TryReplaceAsync(failed, existing.ETag, cancellationToken);
        }
        catch (RequestFailedException exception)
        {
            LogFailedRowNotWritten(logger, exception, documentId);
        }
    }

    private static IngestionResult Deferred(string documentId, TimeSpan wait) =>
        new(IngestionOutcome.Deferred, documentId, DocumentEntity.ProcessingStatus, "another worker holds the document", wait < s_minimumDeferral ? s_minimumDeferral : wait);

    /// <summary>What went wrong, for the row: the exception type and the storage status/code, never document text.</summary>
    private static string Describe(Exception exception)
    {
        var text = exception switch
        {
            RequestFailedException rfe => string.Create(CultureInfo.InvariantCulture, $"storage error {rfe.Status} {rfe.ErrorCode}").TrimEnd(),
            HttpRequestException http => $"network error: {http.HttpRequestError}",
            _ => exception.GetType().Name,
        };
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored an event for container {Container}")]
    private static partial void LogIgnoredContainer(ILogger logger, string container);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} already recorded as {Status} for this blob version; nothing to do")]
    private static partial void LogUnchanged(ILogger logger, string documentId, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} is held by another worker; deferring")]
    private static partial void LogLostClaim(ILogger logger, string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} was taken over by another worker; leaving it to them")]
    private static partial void LogSuperseded(ILogger logger, string documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} recorded as {Status}: {ClauseCount} clauses, {FindingCount} findings")]
    private static partial void LogRecorded(ILogger logger, string documentId, string status, int clauseCount, int findingCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} failed on attempt {Attempt} of {MaxAttempts}; it will be retried")]
    private static partial void LogRetry(ILogger logger, Exception exception, string documentId, long attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Document {DocumentId} failed on its last attempt ({Attempt}); recording Failed")]
    private static partial void LogGivingUp(ILogger logger, Exception exception, string documentId, long attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the Failed row of document {DocumentId}")]
    private static partial void LogFailedRowNotWritten(ILogger logger, Exception exception, string documentId);
}
