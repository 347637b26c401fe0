using Intake.Functions.Tests.Support;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Serve;

[Collection(AzuriteGroup.Name)]
public class PoisonTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Serve_BlobThatKeepsFailingTransiently_EndsInThePoisonQueueWithAFailedRow()
    {
        var options = azurite.NewOptions();
        var fault = FaultInjectionPolicy.ForBlobReads("unreadable.txt");
        await using var app = await TestApp.StartAsync(
            options,
            workers: w =>
            {
                w.Workers = 2;
                w.MaxPollingInterval = TimeSpan.FromMilliseconds(100);
                w.RetryDelay = TimeSpan.FromMilliseconds(100);
            },
            tuning: new StorageClientTuning { PerCallPolicies = { fault }, MaxRetries = 0 });
        var uploader = app.Services.GetRequiredService<DocumentUploader>();
        fault.Enabled = false;
        using var content = new MemoryStream(Documents.EnglishContract(1));
        var uploaded = await uploader.UploadAsync("unreadable.txt", content, enqueueEvent: false);
        using var good = new MemoryStream(Documents.EnglishContract(2));
        var fine = await uploader.UploadAsync("fine.txt", good, enqueueEvent: false);
        fault.Enabled = true;

        // The events go in only now: the workers are already polling, and an event enqueued while the
        // fault was still off could be scanned successfully before it was switched on (CI saw exactly that).
        await EnqueueAsync(app, uploader, uploaded);
        await EnqueueAsync(app, uploader, fine);

        await StorageReads.EventuallyAsync(async () => await app.Clients.PoisonCountAsync() == 1, TimeSpan.FromSeconds(60), "one poisoned message");

        var store = app.Services.GetRequiredService<DocumentStore>();
        await StorageReads.EventuallyAsync(
            async () => (await store.GetAsync(fine.DocumentId)) is { IsProcessing: false } && (await app.Clients.EventsQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            TimeSpan.FromSeconds(30),
            "the healthy document recorded and the queue empty");
        var row = await store.GetAsync(uploaded.DocumentId);
        Assert.Equal("Failed", row!.Status);
        Assert.Contains($"after {options.MaxDequeueCount} attempts", row.Reason, StringComparison.Ordinal);
        Assert.Contains("503", row.Reason, StringComparison.Ordinal);
        Assert.True(fault.Injected >= options.MaxDequeueCount);
        Assert.Equal("Completed", (await store.GetAsync(fine.DocumentId))!.Status);

        // The poisoned message is the original, still in the queue's encoding.
        var poisoned = (await app.Clients.PoisonQueue.ReceiveMessageAsync()).Value;
        var parsed = BlobCreatedEvents.Parse(QueueMessageCodec.Decode(poisoned.MessageText));
        Assert.Equal("unreadable.txt", Assert.Single(parsed.Events).BlobName);
    }

    private static Task EnqueueAsync(TestApp app, DocumentUploader uploader, UploadedDocument document) =>
        uploader.EnqueueBlobCreatedAsync(
            app.Clients.InputContainer.GetBlobClient(document.BlobName).Uri, document.BlobName, document.ETag, document.Size, "application/octet-stream", Guid.Parse(document.EventId));
}
