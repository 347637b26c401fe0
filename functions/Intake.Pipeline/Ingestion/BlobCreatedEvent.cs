namespace Intake.Pipeline.Ingestion;

/// <summary>
/// The parts of a <c>Microsoft.Storage.BlobCreated</c> event Intake uses, whichever schema carried it
/// (Event Grid schema or CloudEvents 1.0).
/// </summary>
public sealed record BlobCreatedEvent(
    string Id,
    string ContainerName,
    string BlobName,
    Uri? Url,
    string? ETag,
    long? ContentLength,
    string? ContentType,
    DateTimeOffset? Time)
{
    /// <summary>The blob's path inside the account, <c>container/name</c>: what a document id is derived from.</summary>
    public string BlobPath => $"{ContainerName}/{BlobName}";
}

/// <summary>
/// What a queue message held: the BlobCreated events in it, or why there were none. <see cref="IsOtherEvent"/>
/// marks a well-formed event of another type (BlobDeleted, say): not an error, just not ours.
/// </summary>
public sealed record BlobEventParseResult(IReadOnlyList<BlobCreatedEvent> Events, string? Problem, bool IsOtherEvent = false)
{
    public static BlobEventParseResult Invalid(string problem) => new([], problem);

    public static BlobEventParseResult Other(string type) => new([], $"ignored event type {type}", IsOtherEvent: true);
}
