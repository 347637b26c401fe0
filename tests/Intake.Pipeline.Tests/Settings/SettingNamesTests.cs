using Intake.Pipeline.Ocr;
using Intake.Pipeline.Settings;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Tests.Settings;

public sealed class SettingNamesTests
{
    [Fact]
    public void Of_NamesTheSettingAsEachHostsUserSetsIt()
    {
        Assert.Equal("environment variable INTAKE_DocumentIntelligence__Endpoint", SettingNames.Cli.Of("DocumentIntelligence:Endpoint"));
        Assert.Equal("app setting DocumentIntelligence__Endpoint", SettingNames.FunctionApp.Of("DocumentIntelligence:Endpoint"));
        Assert.Equal("INTAKE_DocumentIntelligence__Endpoint (CLI environment variable) or DocumentIntelligence__Endpoint (function app setting)", SettingNames.Either.Of("DocumentIntelligence:Endpoint"));
    }

    [Fact]
    public void Of_CliSettingWithAnOption_NamesTheOption()
    {
        Assert.Equal("--workers", SettingNames.Cli.Of("Serve:Workers"));
        Assert.StartsWith("--connection-string (or environment variable IntakeStorage__ConnectionString)", SettingNames.Cli.Of("IntakeStorage:ConnectionString"), StringComparison.Ordinal);
    }

    [Fact]
    public void OcrValidation_InTheCli_NamesTheEnvironmentVariable()
    {
        using var provider = Services(SettingNames.Cli, new() { ["DocumentIntelligence:Endpoint"] = "not a url" }).AddIntakePipeline().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DocumentIntelligenceOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("environment variable INTAKE_DocumentIntelligence__Endpoint must be an absolute https URL", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("DocumentIntelligence:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageValidation_InTheFunctionApp_NamesTheAppSettings()
    {
        using var provider = Services(SettingNames.FunctionApp, new() { ["IntakeStorage:MaxDequeueCount"] = "0", ["IntakeStorage:ClaimDuration"] = "00:00:00" }).AddIntakeStorage().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IntakeStorageOptions>>().Value);

        Assert.Contains("app setting IntakeStorage__MaxDequeueCount must be at least 1.", error.Failures);
        Assert.Contains("app setting IntakeStorage__ClaimDuration must be positive.", error.Failures);
    }

    [Fact]
    public void StorageClients_ServiceUrisMissing_NameTheSettingsTheHostsWay()
    {
        var options = Options.Create(new IntakeStorageOptions { BlobServiceUri = new Uri("https://account.blob.core.windows.net/") });

        var error = Assert.Throws<InvalidOperationException>(() => new IntakeStorageClients(options, names: SettingNames.FunctionApp));

        Assert.Equal("app setting IntakeStorage__QueueServiceUri is required when app setting IntakeStorage__BlobServiceUri is set.", error.Message);
    }

    // The host registers its names before the pipeline, as the CLI and the function app do.
    private static ServiceCollection Services(SettingNames names, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(names);
        return services;
    }
}
