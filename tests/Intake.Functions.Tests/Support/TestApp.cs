using Intake.Hosting;
using Intake.Hosting.Serve;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Tests.Support;

/// <summary>
/// <c>intake serve</c> in process, as ServeCommand builds it (ConfigureIntake, MapIntakeApi), on a free
/// loopback port against Azurite: tests talk to it over real HTTP, and with workers it consumes the queue.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app, IntakeStorageOptions options)
    {
        _app = app;
        Options = options;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public IntakeStorageOptions Options { get; }

    public IServiceProvider Services => _app.Services;

    public IntakeStorageClients Clients => Services.GetRequiredService<IntakeStorageClients>();

    public static async Task<TestApp> StartAsync(
        IntakeStorageOptions options,
        Action<QueueWorkerOptions>? workers = null,
        StorageClientTuning? tuning = null,
        Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder();
        builder.Services.ConfigureIntake();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(StorageSettings.For(options));
        if (tuning is not null)
        {
            builder.Services.AddSingleton(tuning);
        }

        if (workers is not null)
        {
            builder.Services.AddIntakeQueueWorkers(workers);
        }

        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapIntakeApi();
        await app.Services.GetRequiredService<IntakeStorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        return new TestApp(app, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IntakeStorageOptions>>().Value);
    }

    /// <summary>
    /// Stops the app as a killed process would leave things: the shutdown deadline is already past, so
    /// in-flight work is cancelled at once, claims are not released and messages are not settled.
    /// </summary>
    public async Task StopAbruptlyAsync() => await _app.StopAsync(new CancellationToken(canceled: true));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
