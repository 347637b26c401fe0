using Intake.Hosting;
using Intake.Pipeline.Settings;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions;

/// <summary>
/// Program.cs in one call, so the tests that build this app's host without starting it make exactly
/// the registrations the deployed app makes.
/// </summary>
public static class IntakeFunctionsBuilder
{
    private const string ApplicationInsightsLoggerProviderName = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    public static FunctionsApplicationBuilder ConfigureIntakeFunctions(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();

        // The Application Insights SDK adds a rule that keeps only the worker's warnings; drop it so the
        // Information lines (one per recorded document; never clause text) reach Application Insights too.
        builder.Services.Configure<LoggerFilterOptions>(options =>
        {
            var warningsOnly = options.Rules.FirstOrDefault(rule => rule.ProviderName == ApplicationInsightsLoggerProviderName);
            if (warningsOnly is not null)
            {
                options.Rules.Remove(warningsOnly);
            }
        });
        // Messages name settings as app settings (DocumentIntelligence__Endpoint), the way a function app is configured.
        builder.Services.AddSingleton(SettingNames.FunctionApp);
        builder.Services.ConfigureIntake();
        return builder;
    }
}
