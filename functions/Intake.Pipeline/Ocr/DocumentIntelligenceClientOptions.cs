using Azure.Core;

namespace Intake.Pipeline.Ocr;

/// <summary>
/// Azure.Core client options for <see cref="DocumentIntelligenceClient"/>: its retry rules (429, 408 and
/// 5xx retried with exponential back-off that honours Retry-After), logging and distributed tracing.
/// </summary>
public sealed class DocumentIntelligenceClientOptions : ClientOptions
{
    public DocumentIntelligenceClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Diagnostics.ApplicationId = "intake";
        // Azure.Core logs only allow-listed headers and query values; these help trace an analysis, none holds document text.
        Diagnostics.LoggedHeaderNames.Add("Operation-Location");
        Diagnostics.LoggedHeaderNames.Add("apim-request-id");
        Diagnostics.LoggedHeaderNames.Add("x-ms-request-id");
        Diagnostics.LoggedQueryParameters.Add("api-version");
        Diagnostics.LoggedQueryParameters.Add("stringIndexType");
    }

    /// <summary>The REST API version this client speaks.</summary>
    public string ApiVersion { get; } = DocumentIntelligenceClient.ApiVersion;
}
