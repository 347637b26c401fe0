namespace Intake.Pipeline.Storage;

/// <summary>
/// Where Intake keeps its documents, events and results (configuration section <c>IntakeStorage</c>).
/// Either <see cref="ConnectionString"/> (Azurite, local) or the three service URIs with an Entra ID
/// credential (Azure: <c>IntakeStorage__blobServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__credential=managedidentity</c>, <c>__clientId</c>).
/// </summary>
public sealed class IntakeStorageOptions
{
    public const string SectionName = "IntakeStorage";

    /// <summary>Azurite's well-known development account; the default when nothing is configured.</summary>
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary><c>managedidentity</c> uses that identity only; anything else uses DefaultAzureCredential.</summary>
    public string? Credential { get; set; }

    /// <summary>Client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    /// <summary>Container users upload to; Event Grid watches it.</summary>
    public string InputContainer { get; set; } = "intake";

    /// <summary>Container for the JSON and HTML report of each document.</summary>
    public string ReportsContainer { get; set; } = "reports";

    /// <summary>Queue Event Grid delivers <c>Microsoft.Storage.BlobCreated</c> events to.</summary>
    public string EventsQueue { get; set; } = "intake-events";

    /// <summary>Where messages go after <see cref="MaxDequeueCount"/> failed attempts (the host's naming: queue + "-poison").</summary>
    public string PoisonQueue { get; set; } = "intake-events-poison";

    public string DocumentsTable { get; set; } = "documents";

    public string FindingsTable { get; set; } = "findings";

    /// <summary>Largest blob downloaded for scanning, checked from blob properties first. Default 50 MiB.</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Attempts before a message is poisoned; must equal host.json's <c>extensions.queues.maxDequeueCount</c>.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// The claim lease: how long a worker's claim on a document row holds past its last renewal before
    /// another worker may take it over. The worker renews it every third of this while it works, so a
    /// long scan keeps its claim and a dead worker's document is free again within one lease. Shorter
    /// than the 30 s after which a message reappears (host.json <c>visibilityTimeout</c>, serve's
    /// <c>VisibilityTimeout</c>), so a redelivered message finds the dead worker's claim already expired.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>True when the account is addressed by service URIs rather than a connection string.</summary>
    public bool UsesServiceUris => string.IsNullOrWhiteSpace(ConnectionString) && BlobServiceUri is not null;

    /// <summary>Service URIs of a named account in the public Azure cloud.</summary>
    public static IntakeStorageOptions ForAccount(string accountName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        return new IntakeStorageOptions
        {
            BlobServiceUri = new Uri($"https://{accountName}.blob.core.windows.net"),
            QueueServiceUri = new Uri($"https://{accountName}.queue.core.windows.net"),
            TableServiceUri = new Uri($"https://{accountName}.table.core.windows.net"),
        };
    }
}
