using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Pipeline.Ingestion;

public static class IntakeIngestionServiceCollectionExtensions
{
    /// <summary>
    /// From a queue message to a recorded document: the ingestor and the event processor. Adds
    /// <see cref="IntakeStorageServiceCollectionExtensions.AddIntakeStorage"/>; needs
    /// <see cref="IntakePipelineServiceCollectionExtensions.AddIntakePipeline"/> for the scanner.
    /// </summary>
    public static IServiceCollection AddIntakeIngestion(this IServiceCollection services)
    {
        services.AddIntakeStorage();
        services.TryAddSingleton<DocumentIngestor>();
        services.TryAddSingleton<EventMessageProcessor>();
        return services;
    }
}
