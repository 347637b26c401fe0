using Intake.Functions.Queue;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Queue;

/// <summary>The queue function, created from the function app's own host, against Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public class ScanUploadedDocumentTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Run_OneUpload_RecordsOneDocumentRowWithItsFindings_AndRedeliveryChangesNothing()
    {
        using var host = await WorkerHost.BuildAsync(azurite.NewOptions());
        var uploader = host.Services.GetRequiredService<DocumentUploader>();
        using var content = new MemoryStream(Documents.EnglishContract(7));
        var uploaded = await uploader.UploadAsync("contract.txt", content);
        var delivery = await host.Clients.NextAsync();
        var function = host.Function<ScanUploadedDocument>();

        await function.RunAsync(delivery, CancellationToken.None);

        var rows = await host.Clients.AllDocumentsAsync();
        var row = Assert.Single(rows);
        Assert.Equal(uploaded.DocumentId, row.PartitionKey);
        Assert.Equal("Completed", row.Status);
        Assert.True(row.ClauseCount > 0);
        Assert.Equal(row.FindingCount, (await host.Services.GetRequiredService<DocumentStore>().GetFindingsAsync(row.PartitionKey, row.BlobETag)).Count);
        var findingRows = (await host.Clients.FindingRowsAsync(row.PartitionKey)).Count;

        // Event Grid delivers at least once: the same event again writes nothing.
        await function.RunAsync(QueueDeliveries.AsDelivery(delivery, 2), CancellationToken.None);

        var again = Assert.Single(await host.Clients.AllDocumentsAsync());
        Assert.Equal(row.ETag, again.ETag);
        Assert.Equal(row.Timestamp, again.Timestamp);
        Assert.Equal(findingRows, (await host.Clients.FindingRowsAsync(row.PartitionKey)).Count);
    }

    [Fact]
    public async Task Run_TransientFailure_ThrowsForARetry_AndOnTheLastAttemptRecordsFailedBeforeThrowing()
    {
        var options = azurite.NewOptions();
        var fault = FaultInjectionPolicy.ForBlobReads("flaky.txt");
        using var host = await WorkerHost.BuildAsync(options, new StorageClientTuning { PerCallPolicies = { fault }, MaxRetries = 0 });
        fault.Enabled = false;
        using var content = new MemoryStream(Documents.EnglishContract(3));
        var uploaded = await host.Services.GetRequiredService<DocumentUploader>().UploadAsync("flaky.txt", content);
        var delivery = await host.Clients.NextAsync();
        var function = host.Function<ScanUploadedDocument>();
        fault.Enabled = true;

        var retry = await Assert.ThrowsAsync<MessageNotCompletedException>(() => function.RunAsync(delivery, CancellationToken.None));
        Assert.Equal(MessageDisposition.Retry, retry.Disposition);

        var last = await Assert.ThrowsAsync<MessageNotCompletedException>(() => function.RunAsync(QueueDeliveries.AsDelivery(delivery, options.MaxDequeueCount), CancellationToken.None));
        Assert.Equal(MessageDisposition.Poison, last.Disposition);
        var row = await host.Services.GetRequiredService<DocumentStore>().GetAsync(uploaded.DocumentId);
        Assert.Equal("Failed", row!.Status);
        Assert.Contains($"after {options.MaxDequeueCount} attempts", row.Reason, StringComparison.Ordinal);
    }
}
