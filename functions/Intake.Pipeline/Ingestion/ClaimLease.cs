using Azure;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Ingestion;

/// <summary>
/// A worker's claim on a document row: the row and the table ETag it holds, plus the background
/// renewal that keeps <see cref="DocumentEntity.ClaimedUntil"/> a short lease ahead of now while the
/// worker scans. The lease is short (<see cref="IntakeStorageOptions.ClaimDuration"/>, 20 s by default)
/// so that a worker that dies is noticed within one lease; renewing every third of it means one or two
/// missed renewals (a storage hiccup) do not lose a claim that is still being worked on.
/// </summary>
internal sealed partial class ClaimLease(DocumentStore documents, TimeProvider timeProvider, TimeSpan duration, ILogger logger) : IAsyncDisposable
{
    private CancellationTokenSource? _stop;
    private Task _renewing = Task.CompletedTask;

    public DocumentEntity? Row { get; private set; }

    public ETag ETag { get; private set; }

    /// <summary>False once a renewal found the row changed: another worker took the document over.</summary>
    public bool Held { get; private set; }

    public static TimeSpan RenewalInterval(TimeSpan duration) => duration / 3;

    /// <summary>Records the claimed row and starts renewing it until <see cref="StopAsync"/> or <paramref name="cancellationToken"/>.</summary>
    public void Start(DocumentEntity row, ETag etag, CancellationToken cancellationToken)
    {
        Row = row;
        ETag = etag;
        Held = true;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renewing = RenewAsync(row, _stop.Token, cancellationToken);
    }

    /// <summary>Stops renewing; afterwards <see cref="ETag"/> is the row's latest ETag and safe to write with.</summary>
    public async Task StopAsync()
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        await _renewing;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop?.Dispose();
    }

    private async Task RenewAsync(DocumentEntity row, CancellationToken stop, CancellationToken cancellationToken)
    {
        var interval = RenewalInterval(duration);
        try
        {
            while (true)
            {
                await Task.Delay(interval, timeProvider, stop);
                row.ClaimedUntil = timeProvider.GetUtcNow() + duration;
                ETag? renewed;
                try
                {
                    // Not cancelled by StopAsync: a renewal the server applied but we stopped waiting for would leave us a stale ETag.
                    renewed = await documents.TryReplaceAsync(row, ETag, cancellationToken);
                }
                catch (RequestFailedException exception)
                {
                    // Storage hiccup: the lease still holds for two more intervals; try again next time.
                    LogRenewalFailed(logger, exception, row.PartitionKey);
                    continue;
                }

                if (renewed is null)
                {
                    Held = false;
                    LogClaimLost(logger, row.PartitionKey);
                    return;
                }

                ETag = renewed.Value;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped: the work is done, or the worker is being torn down and the lease simply runs out.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the claim on document {DocumentId}; retrying at the next interval")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The claim on document {DocumentId} was taken over while renewing it")]
    private static partial void LogClaimLost(ILogger logger, string documentId);
}
