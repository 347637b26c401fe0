using System.CommandLine;
using System.Text.Json;
using Intake.Cli.Commands;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Cli;

/// <summary><c>intake upload</c> and <c>intake findings</c> against Azurite, with the default names a user gets.</summary>
[Collection(AzuriteGroup.Name)]
public class StorageCommandsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task UploadThenFindings_LocalRoundTrip_EnqueuesTheEventGridEventAndReadsTheRowBack()
    {
        var file = Path.Combine(Path.GetTempPath(), $"intake-cli-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(file, Documents.EnglishContract(9));
        try
        {
            var (uploadExit, uploadOut, _) = await RunAsync("upload", file, "--meta", "doctype=joint-research", "--prefix", "cli/", "--connection-string", azurite.ConnectionString);

            Assert.Equal(0, uploadExit);
            var documentId = uploadOut.Split('\t')[0].Trim();
            Assert.True(DocumentId.IsWellFormed(documentId), uploadOut);

            // The queue holds what Event Grid would have put there: Base64 of the Event Grid schema JSON.
            var defaults = new IntakeStorageOptions { ConnectionString = azurite.ConnectionString };
            await using var app = await TestApp.StartAsync(defaults);
            var peeked = (await app.Clients.EventsQueue.PeekMessageAsync()).Value;
            var evt = Assert.Single(BlobCreatedEvents.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(peeked.MessageText))).Events);
            Assert.Equal($"cli/{Path.GetFileName(file)}", evt.BlobName);
            var properties = (await app.Clients.InputContainer.GetBlobClient(evt.BlobName).GetPropertiesAsync()).Value;
            Assert.Equal(properties.ETag.ToString(), evt.ETag);
            Assert.Equal("joint-research", properties.Metadata["doctype"]);

            var message = (await app.Clients.EventsQueue.ReceiveMessageAsync()).Value;
            var result = await app.Services.GetRequiredService<EventMessageProcessor>().ProcessAsync(QueueMessageCodec.Decode(message.MessageText), message.DequeueCount);
            Assert.Equal(MessageDisposition.Complete, result.Disposition);

            var (listExit, listOut, _) = await RunAsync("findings", "--list", "--status", "Completed", "--connection-string", azurite.ConnectionString);
            var (showExit, showOut, _) = await RunAsync("findings", documentId, "--format", "json", "--connection-string", azurite.ConnectionString);
            var (missingExit, _, missingErr) = await RunAsync("findings", "no-such-doc-000000000000", "--connection-string", azurite.ConnectionString);

            Assert.Equal(0, listExit);
            Assert.Contains(documentId, listOut, StringComparison.Ordinal);
            Assert.Equal(0, showExit);
            using var json = JsonDocument.Parse(showOut);
            Assert.Equal(documentId, json.RootElement.GetProperty("id").GetString());
            Assert.Equal("Completed", json.RootElement.GetProperty("status").GetString());
            Assert.Equal("JointResearch", json.RootElement.GetProperty("documentType").GetString());
            Assert.Equal(2, missingExit);
            Assert.Contains("no document", missingErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Upload_ExistingName_IsRefusedAndKeepsTheFirstFileUnlessReplaceIsGiven()
    {
        var folder = Directory.CreateTempSubdirectory("intake-cli-");
        var file = Path.Combine(folder.FullName, "contract.txt");
        var prefix = $"clash-{Guid.NewGuid():N}/";
        try
        {
            await File.WriteAllBytesAsync(file, Documents.EnglishContract(1));
            var (firstExit, firstOut, _) = await RunAsync("upload", file, "--prefix", prefix, "--no-event", "--connection-string", azurite.ConnectionString);
            await File.WriteAllBytesAsync(file, Documents.EnglishContract(2));
            var (secondExit, secondOut, secondErr) = await RunAsync("upload", file, "--prefix", prefix, "--no-event", "--connection-string", azurite.ConnectionString);

            var documentId = firstOut.Split('\t')[0].Trim();
            var defaults = new IntakeStorageOptions { ConnectionString = azurite.ConnectionString };
            var blob = new IntakeStorageClients(Microsoft.Extensions.Options.Options.Create(defaults)).InputContainer.GetBlobClient(prefix + "contract.txt");
            Assert.Equal(0, firstExit);
            Assert.Equal(2, secondExit);
            Assert.Empty(secondOut);
            Assert.Contains("already exists", secondErr, StringComparison.Ordinal);
            Assert.Contains(documentId, secondErr, StringComparison.Ordinal);
            Assert.Contains("--replace", secondErr, StringComparison.Ordinal);
            Assert.Equal(Documents.EnglishContract(1), (await blob.DownloadContentAsync()).Value.Content.ToArray());

            var (replaceExit, replaceOut, _) = await RunAsync("upload", file, "--prefix", prefix, "--replace", "--no-event", "--connection-string", azurite.ConnectionString);

            Assert.Equal(0, replaceExit);
            Assert.StartsWith(documentId + "\t", replaceOut, StringComparison.Ordinal);
            Assert.Equal(Documents.EnglishContract(2), (await blob.DownloadContentAsync()).Value.Content.ToArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("a/contract.txt", null, "a/contract.txt")]
    [InlineData("b/contract.txt", null, "b/contract.txt")]
    [InlineData("b/contract.txt", "2026/", "2026/b/contract.txt")]
    [InlineData("b/contract.txt", "/2026", "2026/b/contract.txt")]
    [InlineData("../elsewhere/contract.txt", null, "contract.txt")]
    public void BlobName_IsThePathRelativeToTheCurrentFolder(string file, string? prefix, string expected)
    {
        var current = Path.Combine(Path.GetTempPath(), "intake-cwd");

        Assert.Equal(expected, UploadCommand.BlobNameFor(file.Replace('/', Path.DirectorySeparatorChar), current, prefix));
    }

    [Theory]
    [InlineData("findings")]
    [InlineData("findings", "--list", "some-id")]
    [InlineData("upload", "/no/such/file.pdf")]
    [InlineData("upload", "--meta", "=x", "README.md")]
    [InlineData("serve", "--workers", "0")]
    public async Task Commands_UsageErrors_ExitWithOne(params string[] args)
    {
        var (exit, _, _) = await RunAsync(args);

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task FindingsList_ACutList_SaysMoreExistAndTheTokenItPrintsGivesTheNextPage()
    {
        var defaults = new IntakeStorageOptions { ConnectionString = azurite.ConnectionString };
        await using var app = await TestApp.StartAsync(defaults);
        var store = app.Services.GetRequiredService<DocumentStore>();
        foreach (var i in Enumerable.Range(0, 2))
        {
            await store.TryAddAsync(new DocumentEntity { PartitionKey = $"paging{i}-{Guid.NewGuid():N}", Status = "Completed", Container = "intake", BlobName = $"paging-{i}.txt" });
        }

        var (firstExit, firstOut, _) = await RunAsync("findings", "--list", "--top", "1", "--connection-string", azurite.ConnectionString);
        var more = firstOut.Split('\n').Single(l => l.StartsWith("More documents exist.", StringComparison.Ordinal));
        var token = more[(more.LastIndexOf(' ') + 1)..].Trim();
        var firstId = firstOut.Split('\n')[1].Split('\t')[0];
        var (nextExit, nextOut, _) = await RunAsync("findings", "--list", "--top", "1", "--continuation", token, "--connection-string", azurite.ConnectionString);
        var (badExit, _, badErr) = await RunAsync("findings", "--list", "--continuation", "garbage!", "--connection-string", azurite.ConnectionString);

        Assert.Equal(0, firstExit);
        Assert.Equal(2, firstOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Equal(0, nextExit);
        Assert.DoesNotContain(firstId, nextOut, StringComparison.Ordinal);
        Assert.Equal(1, badExit);
        Assert.Contains("continuation token", badErr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand { UploadCommand.Create(), FindingsCommand.Create(), ServeCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
