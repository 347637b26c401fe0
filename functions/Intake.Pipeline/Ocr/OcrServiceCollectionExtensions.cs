using Intake.Pipeline.Extraction;
using Intake.Pipeline.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Ocr;

public static class OcrServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DocumentIntelligenceOptions"/> from section <c>DocumentIntelligence</c>, validates
    /// them at start, and makes <see cref="IOcrService"/> Document Intelligence when
    /// <c>DocumentIntelligence:Endpoint</c> is set, otherwise <see cref="OcrNotConfigured"/> (NeedsOcr, with
    /// how to enable it). Replaces any earlier IOcrService registration, so call order does not matter.
    /// </summary>
    public static IServiceCollection AddDocumentIntelligenceOcr(this IServiceCollection services)
    {
        services.AddOptions<DocumentIntelligenceOptions>().BindConfiguration(DocumentIntelligenceOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DocumentIntelligenceOptions>, DocumentIntelligenceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SettingNames.Either);
        services.Replace(ServiceDescriptor.Singleton<IOcrService>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DocumentIntelligenceOptions>>();
            return options.Value.IsConfigured
                ? new DocumentIntelligenceOcrService(options, provider.GetRequiredService<TimeProvider>(), provider.GetService<ILoggerFactory>())
                : new OcrNotConfigured();
        }));
        return services;
    }
}

/// <summary>Fails start-up with every problem in the DocumentIntelligence section, so a typo is not found on the first scan.</summary>
internal sealed class DocumentIntelligenceOptionsValidator(SettingNames names) : IValidateOptions<DocumentIntelligenceOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentIntelligenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems(names);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
