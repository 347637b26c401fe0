using Intake.Functions.Tests.Support;
using Intake.Hosting.Serve;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Intake.Functions.Tests.Recovery;

/// <summary><c>intake serve</c> killed mid-document: a second serve picks the document up within the documented bound.</summary>
[Collection(AzuriteGroup.Name)]
public class ServeRecoveryTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan s_lease = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_visibility = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan s_polling = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Serve_WorkerKilledMidDocument_SecondServeRecordsItWithinVisibilityPlusLease()
    {
        var options = azurite.NewOptions();
        options.ClaimDuration = s_lease;
        var blocking = new BlockingExtractor(new DocumentExtractor());
        var dying = await TestApp.StartAsync(options, Workers, services: blocking.Register);
        var uploader = dying.Services.GetRequiredService<DocumentUploader>();
        using var content = new MemoryStream(Documents.EnglishContract(5));
        var uploaded = await uploader.UploadAsync("killed.txt", content);
        await blocking.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        // Held past its visibility timeout: the renewed message is not delivered to anyone else meanwhile.
        await Task.Delay(s_visibility * 2);
        Assert.Empty((await dying.Clients.EventsQueue.PeekMessagesAsync()).Value);

        await dying.StopAbruptlyAsync();
        var killedAt = DateTimeOffset.UtcNow;
        await dying.DisposeAsync();

        await using var survivor = await TestApp.StartAsync(options, Workers);
        var survivorStore = survivor.Services.GetRequiredService<DocumentStore>();
        Assert.True((await survivorStore.GetAsync(uploaded.DocumentId))!.IsProcessing);
        await StorageReads.EventuallyAsync(
            async () => (await survivorStore.GetAsync(uploaded.DocumentId)) is { IsProcessing: false },
            TimeSpan.FromSeconds(60),
            "the killed worker's document recorded by the second serve");
        var delay = DateTimeOffset.UtcNow - killedAt;
        output.WriteLine($"recovered {delay.TotalSeconds:F1} s after the kill (visibility {s_visibility.TotalSeconds} s, lease {s_lease.TotalSeconds} s)");

        var row = await survivorStore.GetAsync(uploaded.DocumentId);
        Assert.Equal("Completed", row!.Status);
        Assert.Equal(2, row.Attempts);

        // The README's bound for serve: visibility timeout + claim lease + one poll, plus the scan (slack).
        Assert.True(delay < s_visibility + s_lease + s_polling + TimeSpan.FromSeconds(5), $"recovered after {delay.TotalSeconds:F1} s");
    }

    private static void Workers(QueueWorkerOptions workers)
    {
        workers.Workers = 1;
        workers.VisibilityTimeout = s_visibility;
        workers.MaxPollingInterval = s_polling;
        workers.RetryDelay = TimeSpan.FromMilliseconds(200);
    }
}
