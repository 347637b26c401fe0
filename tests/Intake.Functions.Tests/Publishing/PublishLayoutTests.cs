using System.IO.Compression;
using System.Text.Json;
using Intake.Functions.Tests.Support;

namespace Intake.Functions.Tests.Publishing;

/// <summary>The published folder and zip are a standard isolated-worker package (eng/publish-functionapp.sh).</summary>
[Trait("Category", "Publish")]
public class PublishLayoutTests(PublishedFunctionApp published) : IClassFixture<PublishedFunctionApp>
{
    private static readonly string[] s_packageFiles = ["host.json", "worker.config.json", "functions.metadata", "extensions.json", "Intake.Functions.dll"];

    [Fact]
    public void Publish_Folder_HasTheIsolatedWorkerFiles()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        Assert.All(s_packageFiles, f => Assert.True(File.Exists(Path.Combine(published.Folder, f)), $"{f} is missing"));
        using var worker = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "worker.config.json")));
        Assert.Equal("dotnet-isolated", worker.RootElement.GetProperty("description").GetProperty("language").GetString());
        Assert.Equal("Intake.Functions.dll", worker.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString());
    }

    [Fact]
    public void FunctionsMetadata_DeclaresTheQueueTriggerAndThreeHttpFunctionsWithFunctionKeys()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "functions.metadata")));
        var functions = metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);

        Assert.Equal(["GetDocument", "GetFindings", "GetReport", "ListDocuments", "ScanUploadedDocument"], functions.Keys.Order(StringComparer.Ordinal));
        var queue = Trigger(functions["ScanUploadedDocument"]);
        Assert.Equal("queueTrigger", queue.GetProperty("type").GetString());
        Assert.Equal("intake-events", queue.GetProperty("queueName").GetString());
        Assert.Equal("IntakeStorage", queue.GetProperty("connection").GetString());

        foreach (var (name, route) in new[] { ("ListDocuments", "documents"), ("GetDocument", "documents/{id}"), ("GetReport", "documents/{id}/report"), ("GetFindings", "documents/{id}/findings") })
        {
            var http = Trigger(functions[name]);
            Assert.Equal("httpTrigger", http.GetProperty("type").GetString());
            Assert.Equal(route, http.GetProperty("route").GetString());
            Assert.Equal(["get"], http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal("function", http.GetProperty("authLevel").GetString(), ignoreCase: true);
        }
    }

    [Fact]
    public void ExtensionsJson_LoadsTheStorageQueuesExtensionFromThePackage()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "extensions.json")));
        var queues = Assert.Single(
            extensions.RootElement.GetProperty("extensions").EnumerateArray(),
            e => e.GetProperty("typeName").GetString()!.Contains("Microsoft.Azure.WebJobs.Extensions.Storage.Queues", StringComparison.Ordinal));
        var hint = queues.GetProperty("hintPath").GetString()!;

        Assert.StartsWith("./.azurefunctions/", hint, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(published.Folder, hint)), $"{hint} is not in the package");
    }

    [Fact]
    public void HostJson_HasNoCustomHandlerOrExtensionBundle_AndKeepsTheQueueSettings()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "host.json")));

        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));
        Assert.False(host.RootElement.TryGetProperty("extensionBundle", out _));
        Assert.Equal("base64", host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void Publish_Zip_HoldsTheSameFilesIncludingTheExtensionsFolder()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        using var zip = ZipFile.OpenRead(published.Zip);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        Assert.All(s_packageFiles, f => Assert.Contains(f, entries));
        Assert.Contains(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll", entries);
        if (File.Exists(Path.Combine(Repository.Root, "ml-models", "clause-model.zip")))
        {
            Assert.Contains("ml-models/clause-model.zip", entries);
        }
    }

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}
