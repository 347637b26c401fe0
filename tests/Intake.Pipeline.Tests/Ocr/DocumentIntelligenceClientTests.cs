using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using Intake.Pipeline.Ocr;

namespace Intake.Pipeline.Tests.Ocr;

public sealed class DocumentIntelligenceClientTests : IAsyncLifetime
{
    private static readonly byte[] s_png = TestImages.BlankPng();

    private readonly FastForwardTimeProvider _time = new();
    private FakeDocumentIntelligence _service = null!;

    public Task InitializeAsync()
    {
        _service = FakeDocumentIntelligence.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Analyze_PostsTheBytesWithTheirContentTypeKeyAndApiVersion_ThenPollsTheOperationLocation()
    {
        _service.Succeeds(ScanTexts.Agreement().Build(), runningPolls: 1);

        var result = await Client().AnalyzeAsync(s_png, "image/png");

        var post = _service.Requests[0];
        Assert.Equal("POST", post.Method);
        Assert.Equal("/documentintelligence/documentModels/prebuilt-layout:analyze?api-version=2024-11-30&stringIndexType=utf16CodeUnit", post.PathAndQuery);
        Assert.Equal("image/png", post.ContentType);
        Assert.Equal("test-key", post.SubscriptionKey);
        Assert.Equal(s_png, post.Body);
        Assert.All(_service.Requests.Skip(1), get =>
        {
            Assert.Equal("GET", get.Method);
            Assert.Equal(_service.OperationLocation().PathAndQuery, get.PathAndQuery);
            Assert.Equal("test-key", get.SubscriptionKey);
        });
        Assert.Equal(3, _service.Requests.Count);
        Assert.Equal("prebuilt-layout", result.ModelId);
        Assert.Equal(2, result.Pages!.Count);
        Assert.Contains(result.Paragraphs!, p => p.Content == ScanTexts.JapaneseBody);
    }

    [Fact]
    public async Task Analyze_WaitsAsLongAsEachRetryAfterAsksBetweenPolls()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(_service.OperationLocation(), retryAfterSeconds: 3);
        _service.OnPoll = (_, attempt) => attempt switch
        {
            1 => FakeReply.Operation("notStarted", retryAfterSeconds: 2),
            2 => FakeReply.Operation("running", retryAfterSeconds: 5),
            _ => FakeReply.Operation("succeeded", ScanTexts.Agreement().Build()),
        };

        await Client().AnalyzeAsync(s_png, "image/png");

        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)], _time.Waits);
    }

    [Fact]
    public async Task Analyze_WithoutRetryAfter_PollsAtTheConfiguredInterval()
    {
        _service.Succeeds(ScanTexts.Agreement().Build(), runningPolls: 2, retryAfterSeconds: null);

        await Client(o => o.PollInterval = TimeSpan.FromMilliseconds(750)).AnalyzeAsync(s_png, "image/png");

        Assert.Equal(Enumerable.Repeat(TimeSpan.FromMilliseconds(750), 3), _time.Waits);
    }

    [Fact]
    public async Task Analyze_RefusedWith400_ThrowsWithTheServiceCodeMessageAndInnerError()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Error(400, FakeReply.ErrorObject(
            "InvalidRequest", "Invalid request.", "InvalidContent", "The file is corrupted or format is unsupported. Refer to documentation for the list of supported formats."));

        var error = await Assert.ThrowsAsync<DocumentIntelligenceException>(() => Client().AnalyzeAsync(s_png, "image/png"));

        Assert.Equal(400, error.Status);
        Assert.Equal("InvalidRequest", error.ErrorCode);
        Assert.Equal("InvalidContent", error.Error!.InnerError!.Code);
        Assert.Contains("InvalidRequest: Invalid request. (InvalidContent: The file is corrupted", error.Message, StringComparison.Ordinal);
        Assert.Single(_service.Requests);
    }

    [Fact]
    public async Task Analyze_ThrottledOnce_IsRetriedByThePipelineAfterTheRetryAfter()
    {
        _service.OnAnalyze = (_, attempt) => attempt == 1
            ? FakeReply.Error(429, FakeReply.ErrorObject("TooManyRequests", "Rate limit exceeded."), retryAfterSeconds: 1)
            : FakeReply.Accepted(_service.OperationLocation(), retryAfterSeconds: 1);
        _service.OnPoll = (_, _) => FakeReply.Operation("succeeded", ScanTexts.Agreement().Build());

        var clock = Stopwatch.StartNew();
        var result = await Client().AnalyzeAsync(s_png, "image/png");

        // Azure.Core's retry policy waits in real time; Retry-After: 1 must hold it for about a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, _service.Requests.Count(r => r.Method == "POST"));
        Assert.Equal(2, result.Pages!.Count);
    }

    [Fact]
    public async Task Analyze_ThrottledPastTheRetries_ThrowsTransientOcrException()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Error(429, FakeReply.ErrorObject("TooManyRequests", "Rate limit exceeded."), retryAfterSeconds: 0);

        var error = await Assert.ThrowsAsync<TransientOcrException>(() => Client(o => o.MaxRetries = 2).AnalyzeAsync(s_png, "image/png"));

        Assert.Equal(429, error.Status);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Contains("throttled", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _service.Requests.Count);
    }

    [Fact]
    public async Task Analyze_ServiceUnavailableOnce_IsRetriedByThePipeline()
    {
        _service.OnAnalyze = (_, attempt) => attempt == 1
            ? FakeReply.Error(503, FakeReply.ErrorObject("ServiceUnavailable", "A transient error occurred. Try again."))
            : FakeReply.Accepted(_service.OperationLocation());
        _service.OnPoll = (_, _) => FakeReply.Operation("succeeded", ScanTexts.Agreement().Build());

        await Client().AnalyzeAsync(s_png, "image/png");

        Assert.Equal(2, _service.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Analyze_ServerErrorsWhilePollingPastTheRetries_ThrowsTransientOcrException()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(_service.OperationLocation());
        _service.OnPoll = (_, _) => FakeReply.Error(500, FakeReply.ErrorObject("InternalServerError", "An unexpected error occurred."));

        var error = await Assert.ThrowsAsync<TransientOcrException>(() => Client(o => o.MaxRetries = 1).AnalyzeAsync(s_png, "image/png"));

        Assert.Equal(500, error.Status);
        Assert.Equal(2, _service.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task Analyze_OperationFailedWithInvalidContent_ThrowsAPermanentError()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(_service.OperationLocation());
        _service.OnPoll = (_, attempt) => attempt == 1
            ? FakeReply.Operation("running")
            : FakeReply.Operation("failed", error: FakeReply.ErrorObject("InvalidRequest", "Invalid request.", "InvalidContentDimensions", "The input image dimensions are out of range."));

        var error = await Assert.ThrowsAsync<DocumentIntelligenceException>(() => Client().AnalyzeAsync(s_png, "image/png"));

        Assert.True(error.OperationFailed);
        Assert.Equal("InvalidRequest", error.ErrorCode);
        Assert.Contains("InvalidContentDimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_OperationFailedWithInternalServerError_ThrowsTransientOcrException()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(_service.OperationLocation());
        _service.OnPoll = (_, _) => FakeReply.Operation("failed", error: FakeReply.ErrorObject("InternalServerError", "An unexpected error occurred."));

        var error = await Assert.ThrowsAsync<TransientOcrException>(() => Client().AnalyzeAsync(s_png, "image/png"));

        Assert.Contains("InternalServerError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_AnalysisThatNeverFinishes_TimesOutAsTransientWhenVirtualTimePassesTheTimeout()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(_service.OperationLocation(), retryAfterSeconds: 5);
        _service.OnPoll = (_, _) => FakeReply.Operation("running", retryAfterSeconds: 5);

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TransientOcrException>(() => Client(o => o.Timeout = TimeSpan.FromSeconds(30)).AnalyzeAsync(s_png, "image/png"));

        Assert.Contains("no result within 30 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("INTAKE_DocumentIntelligence__Timeout (CLI environment variable) or DocumentIntelligence__Timeout (function app setting)", error.Message, StringComparison.Ordinal);
        // Polls at 5, 10, 15, 20, 25 s; the sixth wait is cut short by the 30 s deadline.
        Assert.Equal(5, _service.Requests.Count(r => r.Method == "GET"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "virtual time, not real time");
    }

    [Fact]
    public async Task Analyze_CancelledByTheCaller_ThrowsOperationCanceledNotTransient()
    {
        using var cancel = new CancellationTokenSource();
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(_service.OperationLocation());
        _service.OnPoll = (_, attempt) =>
        {
            if (attempt == 2)
            {
                cancel.Cancel();
            }

            return FakeReply.Operation("running");
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().AnalyzeAsync(s_png, "image/png", cancel.Token));

        Assert.True(_service.Requests.Count(r => r.Method == "GET") <= 3);
    }

    [Fact]
    public async Task Analyze_OperationLocationOnAnotherHost_IsNotFollowed()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(new Uri("https://elsewhere.example/documentintelligence/documentModels/prebuilt-layout/analyzeResults/1"));

        var error = await Assert.ThrowsAsync<DocumentIntelligenceException>(() => Client().AnalyzeAsync(s_png, "image/png"));

        Assert.Contains("another host", error.Message, StringComparison.Ordinal);
        Assert.Single(_service.Requests);
    }

    [Fact]
    public async Task Analyze_ModelNotFound_IsAPermanentRefusalWithStatus404()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Error(404, FakeReply.ErrorObject("NotFound", "Resource not found.", "ModelNotFound", "The requested model was not found."));

        var error = await Assert.ThrowsAsync<DocumentIntelligenceException>(() => Client(o => o.ModelId = "prebuilt-missing").AnalyzeAsync(s_png, "image/png"));

        Assert.Equal(404, error.Status);
        Assert.StartsWith("/documentintelligence/documentModels/prebuilt-missing:analyze?", _service.Requests[0].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthenticationPolicy_WithAKey_SendsTheSubscriptionKeyHeader()
    {
        var policy = DocumentIntelligenceClient.CreateAuthenticationPolicy(new DocumentIntelligenceOptions { Endpoint = "https://x.cognitiveservices.azure.com/", Key = "k" });

        Assert.IsType<SubscriptionKeyPolicy>(policy);
    }

    [Fact]
    public void AuthenticationPolicy_WithoutAKey_UsesABearerTokenForTheCognitiveServicesScope()
    {
        var policy = DocumentIntelligenceClient.CreateAuthenticationPolicy(new DocumentIntelligenceOptions { Endpoint = "https://x.cognitiveservices.azure.com/", ClientId = "00000000-0000-0000-0000-000000000001" });

        Assert.IsType<BearerTokenAuthenticationPolicy>(policy);
        Assert.Equal("https://cognitiveservices.azure.com/.default", DocumentIntelligenceClient.Scope);
    }

    private DocumentIntelligenceClient Client(Action<DocumentIntelligenceOptions>? configure = null)
    {
        var options = new DocumentIntelligenceOptions { Endpoint = _service.Endpoint.ToString(), Key = "test-key" };
        configure?.Invoke(options);
        var clientOptions = new DocumentIntelligenceClientOptions();
        // Azure.Core's own back-off runs in real time: keep it short, Retry-After still wins.
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        return new DocumentIntelligenceClient(options, _time, clientOptions: clientOptions);
    }
}
