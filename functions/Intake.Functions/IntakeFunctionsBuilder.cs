using Intake.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions;

/// <summary>
/// Program.cs in one call, so the tests that build this app's host without starting it make exactly
/// the registrations the deployed app makes.
/// </summary>
public static class IntakeFunctionsBuilder
{
    public static FunctionsApplicationBuilder ConfigureIntakeFunctions(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        builder.Services.ConfigureIntake();
        return builder;
    }
}
