using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Ocr;
using Intake.Pipeline.Scanning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Tests.Ocr;

/// <summary>The whole pipeline as the hosts build it (AddIntakePipeline and configuration), with and without OCR.</summary>
public sealed class ScanWithOcrTests : IAsyncLifetime
{
    private FakeDocumentIntelligence _service = null!;

    public Task InitializeAsync()
    {
        _service = FakeDocumentIntelligence.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Scan_ImageOnlyPdfWithOcrConfigured_CompletesWithTheRecognisedClauses()
    {
        _service.Succeeds(ScanTexts.Agreement().Build());
        await using var provider = Pipeline(new() { ["DocumentIntelligence:Endpoint"] = _service.Endpoint.ToString(), ["DocumentIntelligence:Key"] = "test-key" });

        var report = await provider.GetRequiredService<DocumentScanner>().ScanAsync(new ScanRequest("signed-scan.pdf", TestPdfs.ImageOnly(pages: 2)));

        Assert.Equal(DocumentStatus.Completed, report.Status);
        Assert.Null(report.Reason);
        Assert.Equal(DocumentKind.Pdf, report.Kind);
        Assert.Equal(2, report.Pages);
        Assert.True(report.Clauses >= 4, $"{report.Clauses} clauses");
        Assert.Equal("application/pdf", _service.Requests[0].ContentType);
        Assert.Equal("test-key", _service.Requests[0].SubscriptionKey);
        if (provider.GetRequiredService<IClauseClassifier>().ModelVersion is not null)
        {
            // With a clause model installed, assignment of all inventions and hand-over of know-how are findings.
            Assert.NotEmpty(report.Findings);
        }
    }

    [Fact]
    public async Task Scan_PngWithOcrConfigured_CompletesAndLeavesPageFurnitureOutOfClauses()
    {
        _service.Succeeds(new AnalyzeResultBuilder()
            .Paragraph(1, ScanTexts.EnglishHeader, "pageHeader")
            .Paragraph(1, ScanTexts.JapaneseHeading, "sectionHeading")
            .Paragraph(1, ScanTexts.JapaneseBody)
            .Paragraph(1, ScanTexts.JapaneseBody2)
            .Paragraph(1, ScanTexts.EnglishFooter, "pageFooter")
            .Build());
        await using var provider = Pipeline(new() { ["DocumentIntelligence:Endpoint"] = _service.Endpoint.ToString(), ["DocumentIntelligence:Key"] = "test-key" });

        var report = await provider.GetRequiredService<DocumentScanner>().ScanAsync(new ScanRequest("fax.png", TestImages.BlankPng()));

        Assert.Equal(DocumentStatus.Completed, report.Status);
        Assert.Equal(DocumentKind.Image, report.Kind);
        Assert.Equal("ja", report.Language);
        Assert.Equal(2, report.Clauses);
        Assert.Equal("image/png", _service.Requests[0].ContentType);
    }

    [Fact]
    public async Task Scan_ImageOnlyPdfWithoutOcr_IsNeedsOcrSayingHowToEnableIt()
    {
        await using var provider = Pipeline([]);

        var report = await provider.GetRequiredService<DocumentScanner>().ScanAsync(new ScanRequest("signed-scan.pdf", TestPdfs.ImageOnly()));

        Assert.Equal(DocumentStatus.NeedsOcr, report.Status);
        Assert.Contains("INTAKE_DocumentIntelligence__Endpoint (CLI)", report.Reason, StringComparison.Ordinal);
        Assert.IsType<OcrNotConfigured>(provider.GetRequiredService<IOcrService>());
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task Scan_PngWithoutOcr_IsNeedsOcrSayingHowToEnableIt()
    {
        await using var provider = Pipeline([]);

        var report = await provider.GetRequiredService<DocumentScanner>().ScanAsync(new ScanRequest("photo.png", TestImages.BlankPng()));

        Assert.Equal(DocumentStatus.NeedsOcr, report.Status);
        Assert.Contains("app setting DocumentIntelligence__Endpoint (function app)", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_DocumentTheServiceRefuses_IsRejectedWithTheServiceMessage()
    {
        _service.OnAnalyze = (_, _) => FakeReply.Error(400, FakeReply.ErrorObject("InvalidRequest", "Invalid request.", "InvalidContent", "The file is corrupted or format is unsupported."));
        await using var provider = Pipeline(new() { ["DocumentIntelligence:Endpoint"] = _service.Endpoint.ToString(), ["DocumentIntelligence:Key"] = "test-key" });

        var report = await provider.GetRequiredService<DocumentScanner>().ScanAsync(new ScanRequest("odd.png", TestImages.BlankPng()));

        Assert.Equal(DocumentStatus.Rejected, report.Status);
        Assert.Contains("InvalidContent: The file is corrupted", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_WithAnEndpoint_UsesDocumentIntelligence()
    {
        await using var provider = Pipeline(new() { ["DocumentIntelligence:Endpoint"] = "https://example-docintel.cognitiveservices.azure.com/", ["DocumentIntelligence:ClientId"] = "00000000-0000-0000-0000-000000000001" });

        var ocr = provider.GetRequiredService<IOcrService>();

        Assert.IsType<DocumentIntelligenceOcrService>(ocr);
        Assert.True(ocr.IsConfigured);
    }

    [Fact]
    public async Task Registration_WithABadSection_FailsValidationNamingEveryProblem()
    {
        await using var provider = Pipeline(new() { ["DocumentIntelligence:Endpoint"] = "not a url", ["DocumentIntelligence:MaxPages"] = "5000" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DocumentIntelligenceOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("DocumentIntelligence__Endpoint (function app setting) must be an absolute https URL", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("DocumentIntelligence__MaxPages (function app setting) must be between 1 and 2000", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_PlainHttpWithoutAKey_IsAProblemBecauseTokensNeedHttps()
    {
        var problems = new DocumentIntelligenceOptions { Endpoint = "http://127.0.0.1:5000/" }.Problems();

        Assert.Contains(problems, p => p.Contains("must use https", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_Defaults_AreTheStandardTierLimits()
    {
        var options = new DocumentIntelligenceOptions();

        Assert.Equal("prebuilt-layout", options.ModelId);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Timeout);
        Assert.Equal(500L * 1024 * 1024, options.MaxBytes);
        Assert.Equal(2000, options.MaxPages);
        Assert.False(options.IsConfigured);
        Assert.Empty(options.Problems());
    }

    private static ServiceProvider Pipeline(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FastForwardTimeProvider())
            .AddLogging();
        services.AddIntakePipeline();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
