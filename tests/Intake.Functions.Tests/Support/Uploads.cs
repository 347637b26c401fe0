using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Support;

internal static class Uploads
{
    /// <summary>Uploads a blob and returns the BlobCreated event Event Grid would have sent (not enqueued).</summary>
    public static async Task<(UploadedDocument Document, BlobCreatedEvent Event, string Json)> UploadAsync(this TestApp app, string blobName, byte[] content, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var uploader = app.Services.GetRequiredService<DocumentUploader>();
        using var stream = new MemoryStream(content);
        var document = await uploader.UploadAsync(blobName, stream, metadata, "text/plain", enqueueEvent: false);
        var json = BlobCreatedEvents.CreateEventGridJson(
            app.Clients.Blobs.AccountName,
            app.Clients.InputContainer.GetBlobClient(blobName).Uri,
            app.Options.InputContainer,
            blobName,
            document.ETag,
            document.Size,
            "text/plain",
            DateTimeOffset.UtcNow,
            Guid.Parse(document.EventId));
        return (document, Assert.Single(BlobCreatedEvents.Parse(json).Events), json);
    }
}
