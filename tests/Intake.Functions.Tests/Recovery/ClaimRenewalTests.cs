using Intake.Functions.Queue;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Intake.Functions.Tests.Recovery;

/// <summary>
/// The claim lease of the shared ingestor (used by the function app and <c>intake serve</c>), with
/// leases shortened so the tests take seconds: renewed while work goes on, free soon after a worker dies.
/// </summary>
[Collection(AzuriteGroup.Name)]
public class ClaimRenewalTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan s_lease = TimeSpan.FromSeconds(2.5);

    [Fact]
    public async Task Ingest_WorkLongerThanTheLease_KeepsTheClaimRenewed_AndNoOtherWorkerTakesItOver()
    {
        var options = azurite.NewOptions();
        options.ClaimDuration = s_lease;
        var blocking = new BlockingExtractor(new DocumentExtractor());
        using var host = await WorkerHost.BuildAsync(options, services: blocking.Register);
        var uploader = host.Services.GetRequiredService<DocumentUploader>();
        using var content = new MemoryStream(Documents.EnglishContract(4));
        var uploaded = await uploader.UploadAsync("long.txt", content);
        var delivery = await host.Clients.NextAsync();
        var store = host.Services.GetRequiredService<DocumentStore>();
        var ingestor = host.Services.GetRequiredService<DocumentIngestor>();
        var evt = Assert.Single(BlobCreatedEvents.Parse(delivery.Body.ToString()).Events);

        var working = host.Function<ScanUploadedDocument>().RunAsync(delivery, CancellationToken.None);
        await blocking.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var claimedAt = (await store.GetAsync(uploaded.DocumentId))!.ClaimedUntil!.Value;

        // Three leases later the work is still going on: the claim has moved forward, and a second worker defers.
        await Task.Delay(s_lease * 3);
        var readAt = DateTimeOffset.UtcNow;
        var held = await store.GetAsync(uploaded.DocumentId);
        var second = await ingestor.IngestAsync(evt, 2);

        Assert.True(held!.IsProcessing);
        Assert.True(held.ClaimedUntil > claimedAt + s_lease, $"claim not renewed: {claimedAt:O} then {held.ClaimedUntil:O}");
        // Compared with the time of the read, not of the assert: on a loaded machine the second ingest can take longer than a lease.
        Assert.True(held.ClaimedUntil > readAt, $"claim {held.ClaimedUntil:O} had run out when read at {readAt:O}");
        Assert.Equal(IngestionOutcome.Deferred, second.Outcome);

        blocking.Release();
        await working.WaitAsync(TimeSpan.FromSeconds(60));
        var row = await store.GetAsync(uploaded.DocumentId);
        Assert.Equal("Completed", row!.Status);
        Assert.Null(row.ClaimedUntil);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task FunctionApp_WorkerKilledMidDocument_AnotherWorkerRecordsItWithinAboutOneLease()
    {
        var options = azurite.NewOptions();
        options.ClaimDuration = s_lease;
        var blocking = new BlockingExtractor(new DocumentExtractor());
        using var dying = await WorkerHost.BuildAsync(options, services: blocking.Register);
        var uploader = dying.Services.GetRequiredService<DocumentUploader>();
        using var content = new MemoryStream(Documents.JapaneseContract(3));
        var uploaded = await uploader.UploadAsync("orphan.txt", content);
        var delivery = await dying.Clients.NextAsync();
        var evt = Assert.Single(BlobCreatedEvents.Parse(delivery.Body.ToString()).Events);
        using var kill = new CancellationTokenSource();
        var working = dying.Function<ScanUploadedDocument>().RunAsync(delivery, kill.Token);
        await blocking.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        // Killed: its token cancelled mid-document; the claim is left in the row, as a dead process leaves it.
        await kill.CancelAsync();
        var killedAt = DateTimeOffset.UtcNow;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => working);
        var store = dying.Services.GetRequiredService<DocumentStore>();
        Assert.True((await store.GetAsync(uploaded.DocumentId))!.IsProcessing);

        // A second worker (another host) retries as the queue redelivers, honouring the deferral it is given.
        using var survivor = await WorkerHost.BuildAsync(options);
        var ingestor = survivor.Services.GetRequiredService<DocumentIngestor>();
        IngestionResult result;
        var attempt = 2;
        while ((result = await ingestor.IngestAsync(evt, attempt++)).Outcome == IngestionOutcome.Deferred)
        {
            await Task.Delay(result.RetryAfter ?? TimeSpan.FromMilliseconds(200));
        }

        var delay = DateTimeOffset.UtcNow - killedAt;
        output.WriteLine($"recovered {delay.TotalSeconds:F1} s after the kill (lease {s_lease.TotalSeconds} s)");
        Assert.Equal(IngestionOutcome.Recorded, result.Outcome);
        Assert.Equal("Completed", (await store.GetAsync(uploaded.DocumentId))!.Status);

        // Bound: the lease past its last renewal, plus the one-second minimum deferral and the scan itself.
        Assert.True(delay < s_lease + TimeSpan.FromSeconds(10), $"recovered after {delay.TotalSeconds:F1} s");
    }
}
