using Intake.Pipeline;
using Intake.Pipeline.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Cli.Scanning;

/// <summary>
/// The service container of <c>intake scan</c>: the pipeline as the function app has it, plus the
/// local file reading. Configuration comes from environment variables prefixed <c>INTAKE_</c>
/// (e.g. <c>INTAKE_Extraction__MaxBytes=10485760</c>); logs go to standard error only,
/// so standard output carries nothing but the report.
/// </summary>
internal static class ScanServices
{
    public static ServiceProvider Build(LogLevel minimumLevel, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("INTAKE_").Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(minimumLevel)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton(SettingNames.Cli);
        services.AddIntakePipeline();
        services.AddSingleton<LocalFileScanner>();
        services.AddSingleton<ScanService>();

        // Last, so tests can replace a pipeline stage (e.g. an extractor that throws, to force Failed).
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
