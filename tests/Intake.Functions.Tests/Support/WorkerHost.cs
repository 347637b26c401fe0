using Intake.Pipeline.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Tests.Support;

/// <summary>
/// The function app's real host, built as Program.cs builds it (FunctionsApplication.CreateBuilder,
/// then <see cref="IntakeFunctionsBuilder.ConfigureIntakeFunctions"/>) but never started: there is no
/// Functions host here to connect to. Function classes are created from its services the way the
/// worker creates them (ActivatorUtilities), so they get exactly the deployed app's dependencies.
/// </summary>
public sealed class WorkerHost : IDisposable
{
    private readonly IHost _host;

    private WorkerHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IntakeStorageClients Clients => Services.GetRequiredService<IntakeStorageClients>();

    public static async Task<WorkerHost> BuildAsync(IntakeStorageOptions options, StorageClientTuning? tuning = null, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.ConfigureIntakeFunctions();
        builder.Configuration.AddInMemoryCollection(StorageSettings.For(options));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (tuning is not null)
        {
            builder.Services.AddSingleton(tuning);
        }

        services?.Invoke(builder.Services);
        var host = new WorkerHost(builder.Build());
        await host.Clients.EnsureCreatedAsync();
        return host;
    }

    /// <summary>A function class as the worker's function activator makes it.</summary>
    public T Function<T>()
        where T : class => ActivatorUtilities.CreateInstance<T>(Services);

    public void Dispose() => _host.Dispose();
}
