using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Ocr;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Settings;
using Intake.Pipeline.Signals;
using Intake.Pipeline.Signals.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline;

public static class IntakePipelineServiceCollectionExtensions
{
    /// <summary>Everything a host needs to scan documents in process: extraction, segmentation, classification, signals, scoring.</summary>
    public static IServiceCollection AddIntakePipeline(this IServiceCollection services)
    {
        services.AddOptions<ScoringOptions>().BindConfiguration("Scoring");
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.SectionName);
        services.AddOptions<SegmentationOptions>().BindConfiguration("Segmentation");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SettingNames.Either);
        services.TryAddSingleton<IOcrService, OcrNotConfigured>();
        services.AddDocumentIntelligenceOcr(); // Document Intelligence when DocumentIntelligence:Endpoint is set
        services.TryAddSingleton<IDocumentExtractor, DocumentExtractor>();
        services.TryAddSingleton<IClauseSegmenter, ClauseSegmenter>();
        services.AddOptions<ClauseModelOptions>().BindConfiguration(ClauseModelOptions.SectionName);
        // The trained model when ml-models/clause-model.zip (or Model:Path) exists, else no findings; loaded once.
        services.TryAddSingleton<IClauseClassifier>(sp => ClassifierFactory.Create(
            sp.GetRequiredService<IOptions<ClauseModelOptions>>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(ClauseModelClassifier).FullName!)));
        services.TryAddSingleton<SignalDetector>(_ => new SignalDetector());
        // No list unless a host configures one (CLI --screening-list, the screening-lists container): reports then say "not screened".
        services.TryAddSingleton<IScreeningListSource>(FixedScreeningListSource.None);
        services.TryAddSingleton<DocumentScorer>();
        services.TryAddSingleton<DocumentScanner>();
        return services;
    }
}
