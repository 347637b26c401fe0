using System.CommandLine;
using Intake.Hosting;
using Intake.Hosting.Serve;
using Intake.Pipeline.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake serve [--workers N] [--urls URL]</c>: the function app's services and HTTP handlers without
/// the Functions host (the same HTTP API: /api/documents...) plus N queue workers consuming
/// <c>intake-events</c> as the host's queue trigger would. Ctrl+C or SIGTERM stops receiving and lets in-flight documents finish.
/// </summary>
internal static class ServeCommand
{
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromMinutes(2);

    public static Command Create()
    {
        var workers = new Option<int>("--workers", "-w")
        {
            Description = "Concurrent queue workers in this process.",
            DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount),
        };
        workers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError("--workers must be from 1 to 64.");
            }
        });

        var urls = new Option<string>("--urls")
        {
            Description = "Where the HTTP API listens.",
            DefaultValueFactory = _ => "http://127.0.0.1:7071",
            HelpName = "URL",
        };

        var connection = new StorageConnection();
        var command = new Command("serve", "Run the function app locally: the HTTP API plus queue workers that scan uploaded documents (Azurite by default).")
        {
            workers, urls,
        };
        connection.AddTo(command);

        // A synchronous action on purpose: the host's own console lifetime handles Ctrl+C and SIGTERM
        // and waits for in-flight documents, rather than the parser's short termination timeout.
        command.SetAction(parseResult =>
        {
            var options = connection.Resolve(parseResult);
            var builder = WebApplication.CreateBuilder();
            // Settings as every intake command reads them (INTAKE_DocumentIntelligence__Endpoint …), and messages that say so.
            builder.Configuration.AddEnvironmentVariables("INTAKE_");
            builder.Services.AddSingleton(SettingNames.Cli);
            builder.Services.ConfigureIntake();
            builder.WebHost.UseUrls(parseResult.GetValue(urls)!);
            builder.Configuration.AddInMemoryCollection(StorageConnection.ToConfiguration(options));
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = s_shutdownTimeout);
            builder.Services.AddIntakeQueueWorkers(w =>
            {
                w.Workers = parseResult.GetValue(workers);
                w.CreateResources = !options.UsesServiceUris;
            });

            using var app = builder.Build();
            app.MapIntakeApi();
            app.Run();
            return 0;
        });
        return command;
    }
}
