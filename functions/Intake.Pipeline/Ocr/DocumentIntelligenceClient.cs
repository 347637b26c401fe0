using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Intake.Pipeline.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Pipeline.Ocr;

/// <summary>
/// A small client for the Document Intelligence REST API 2024-11-30 on Azure.Core's pipeline:
/// <c>POST {endpoint}/documentintelligence/documentModels/{modelId}:analyze</c> with the file's bytes
/// (DocumentModels_AnalyzeDocumentFromStream), 202 with <c>Operation-Location</c>, then GET that
/// location until the operation succeeds or fails, waiting as long as each <c>Retry-After</c> asks.
/// Throttling and 5xx are retried by the pipeline's retry policy; what is still transient after that
/// surfaces as <see cref="TransientOcrException"/>, a permanent refusal as <see cref="DocumentIntelligenceException"/>.
/// </summary>
public sealed partial class DocumentIntelligenceClient
{
    public const string ApiVersion = "2024-11-30";

    /// <summary>The Microsoft Entra ID scope of Azure AI services.</summary>
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly string _modelId;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _pollInterval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Signs in with the key when one is configured, otherwise with Microsoft Entra ID.</summary>
    public DocumentIntelligenceClient(DocumentIntelligenceOptions options, TimeProvider timeProvider, ILogger<DocumentIntelligenceClient>? logger = null, DocumentIntelligenceClientOptions? clientOptions = null)
        : this(options, CreateAuthenticationPolicy(options), timeProvider, logger, clientOptions)
    {
    }

    /// <summary>Signs in with the given credential (tests, or hosts that already hold one).</summary>
    public DocumentIntelligenceClient(DocumentIntelligenceOptions options, TokenCredential credential, TimeProvider timeProvider, ILogger<DocumentIntelligenceClient>? logger = null, DocumentIntelligenceClientOptions? clientOptions = null)
        : this(options, new BearerTokenAuthenticationPolicy(credential, Scope), timeProvider, logger, clientOptions)
    {
    }

    private DocumentIntelligenceClient(DocumentIntelligenceOptions options, HttpPipelinePolicy authentication, TimeProvider timeProvider, ILogger? logger, DocumentIntelligenceClientOptions? clientOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = options.Problems();
        if (!options.IsConfigured || problems.Count > 0)
        {
            throw new ArgumentException(options.IsConfigured ? string.Join(" ", problems) : $"{SettingNames.Either.Of($"{DocumentIntelligenceOptions.SectionName}:Endpoint")} is not set.", nameof(options));
        }

        _endpoint = new Uri(options.Endpoint!.TrimEnd('/') + "/", UriKind.Absolute);
        _modelId = options.ModelId;
        _timeout = options.Timeout;
        _pollInterval = options.PollInterval;
        _time = timeProvider;
        _logger = logger ?? NullLogger.Instance;

        clientOptions ??= new DocumentIntelligenceClientOptions();
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        _pipeline = HttpPipelineBuilder.Build(clientOptions, [], [authentication], new ResponseClassifier());
    }

    /// <summary>The policy that signs every request: the key header, or a bearer token for <see cref="Scope"/>.</summary>
    internal static HttpPipelinePolicy CreateAuthenticationPolicy(DocumentIntelligenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return new SubscriptionKeyPolicy(options.Key);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        return new BearerTokenAuthenticationPolicy(credential, Scope);
    }

