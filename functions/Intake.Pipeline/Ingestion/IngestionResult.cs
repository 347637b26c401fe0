namespace Intake.Pipeline.Ingestion;

/// <summary>What the caller should do with the queue message after one attempt.</summary>
public enum IngestionOutcome
{
    /// <summary>The document row now says how the scan ended. Delete the message.</summary>
    Recorded,

    /// <summary>This blob version was already recorded (a redelivery); nothing was written. Delete the message.</summary>
    Unchanged,

    /// <summary>Not an event Intake handles (another container, another event type, not an event). Delete the message.</summary>
    Ignored,

    /// <summary>Another worker holds the document; try again after <see cref="IngestionResult.RetryAfter"/>. Keep the message.</summary>
    Deferred,

    /// <summary>A transient failure; try again. Keep the message (the host: fail the invocation).</summary>
    Retry,

    /// <summary>The last attempt failed too: the row says Failed. Send the message to the poison queue.</summary>
    Poisoned,
}

/// <summary>The outcome of one attempt at one event.</summary>
public sealed record IngestionResult(IngestionOutcome Outcome, string? DocumentId = null, string? Status = null, string? Detail = null, TimeSpan? RetryAfter = null)
{
    /// <summary>True when the message is finished with and can be deleted.</summary>
    public bool Completes => Outcome is IngestionOutcome.Recorded or IngestionOutcome.Unchanged or IngestionOutcome.Ignored;
}
