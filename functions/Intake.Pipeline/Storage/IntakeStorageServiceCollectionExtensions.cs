using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Storage;

public static class IntakeStorageServiceCollectionExtensions
{
    /// <summary>
    /// Storage for the deployed shape: clients from configuration section <c>IntakeStorage</c>
    /// (Azurite when nothing is set), the two tables, the reports container and the ingestor.
    /// Needs <see cref="IntakePipelineServiceCollectionExtensions.AddIntakePipeline"/> for the scanner.
    /// </summary>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services)
    {
        services.AddOptions<IntakeStorageOptions>()
            .BindConfiguration(IntakeStorageOptions.SectionName)
            .Validate(o => o.MaxDequeueCount >= 1, "IntakeStorage:MaxDequeueCount must be at least 1.")
            .Validate(o => o.MaxDocumentBytes > 0, "IntakeStorage:MaxDocumentBytes must be positive.")
            .Validate(o => o.ClaimDuration > TimeSpan.Zero, "IntakeStorage:ClaimDuration must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new IntakeStorageClients(
            sp.GetRequiredService<IOptions<IntakeStorageOptions>>(),
            sp.GetService<StorageClientTuning>()));
        services.TryAddSingleton<DocumentStore>();
        services.TryAddSingleton<ReportStore>();
        services.TryAddSingleton<DocumentIngestor>();
        services.TryAddSingleton<DocumentUploader>();
        services.TryAddSingleton<EventMessageProcessor>();
        return services;
    }
}