    /// <summary>Analyses one file and returns the service's <c>analyzeResult</c>.</summary>
    /// <param name="contentType">One the service accepts: application/pdf, image/png, image/jpeg, image/tiff, image/bmp, or application/octet-stream.</param>
    /// <exception cref="DocumentIntelligenceException">The service refused the document or the operation failed for good.</exception>
    /// <exception cref="TransientOcrException">Throttled or unavailable after retries, or no result within the timeout.</exception>
    internal async Task<AnalyzeResult> AnalyzeAsync(ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var started = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var (location, retryAfter) = await SubmitAsync(content, contentType, linked.Token);
            var result = await PollAsync(location, retryAfter, linked.Token);
            var elapsed = _time.GetElapsedTime(started);
            LogSucceeded(_logger, result.Pages?.Count ?? 0, result.Paragraphs?.Count ?? 0, elapsed.TotalMilliseconds);
            return result;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout, or Azure.Core's network timeout after its retries: the service was too slow, not the caller's cancel.
            LogTimedOut(_logger, _timeout.TotalSeconds);
            throw new TransientOcrException($"Document Intelligence gave no result within {_timeout.TotalSeconds:0.#} s ({SettingNames.Either.Of($"{DocumentIntelligenceOptions.SectionName}:Timeout")}).", 0, null, exception);
        }
        catch (RequestFailedException exception) when (exception.Status == 0)
        {
            // Azure.Core reports a transport failure (DNS, refused connection, TLS) as status 0 after its retries.
            LogUnreachable(_logger, _endpoint.Host, exception.Message);
            throw new TransientOcrException($"Document Intelligence at {_endpoint.Host} could not be reached: {exception.Message}", 0, null, exception);
        }
    }

    private async Task<(Uri Location, TimeSpan? RetryAfter)> SubmitAsync(ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(new Uri(_endpoint, $"documentintelligence/documentModels/{Uri.EscapeDataString(_modelId)}:analyze?api-version={ApiVersion}&stringIndexType=utf16CodeUnit"));
        request.Headers.Add(HttpHeader.Names.ContentType, contentType);
        request.Headers.Add(HttpHeader.Names.Accept, "application/json");
        request.Content = RequestContent.Create(content);

        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (response.Status != 202)
        {
            throw Refusal(response);
        }

        if (!response.Headers.TryGetValue("Operation-Location", out var value) || !Uri.TryCreate(value, UriKind.Absolute, out var location))
        {
            throw new DocumentIntelligenceException("Document Intelligence accepted the document but sent no valid Operation-Location.", response.Status, null, operationFailed: false);
        }

        // The credential goes wherever we poll; never follow a location off the configured resource.
        if (Uri.Compare(location, _endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new DocumentIntelligenceException($"Document Intelligence sent an Operation-Location on another host ({location.Host}); refusing to poll it.", response.Status, null, operationFailed: false);
        }

        LogSubmitted(_logger, content.Length, contentType, _modelId);
        return (location, RetryAfter(response, _time));
    }

    private async Task<AnalyzeResult> PollAsync(Uri location, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var delay = retryAfter ?? _pollInterval;
        for (var poll = 1; ; poll++)
        {
            await Task.Delay(delay, _time, cancellationToken);

            using var message = _pipeline.CreateMessage();
            message.Request.Method = RequestMethod.Get;
            message.Request.Uri.Reset(location);
            message.Request.Headers.Add(HttpHeader.Names.Accept, "application/json");
            await _pipeline.SendAsync(message, cancellationToken);
            var response = message.Response;
            if (response.Status != 200)
            {
                throw Refusal(response);
            }

            var operation = Read<AnalyzeOperation>(response);
            LogPolled(_logger, poll, operation.Status);
            switch (operation.Status)
            {
                case "succeeded":
                    return operation.AnalyzeResult
                        ?? throw new DocumentIntelligenceException("Document Intelligence reported success without an analyzeResult.", response.Status, null, operationFailed: true);
                case "failed":
                case "canceled":
                    throw OperationFailure(operation);
                case "notStarted":
                case "running":
                    delay = RetryAfter(response, _time) ?? _pollInterval;
                    break;
                default:
                    throw new DocumentIntelligenceException($"Document Intelligence reported an unknown operation status '{operation.Status}'.", response.Status, null, operationFailed: true);
            }
        }
    }

    /// <summary>A non-success answer after the pipeline's retries: transient for 408/429/5xx, otherwise a refusal.</summary>
    private Exception Refusal(Response response)
    {
        var error = TryRead<DocumentIntelligenceErrorResponse>(response)?.Error;
        var described = error?.Describe() ?? (string.IsNullOrEmpty(response.ReasonPhrase) ? "no error body" : response.ReasonPhrase);
        LogRefused(_logger, response.Status, error?.Code, error?.InnermostCode());
        if (response.Status is 408 or 429 or >= 500)
        {
            var what = response.Status == 429 ? "throttled the request" : "is unavailable";
            return new TransientOcrException($"Document Intelligence {what} (HTTP {response.Status}, {described}) after the configured retries.", response.Status, RetryAfter(response, _time));
        }

        return new DocumentIntelligenceException($"Document Intelligence refused the document (HTTP {response.Status}, {described}).", response.Status, error, operationFailed: false);
    }

    private Exception OperationFailure(AnalyzeOperation operation)
    {
        var error = operation.Error;
        var described = error?.Describe() ?? "no error given";
        LogOperationFailed(_logger, operation.Status, error?.Code, error?.InnermostCode());
        return DocumentIntelligenceErrors.IsTransient(error)
            ? new TransientOcrException($"Document Intelligence analysis failed on the service side ({described}).", 0, null)
            : new DocumentIntelligenceException($"Document Intelligence analysis {operation.Status} ({described}).", 0, error, operationFailed: true);
    }

    /// <summary>Retry-After as seconds or an HTTP date (RFC 9110), or retry-after-ms; null when absent or unreadable.</summary>
    internal static TimeSpan? RetryAfter(Response response, TimeProvider time)
    {
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeSpan.FromTicks(Math.Max(0, (at - time.GetUtcNow()).Ticks))
            : null;
    }

    private static T Read<T>(Response response)
    {
        try
        {
            return response.Content.ToObjectFromJson<T>(WireJson.Options)
                ?? throw new DocumentIntelligenceException("Document Intelligence sent an empty response body.", response.Status, null, operationFailed: false);
        }
        catch (JsonException exception)
        {
            throw new DocumentIntelligenceException($"Document Intelligence sent a response Intake cannot read: {exception.Message}", exception);
        }
    }

    private static T? TryRead<T>(Response response)
        where T : class
    {
        try
        {
            return response.Content.ToMemory().IsEmpty ? null : response.Content.ToObjectFromJson<T>(WireJson.Options);
        }
        catch (JsonException)
        {
            // An error body that is not the documented JSON (a proxy's HTML page, say): the status alone must do.
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Submitted {ByteCount} bytes ({ContentType}) to Document Intelligence model {ModelId}")]
    private static partial void LogSubmitted(ILogger logger, int byteCount, string contentType, string modelId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Document Intelligence poll {Poll}: {OperationStatus}")]
    private static partial void LogPolled(ILogger logger, int poll, string? operationStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document Intelligence analysed {PageCount} pages, {ParagraphCount} paragraphs in {ElapsedMs} ms")]
    private static partial void LogSucceeded(ILogger logger, int pageCount, int paragraphCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document Intelligence answered HTTP {Status} ({ErrorCode}/{InnerErrorCode})")]
    private static partial void LogRefused(ILogger logger, int status, string? errorCode, string? innerErrorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document Intelligence operation {OperationStatus} ({ErrorCode}/{InnerErrorCode})")]
    private static partial void LogOperationFailed(ILogger logger, string? operationStatus, string? errorCode, string? innerErrorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document Intelligence gave no result within {TimeoutSeconds} s")]
    private static partial void LogTimedOut(ILogger logger, double timeoutSeconds);

    // The exception itself travels on inside TransientOcrException; the host logs it once.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Document Intelligence at {Host} could not be reached: {Problem}")]
    private static partial void LogUnreachable(ILogger logger, string host, string problem);
}
