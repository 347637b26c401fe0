using Intake.Pipeline.Extraction;
using Intake.Pipeline.Ocr;

namespace Intake.Pipeline.Tests.Ocr;

public sealed class DocumentIntelligenceOcrServiceTests : IAsyncLifetime
{
    private static readonly byte[] s_png = TestImages.BlankPng();

    private FakeDocumentIntelligence _service = null!;

    public Task InitializeAsync()
    {
        _service = FakeDocumentIntelligence.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Recognize_ScanTheServiceReads_CompletesWithBlocksPagesAndRoles()
    {
        _service.Succeeds(ScanTexts.Agreement().Build());

        var result = await Service().RecognizeAsync(s_png, DocumentKind.Image, 1);

        Assert.Equal(DocumentStatus.Completed, result.Status);
        Assert.Equal(DocumentKind.Image, result.Kind);
        Assert.Equal(2, result.Pages);
        Assert.Contains(result.Document!.Blocks, b => b.Text == ScanTexts.JapaneseBody && b.Page == 2 && b.Role == TextBlockRole.Body);
        Assert.Equal("image/png", _service.Requests[0].ContentType);
    }

    [Fact]
    public async Task Recognize_Pdf_IsSentAsApplicationPdf()
    {
        _service.Succeeds(ScanTexts.Agreement().Build());
        var pdf = "%PDF-1.7\n% an image-only PDF stand-in\n"u8.ToArray();

        var result = await Service().RecognizeAsync(pdf, DocumentKind.Pdf, 2);

        Assert.Equal(DocumentStatus.Completed, result.Status);
        Assert.Equal("application/pdf", _service.Requests[0].ContentType);
    }

    [Fact]
    public async Task Recognize_FileOverMaxBytes_IsRejectedNamingTheLimitWithoutCallingTheService()
    {
        var result = await Service(o => o.MaxBytes = 4 * 1024 * 1024).RecognizeAsync(new byte[(4 * 1024 * 1024) + 1], DocumentKind.Image, 1);

        Assert.Equal(DocumentStatus.Rejected, result.Status);
        Assert.Contains("4,194,304 bytes", result.Reason, StringComparison.Ordinal);
        Assert.Contains("INTAKE_DocumentIntelligence__MaxBytes (CLI environment variable) or DocumentIntelligence__MaxBytes (function app setting)", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task Recognize_PdfOverMaxPages_IsRejectedNamingTheLimitWithoutCallingTheService()
    {
        var result = await Service(o => o.MaxPages = 2).RecognizeAsync("%PDF-1.7\n"u8.ToArray(), DocumentKind.Pdf, 3);

        Assert.Equal(DocumentStatus.Rejected, result.Status);
        Assert.Equal(3, result.Pages);
        Assert.Contains("3 exceeds the Document Intelligence limit of 2 pages (INTAKE_DocumentIntelligence__MaxPages (CLI environment variable) or DocumentIntelligence__MaxPages (function app setting))", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task Recognize_DocumentTheServiceRefuses_IsRejectedWithTheServiceMessage()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Error(400, FakeReply.ErrorObject("InvalidRequest", "Invalid request.", "InvalidContent", "The file is corrupted or format is unsupported."));

        var result = await Service().RecognizeAsync(s_png, DocumentKind.Image, 1);

        Assert.Equal(DocumentStatus.Rejected, result.Status);
        Assert.Contains("InvalidRequest: Invalid request. (InvalidContent: The file is corrupted or format is unsupported.)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recognize_OperationFailedOnTheDocument_IsRejected()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Accepted(_service.OperationLocation());
        _service.OnPoll = (_, _) => FakeReply.Operation("failed", error: FakeReply.ErrorObject("InvalidRequest", "Invalid request.", "InvalidContentDimensions", "The input image dimensions are out of range."));

        var result = await Service().RecognizeAsync(s_png, DocumentKind.Image, 1);

        Assert.Equal(DocumentStatus.Rejected, result.Status);
        Assert.Contains("InvalidContentDimensions", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recognize_WrongKey_IsFailedNotRejected()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Error(401, FakeReply.ErrorObject("401", "Access denied due to invalid subscription key or wrong API endpoint."));

        var result = await Service().RecognizeAsync(s_png, DocumentKind.Image, 1);

        Assert.Equal(DocumentStatus.Failed, result.Status);
        Assert.Contains("HTTP 401", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recognize_ThrottledPastTheRetries_LetsTheTransientExceptionThroughForTheHostToRetry()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Error(429, FakeReply.ErrorObject("TooManyRequests", "Rate limit exceeded."), retryAfterSeconds: 0);

        await Assert.ThrowsAsync<TransientOcrException>(() => Service(o => o.MaxRetries = 1).RecognizeAsync(s_png, DocumentKind.Image, 1));
    }

    [Fact]
    public async Task Recognize_BlankScan_IsRejectedAsHavingNoText()
    {
        _service.Succeeds(new AnalyzeResultBuilder().Paragraph(1, "3", "pageNumber").Build());

        var result = await Service().RecognizeAsync(s_png, DocumentKind.Image, 1);

        Assert.Equal(DocumentStatus.Rejected, result.Status);
        Assert.StartsWith("no text recognised", result.Reason, StringComparison.Ordinal);
    }

    private DocumentIntelligenceOcrService Service(Action<DocumentIntelligenceOptions>? configure = null)
    {
        var options = new DocumentIntelligenceOptions { Endpoint = _service.Endpoint.ToString(), Key = "test-key" };
        configure?.Invoke(options);
        var clientOptions = new DocumentIntelligenceClientOptions();
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return new DocumentIntelligenceOcrService(new DocumentIntelligenceClient(options, new FastForwardTimeProvider(), clientOptions: clientOptions), options);
    }
}
