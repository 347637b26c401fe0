using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Intake.Functions.Queue;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Tests.Listener;

/// <summary>
/// The queue trigger as the Functions host runs it: the WebJobs queue extension the publish output's
/// extensions.json names (Microsoft.Azure.WebJobs.Extensions.Storage.Queues), in a minimal WebJobs
/// host with host.json's queue settings, listening on Azurite. Each delivery goes to the function
/// class from the function app's own host. Only the gRPC hop between host and worker is left out.
/// </summary>
[Collection(AzuriteGroup.Name)]
public class QueueListenerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Listener_DecodesTheEventGridMessage_RetriesWithRisingDequeueCounts_RecordsFailedAndMovesItToThePoisonQueue()
    {
        var hostJson = HostJsonQueues.Read();
        var options = azurite.NewOptions();
        options.EventsQueue = ScanUploadedDocument.QueueName;
        options.PoisonQueue = ScanUploadedDocument.QueueName + "-poison";
        options.MaxDequeueCount = hostJson.MaxDequeueCount;
        var fault = FaultInjectionPolicy.ForBlobReads("unreadable.txt");
        using var worker = await WorkerHost.BuildAsync(options, new StorageClientTuning { PerCallPolicies = { fault }, MaxRetries = 0 });
        await worker.Clients.EventsQueue.ClearMessagesAsync();
        await worker.Clients.PoisonQueue.ClearMessagesAsync();
        var uploader = worker.Services.GetRequiredService<DocumentUploader>();
        fault.Enabled = false;
        using var bad = new MemoryStream(Documents.EnglishContract(1));
        var unreadable = await uploader.UploadAsync("unreadable.txt", bad);
        using var good = new MemoryStream(Documents.EnglishContract(2));
        var fine = await uploader.UploadAsync("fine.txt", good);
        fault.Enabled = true;
        var deliveries = new Deliveries();

        using var listener = ListenerHost(hostJson, worker, deliveries);
        await listener.StartAsync();
        var store = worker.Services.GetRequiredService<DocumentStore>();
        await StorageReads.EventuallyAsync(
            async () => await worker.Clients.PoisonCountAsync() == 1 && (await store.GetAsync(fine.DocumentId)) is { IsProcessing: false },
            TimeSpan.FromSeconds(60),
            "one poisoned message and the healthy document recorded");
        await listener.StopAsync();

        // The listener decoded the Base64 body: the function saw Event Grid JSON, not Base64 text.
        var fineDelivery = Assert.Single(deliveries.For("fine.txt"));
        Assert.Equal(1, fineDelivery.DequeueCount);
        Assert.Equal("Completed", (await store.GetAsync(fine.DocumentId))!.Status);

        var attempts = deliveries.For("unreadable.txt").Select(d => d.DequeueCount).Order().ToList();
        Assert.Equal(Enumerable.Range(1, hostJson.MaxDequeueCount).Select(n => (long)n), attempts);
        var row = await store.GetAsync(unreadable.DocumentId);
        Assert.Equal("Failed", row!.Status);
        Assert.Contains($"after {hostJson.MaxDequeueCount} attempts", row.Reason, StringComparison.Ordinal);

        // The listener moved the original message, still Base64, to intake-events-poison; none is left behind.
        var poisoned = (await worker.Clients.PoisonQueue.ReceiveMessageAsync()).Value;
        Assert.NotEqual('{', poisoned.MessageText.TrimStart()[0]);
        Assert.Equal("unreadable.txt", Assert.Single(BlobCreatedEvents.Parse(QueueMessageCodec.Decode(poisoned.MessageText)).Events).BlobName);
        Assert.Equal(0, (await worker.Clients.EventsQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    private static IHost ListenerHost(HostJsonQueues hostJson, WorkerHost worker, Deliveries deliveries) =>
        new HostBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                // The connection the trigger names (Connection = "IntakeStorage"), as the WebJobs SDK looks it up.
                ["AzureWebJobsIntakeStorage"] = worker.Clients.Options.ConnectionString,
            }))
            .ConfigureWebJobs(webJobs => webJobs.AddAzureStorageQueues(queues =>
            {
                queues.MessageEncoding = hostJson.MessageEncoding;
                queues.BatchSize = hostJson.BatchSize;
                queues.NewBatchThreshold = hostJson.NewBatchThreshold;
                queues.MaxDequeueCount = hostJson.MaxDequeueCount;
                queues.MaxPollingInterval = hostJson.MaxPollingInterval;
                // host.json waits 30 s before a failed message is tried again; five attempts would
                // take two minutes here, so only this one setting is shortened.
                queues.VisibilityTimeout = TimeSpan.FromMilliseconds(200);
            }))
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .ConfigureServices(services =>
            {
                services.AddSingleton(worker.Function<ScanUploadedDocument>());
                services.AddSingleton(deliveries);
                services.AddSingleton<ITypeLocator>(new OneTypeLocator(typeof(ScanUploadedDocumentTrigger)));
                services.AddSingleton<IJobActivator>(sp => new ServiceJobActivator(sp));
            })
            .Build();

    /// <summary>What the host would invoke: the function app's ScanUploadedDocument, called with what the listener delivered.</summary>
    public sealed class ScanUploadedDocumentTrigger(ScanUploadedDocument function, Deliveries deliveries)
    {
        public Task RunAsync([QueueTrigger(ScanUploadedDocument.QueueName, Connection = "IntakeStorage")] QueueMessage message, CancellationToken cancellationToken)
        {
            deliveries.Add(message);
            return function.RunAsync(message, cancellationToken);
        }
    }

    /// <summary>Every delivery: which blob (parsed from the body as delivered) and its dequeue count.</summary>
    public sealed class Deliveries
    {
        private readonly ConcurrentQueue<(string Blob, long DequeueCount)> _seen = new();

        public void Add(QueueMessage message)
        {
            var parsed = BlobCreatedEvents.Parse(message.Body.ToString());
            _seen.Enqueue((parsed.Events.Count == 1 ? parsed.Events[0].BlobName : "(not an event)", message.DequeueCount));
        }

        public IEnumerable<(string Blob, long DequeueCount)> For(string blob) => _seen.Where(s => s.Blob == blob);
    }

    private sealed class OneTypeLocator(Type type) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => [type];
    }

    private sealed class ServiceJobActivator(IServiceProvider services) : IJobActivator
    {
        public T CreateInstance<T>() => ActivatorUtilities.CreateInstance<T>(services);
    }

    /// <summary>extensions.queues of the function app's host.json.</summary>
    private sealed record HostJsonQueues(QueueMessageEncoding MessageEncoding, int BatchSize, int NewBatchThreshold, int MaxDequeueCount, TimeSpan MaxPollingInterval)
    {
        public static HostJsonQueues Read()
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "functions", "Intake.Functions", "host.json")));
            var queues = json.RootElement.GetProperty("extensions").GetProperty("queues");
            return new HostJsonQueues(
                Enum.Parse<QueueMessageEncoding>(queues.GetProperty("messageEncoding").GetString()!, ignoreCase: true),
                queues.GetProperty("batchSize").GetInt32(),
                queues.GetProperty("newBatchThreshold").GetInt32(),
                queues.GetProperty("maxDequeueCount").GetInt32(),
                TimeSpan.Parse(queues.GetProperty("maxPollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
