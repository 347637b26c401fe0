using Intake.Pipeline.Settings;
using Intake.Pipeline.Signals.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Storage;

public static class IntakeStorageServiceCollectionExtensions
{
    /// <summary>
    /// Storage for the deployed shape: clients from configuration section <c>IntakeStorage</c>
    /// (Azurite when nothing is set), the two tables, the reports container, the uploader, and the
    /// screening lists of the <c>screening-lists</c> container.
    /// </summary>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services)
    {
        services.AddOptions<IntakeStorageOptions>()
            .Configure<IConfiguration>(ApplyDeploymentNames)
            .BindConfiguration(IntakeStorageOptions.SectionName)
            .ValidateOnStart();
        services.TryAddSingleton(SettingNames.Either);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntakeStorageOptions>, IntakeStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new IntakeStorageClients(
            sp.GetRequiredService<IOptions<IntakeStorageOptions>>(),
            sp.GetService<StorageClientTuning>(),
            sp.GetRequiredService<SettingNames>()));
        services.TryAddSingleton<DocumentStore>();
        services.TryAddSingleton<ReportStore>();
        services.TryAddSingleton<DocumentUploader>();

        // The deployed shape screens parties against the CSV blobs of the screening-lists container.
        services.AddOptions<ScreeningOptions>().BindConfiguration(ScreeningOptions.SectionName);
        services.AddSingleton<IScreeningListSource>(sp => new BlobScreeningListSource(
            sp.GetRequiredService<IntakeStorageClients>().Blobs.GetBlobContainerClient(sp.GetRequiredService<IOptions<ScreeningOptions>>().Value.Container),
            sp.GetRequiredService<IOptions<ScreeningOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BlobScreeningListSource>>()));
        return services;
    }

    /// <summary>
    /// The Bicep deployment names the containers, queue and tables in section <c>Intake</c>
    /// (<c>Intake__IntakeContainer</c>, <c>Intake__EventsQueue</c>, ...); honour them, and let
    /// <c>IntakeStorage:*</c> override.
    /// </summary>
    private static void ApplyDeploymentNames(IntakeStorageOptions options, IConfiguration configuration)
    {
        var names = configuration.GetSection("Intake");
        options.InputContainer = names["IntakeContainer"] ?? options.InputContainer;
        options.ReportsContainer = names["ReportsContainer"] ?? options.ReportsContainer;
        options.EventsQueue = names["EventsQueue"] ?? options.EventsQueue;
        options.PoisonQueue = names["PoisonQueue"] ?? (names["EventsQueue"] is { } queue ? queue + "-poison" : options.PoisonQueue);
        options.DocumentsTable = names["DocumentsTable"] ?? options.DocumentsTable;
        options.FindingsTable = names["FindingsTable"] ?? options.FindingsTable;
    }
}
