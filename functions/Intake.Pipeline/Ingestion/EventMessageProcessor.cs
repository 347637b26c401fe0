using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Ingestion;

/// <summary>What to do with a queue message after handling it.</summary>
public enum MessageDisposition
{
    /// <summary>Done: delete it (the host: return success).</summary>
    Complete,

    /// <summary>Try again later (the host: fail the invocation so it retries).</summary>
    Retry,

    /// <summary>Give up: move it to the poison queue (the host does this itself after its last attempt).</summary>
    Poison,
}

/// <summary>The decision for one message and the results behind it.</summary>
public sealed record MessageResult(MessageDisposition Disposition, IReadOnlyList<IngestionResult> Results, string? Problem, TimeSpan? RetryAfter)
{
    public string Summary => Problem ?? string.Join("; ", Results.Select(r => $"{r.DocumentId}: {r.Outcome}{(r.Status is null ? string.Empty : " " + r.Status)}"));
}

/// <summary>
/// One <c>intake-events</c> message (its decoded JSON text), turned
/// into ingestion attempts and one disposition. Shared by the function and <c>intake serve</c> so both
/// make the same decisions.
/// </summary>
public sealed partial class EventMessageProcessor(DocumentIngestor ingestor, ILogger<EventMessageProcessor> logger)
{
    public Task<MessageResult> ProcessAsync(string messageJson, long dequeueCount, CancellationToken cancellationToken = default) =>
        ProcessAsync(BlobCreatedEvents.Parse(messageJson), dequeueCount, cancellationToken);

    private async Task<MessageResult> ProcessAsync(BlobEventParseResult parsed, long dequeueCount, CancellationToken cancellationToken)
    {
        if (parsed.Events.Count == 0)
        {
            if (parsed.IsOtherEvent)
            {
                LogOtherEvent(logger, parsed.Problem);
                return new MessageResult(MessageDisposition.Complete, [], parsed.Problem, null);
            }

            // Not an event at all: keep it for a person to look at rather than drop it.
            LogUnreadable(logger, parsed.Problem);
            return new MessageResult(MessageDisposition.Poison, [], parsed.Problem, null);
        }

        var results = new List<IngestionResult>(parsed.Events.Count);
        foreach (var blobEvent in parsed.Events)
        {
            results.Add(await ingestor.IngestAsync(blobEvent, dequeueCount, cancellationToken));
        }

        if (results.Any(r => r.Outcome == IngestionOutcome.Poisoned))
        {
            return new MessageResult(MessageDisposition.Poison, results, null, null);
        }

        if (results.Any(r => r.Outcome is IngestionOutcome.Retry or IngestionOutcome.Deferred))
        {
            var after = results.Where(r => r.RetryAfter is not null).Select(r => r.RetryAfter!.Value).DefaultIfEmpty(TimeSpan.Zero).Max();
            return new MessageResult(MessageDisposition.Retry, results, null, after > TimeSpan.Zero ? after : null);
        }

        return new MessageResult(MessageDisposition.Complete, results, null, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Completed a message that is not a BlobCreated event: {Problem}")]
    private static partial void LogOtherEvent(ILogger logger, string? problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable queue message, sending it to the poison queue: {Problem}")]
    private static partial void LogUnreadable(ILogger logger, string? problem);
}
