using Azure.Storage.Blobs.Models;
using Intake.Pipeline.Ingestion;

namespace Intake.Pipeline.Storage;

/// <summary>One uploaded document: where it went and the id its row will have.</summary>
public sealed record UploadedDocument(string DocumentId, string BlobName, string ETag, long Size, string EventId);

/// <summary>
/// Uploads a document to the <c>intake</c> container and enqueues the BlobCreated event Event Grid
/// would deliver (Azurite emits none): Event Grid schema, encoded by <see cref="QueueMessageCodec"/>.
/// </summary>
public sealed class DocumentUploader(IntakeStorageClients clients, TimeProvider timeProvider)
{
    public async Task<UploadedDocument> UploadAsync(
        string blobName,
        Stream content,
        IReadOnlyDictionary<string, string>? metadata = null,
        string? contentType = null,
        bool enqueueEvent = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        ArgumentNullException.ThrowIfNull(content);
        var blob = clients.InputContainer.GetBlobClient(blobName);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType ?? "application/octet-stream" },
            Metadata = metadata is null ? null : new Dictionary<string, string>(metadata, StringComparer.Ordinal),
        };
        var uploaded = await blob.UploadAsync(content, options, cancellationToken);
        var size = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
        var eventId = Guid.NewGuid();
        var etag = uploaded.Value.ETag.ToString();
        if (enqueueEvent)
        {
            await EnqueueBlobCreatedAsync(blob.Uri, blobName, etag, size, options.HttpHeaders.ContentType, eventId, cancellationToken);
        }

        return new UploadedDocument(DocumentId.FromBlobPath(clients.Options.InputContainer, blobName), blobName, etag, size, eventId.ToString());
    }

    /// <summary>Enqueues a BlobCreated event for a blob already in the container (also used to redeliver).</summary>
    public async Task EnqueueBlobCreatedAsync(Uri blobUri, string blobName, string eTag, long size, string? contentType, Guid eventId, CancellationToken cancellationToken = default)
    {
        var json = BlobCreatedEvents.CreateEventGridJson(
            clients.Blobs.AccountName,
            blobUri,
            clients.Options.InputContainer,
            blobName,
            eTag,
            size,
            contentType,
            timeProvider.GetUtcNow(),
            eventId);
        await clients.EventsQueue.SendMessageAsync(QueueMessageCodec.Encode(json), cancellationToken);
    }
}
