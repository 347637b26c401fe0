using Azure;
using Azure.Storage.Blobs.Models;
using Intake.Pipeline.Ingestion;

namespace Intake.Pipeline.Storage;

/// <summary>One uploaded document: where it went and the id its row will have.</summary>
public sealed record UploadedDocument(string DocumentId, string BlobName, string ETag, long Size, string EventId);

/// <summary>A blob of that name exists and the upload was told not to replace it.</summary>
public sealed class BlobAlreadyExistsException(string blobName, string documentId, Exception innerException)
    : Exception($"A blob named {blobName} already exists.", innerException)
{
    public string BlobName { get; } = blobName;

    public string DocumentId { get; } = documentId;
}

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
        bool replace = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        ArgumentNullException.ThrowIfNull(content);
        var blob = clients.InputContainer.GetBlobClient(blobName);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType ?? "application/octet-stream" },
            Metadata = metadata is null ? null : new Dictionary<string, string>(metadata, StringComparer.Ordinal),
            // If-None-Match: * makes "does it exist?" and "write it" one atomic request: a check
            // before the upload would race another uploader of the same name.
            Conditions = replace ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        var documentId = DocumentId.FromBlobPath(clients.Options.InputContainer, blobName);
        Response<BlobContentInfo> uploaded;
        try
        {
            uploaded = await blob.UploadAsync(content, options, cancellationToken);
        }
        catch (RequestFailedException exception) when (!replace && exception.Status is 409 or 412)
        {
            throw new BlobAlreadyExistsException(blobName, documentId, exception);
        }

        var size = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
        var eventId = Guid.NewGuid();
        var etag = uploaded.Value.ETag.ToString();
        if (enqueueEvent)
        {
            await EnqueueBlobCreatedAsync(blob.Uri, blobName, etag, size, options.HttpHeaders.ContentType, eventId, cancellationToken);
        }

        return new UploadedDocument(documentId, blobName, etag, size, eventId.ToString());
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
