using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Settings;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Storage;

/// <summary>
/// Extra pipeline settings for the storage clients: a place for diagnostics or fault-injection
/// policies and for the retry count. Registered optionally; the defaults are the SDK's.
/// </summary>
public sealed class StorageClientTuning
{
    /// <summary>Policies added per call to every blob, queue and table client.</summary>
    public IList<HttpPipelinePolicy> PerCallPolicies { get; } = [];

    /// <summary>SDK retries per operation; null keeps the SDK default.</summary>
    public int? MaxRetries { get; set; }
}

/// <summary>
/// The blob, queue and table clients of one storage account, built once from <see cref="IntakeStorageOptions"/>.
/// Queue clients pass message text through untouched (<see cref="QueueMessageEncoding.None"/>):
/// <see cref="QueueMessageCodec"/> is the one place that encodes and decodes <c>intake-events</c>
/// messages, so <c>intake upload</c>, <c>intake serve</c>, Event Grid and the Functions host agree.
/// </summary>
public sealed class IntakeStorageClients
{
    public IntakeStorageClients(IOptions<IntakeStorageOptions> options, StorageClientTuning? tuning = null, SettingNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        tuning ??= new StorageClientTuning();

        var blobOptions = Configure(new BlobClientOptions(), tuning);
        var queueOptions = Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None }, tuning);
        var tableOptions = Configure(new TableClientOptions(), tuning);

        if (Options.UsesServiceUris)
        {
            var credential = CreateCredential(Options);
            Blobs = new BlobServiceClient(Options.BlobServiceUri, credential, blobOptions);
            Queues = new QueueServiceClient(Require(Options.QueueServiceUri, "QueueServiceUri", names ?? SettingNames.Either), credential, queueOptions);
            Tables = new TableServiceClient(Require(Options.TableServiceUri, "TableServiceUri", names ?? SettingNames.Either), credential, tableOptions);
        }
        else
        {
            var connectionString = string.IsNullOrWhiteSpace(Options.ConnectionString)
                ? IntakeStorageOptions.DevelopmentConnectionString
                : Options.ConnectionString;
            Blobs = new BlobServiceClient(connectionString, blobOptions);
            Queues = new QueueServiceClient(connectionString, queueOptions);
            Tables = new TableServiceClient(connectionString, tableOptions);
        }
    }

    public IntakeStorageOptions Options { get; }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    public BlobContainerClient InputContainer => Blobs.GetBlobContainerClient(Options.InputContainer);

    public BlobContainerClient ReportsContainer => Blobs.GetBlobContainerClient(Options.ReportsContainer);

    public QueueClient EventsQueue => Queues.GetQueueClient(Options.EventsQueue);

    public QueueClient PoisonQueue => Queues.GetQueueClient(Options.PoisonQueue);

    public TableClient DocumentsTable => Tables.GetTableClient(Options.DocumentsTable);

    public TableClient FindingsTable => Tables.GetTableClient(Options.FindingsTable);

    /// <summary>
    /// Creates the containers, queues and tables if missing. For Azurite and first local runs; in Azure
    /// the Bicep deployment creates them and the app's identity has no right to.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await InputContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await ReportsContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await EventsQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await DocumentsTable.CreateIfNotExistsAsync(cancellationToken);
        await FindingsTable.CreateIfNotExistsAsync(cancellationToken);
    }

    private static TokenCredential CreateCredential(IntakeStorageOptions options)
    {
        // "managedidentity" is the Functions convention for identity-based connections; honour it
        // exactly so a deployed app never falls back to another credential by surprise.
        if (string.Equals(options.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(options.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        }

        var defaultOptions = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrWhiteSpace(options.ClientId))
        {
            defaultOptions.ManagedIdentityClientId = options.ClientId;
        }

        return new DefaultAzureCredential(defaultOptions);
    }

    private static T Configure<T>(T options, StorageClientTuning tuning)
        where T : ClientOptions
    {
        foreach (var policy in tuning.PerCallPolicies)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        if (tuning.MaxRetries is { } retries)
        {
            options.Retry.MaxRetries = retries;
            options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        }

        return options;
    }

    private static Uri Require(Uri? uri, string name, SettingNames names) =>
        uri ?? throw new InvalidOperationException($"{names.Of($"IntakeStorage:{name}")} is required when {names.Of("IntakeStorage:BlobServiceUri")} is set.");
}
