using System.IO.Compression;
using System.Text.Json;
using Intake.Functions.Tests.Support;

namespace Intake.Functions.Tests.Publishing;

/// <summary>The published folder and zip are what the Functions host expects of a custom handler app.</summary>
[Trait("Category", "Publish")]
public class PublishLayoutTests(PublishedFunctionApp published) : IClassFixture<PublishedFunctionApp>
{
    private static readonly string[] s_functions =
        [.. Directory.GetDirectories(Path.Combine(Repository.Root, "functions", "Intake.Functions", "FunctionApp")).Select(d => Path.GetFileName(d)!)];

    [Fact]
    public void Publish_Folder_HasHostJsonAtTheRootAndOneFolderPerFunction()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        Assert.True(File.Exists(Path.Combine(published.Folder, "host.json")));
        Assert.NotEmpty(s_functions);
        foreach (var function in s_functions)
        {
            var definition = Path.Combine(published.Folder, function, "function.json");
            Assert.True(File.Exists(definition), $"{function}/function.json is missing");
            using var json = JsonDocument.Parse(File.ReadAllText(definition));
            Assert.NotEmpty(json.RootElement.GetProperty("bindings").EnumerateArray());
        }
    }

    [Fact]
    public void Publish_Folder_HoldsTheExecutableHostJsonNames()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        var executable = Path.Combine(published.Folder, ExecutablePath());

        Assert.True(File.Exists(executable), $"{executable} is missing");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(executable) & UnixFileMode.UserExecute) != 0, $"{executable} is not executable");
        }

        // Self-contained for linux-x64: the runtime travels with the handler.
        var handler = Path.GetDirectoryName(executable)!;
        Assert.True(File.Exists(Path.Combine(handler, "libcoreclr.so")), "the .NET runtime is not in the package");
        Assert.True(File.Exists(Path.Combine(handler, "Intake.Functions.dll")));
        if (File.Exists(Path.Combine(Repository.Root, "ml-models", "clause-model.zip")))
        {
            Assert.True(File.Exists(Path.Combine(handler, "ml-models", "clause-model.zip")), "the clause model is not in the package");
        }
    }

    [Fact]
    public void Publish_Zip_HasTheSameLayoutAndKeepsTheExecutableBit()
    {
        Assert.True(published.ExitCode == 0, published.Output);
        using var zip = ZipFile.OpenRead(published.Zip);
        var entries = zip.Entries.ToDictionary(e => e.FullName.Replace('\\', '/'), StringComparer.Ordinal);

        Assert.Contains("host.json", entries.Keys);
        Assert.All(s_functions, f => Assert.Contains($"{f}/function.json", entries.Keys));
        var executable = entries[ExecutablePath().Replace('\\', '/')];
        var mode = (executable.ExternalAttributes >> 16) & 0x1FF;
        Assert.True((mode & 0x40) != 0, $"zip entry mode {Convert.ToString(mode, 8)} is not executable");
    }

    private string ExecutablePath()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "host.json")));
        return host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
    }
}
