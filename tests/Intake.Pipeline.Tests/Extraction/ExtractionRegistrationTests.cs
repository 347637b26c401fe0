using Intake.Pipeline.Extraction;
using Intake.Pipeline.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Tests.Extraction;

public sealed class ExtractionRegistrationTests
{
    [Fact]
    public void AddIntakePipeline_WithoutSettings_UsesTheDocumentedDefaults()
    {
        using var provider = Provider([]);

        var options = provider.GetRequiredService<IOptions<ExtractionOptions>>().Value;

        Assert.Equal(50L * 1024 * 1024, options.MaxBytes);
        Assert.Equal(500, options.MaxPdfPages);
        Assert.Equal(200L * 1024 * 1024, options.MaxDocxUncompressedBytes);
        Assert.Equal(2000, options.MaxDocxEntries);
        Assert.Equal(100, options.MaxCompressionRatio);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Timeout);
        Assert.True(options.ReadPermissionsOnlyEncryptedPdf);
    }

    [Fact]
    public async Task AddIntakePipeline_BindsTheExtractionSectionIntoTheExtractor()
    {
        using var provider = Provider(new() { ["Extraction:MaxBytes"] = "2048" });
        var extractor = provider.GetRequiredService<IDocumentExtractor>();

        var result = await extractor.ExtractAsync(FixtureFiles.Utf8(new string('x', 4096)), "big.txt");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "file is 4 KB", "the limit is 2 KB");
    }

    [Fact]
    public async Task AddIntakePipeline_WithoutOcrSettings_ReportsImagesAsNeedingOcr()
    {
        using var provider = Provider([]);

        var result = await provider.GetRequiredService<IDocumentExtractor>().ExtractAsync(FixtureFiles.Png(), "scan.png");

        Assert.False(provider.GetRequiredService<IOcrService>().IsConfigured);
        ExtractionAssert.Reason(result, DocumentStatus.NeedsOcr, "INTAKE_DocumentIntelligence__Endpoint", "app setting DocumentIntelligence__Endpoint");
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddIntakePipeline()
            .BuildServiceProvider();
}
