using Intake.Pipeline.Settings;

namespace Intake.Pipeline.Ocr;

/// <summary>
/// Where and how to reach Azure AI Document Intelligence. Bound from configuration section
/// <c>DocumentIntelligence</c> (environment: <c>DocumentIntelligence__Endpoint</c>, …). OCR is on
/// only when <see cref="Endpoint"/> is set; without a <see cref="Key"/> the client signs in with
/// Microsoft Entra ID (managed identity when <see cref="ClientId"/> is set, else DefaultAzureCredential).
/// </summary>
public sealed class DocumentIntelligenceOptions
{
    public const string SectionName = "DocumentIntelligence";

    /// <summary>Service limit of the Standard (S0) tier: 500 MB per document.</summary>
    public const long StandardTierMaxBytes = 500L * 1024 * 1024;

    /// <summary>Service limit of the Standard (S0) tier: 2,000 pages analysed per document.</summary>
    public const int StandardTierMaxPages = 2000;

    /// <summary>The resource endpoint, e.g. <c>https://my-docintel.cognitiveservices.azure.com/</c>. Empty: OCR off.</summary>
    public string? Endpoint { get; set; }

    /// <summary>An API key (<c>Ocp-Apim-Subscription-Key</c>). Leave empty to use Microsoft Entra ID, which is preferred.</summary>
    public string? Key { get; set; }

    /// <summary>Client id of a user-assigned managed identity. Empty: DefaultAzureCredential decides.</summary>
    public string? ClientId { get; set; }

    /// <summary>The analysis model. Default <c>prebuilt-layout</c> (paragraph roles and tables).</summary>
    public string ModelId { get; set; } = "prebuilt-layout";

    /// <summary>Longest wait for one document, submission and polling together. Default 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Wait between polls when the service sends no Retry-After. Default 1 second.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of a throttled (429) or failed (5xx) request, by Azure.Core's retry rules. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Largest file sent. Default 500 MB (S0); set 4194304 (4 MB) for the free F0 tier.</summary>
    public long MaxBytes { get; set; } = StandardTierMaxBytes;

    /// <summary>Most pages sent. Default 2,000 (S0); the free F0 tier analyses only the first 2.</summary>
    public int MaxPages { get; set; } = StandardTierMaxPages;

    /// <summary>True when an endpoint is configured, so OCR is on.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>The reasons these options cannot work, each naming the setting as the host's user sets it; empty when they can. Checked at start.</summary>
    public IReadOnlyList<string> Problems(SettingNames? names = null)
    {
        names ??= SettingNames.Either;
        var problems = new List<string>();
        if (!IsConfigured)
        {
            return problems;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{names.Of($"{SectionName}:Endpoint")} must be an absolute https URL (got '{Endpoint}').");
        }
        else if (endpoint.Scheme == Uri.UriSchemeHttp && string.IsNullOrWhiteSpace(Key))
        {
            // Azure.Core refuses to send bearer tokens over plain http; only a key works there (local test servers).
            problems.Add($"{names.Of($"{SectionName}:Endpoint")} must use https when signing in with Microsoft Entra ID.");
        }

        if (string.IsNullOrWhiteSpace(ModelId) || ModelId.Length > 64)
        {
            problems.Add($"{names.Of($"{SectionName}:ModelId")} must be 1 to 64 characters (default prebuilt-layout).");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{names.Of($"{SectionName}:Timeout")} must be positive (got {Timeout}).");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            problems.Add($"{names.Of($"{SectionName}:PollInterval")} must be positive (got {PollInterval}).");
        }

        if (MaxRetries is < 0 or > 10)
        {
            problems.Add($"{names.Of($"{SectionName}:MaxRetries")} must be between 0 and 10 (got {MaxRetries}).");
        }

        if (MaxBytes <= 0 || MaxBytes > StandardTierMaxBytes)
        {
            problems.Add($"{names.Of($"{SectionName}:MaxBytes")} must be between 1 and {StandardTierMaxBytes} (the service's limit; got {MaxBytes}).");
        }

        if (MaxPages <= 0 || MaxPages > StandardTierMaxPages)
        {
            problems.Add($"{names.Of($"{SectionName}:MaxPages")} must be between 1 and {StandardTierMaxPages} (the service's limit; got {MaxPages}).");
        }

        return problems;
    }
}
