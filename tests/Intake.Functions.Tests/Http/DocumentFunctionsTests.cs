using System.Text.Json;
using Intake.Functions.Http;
using Intake.Functions.Queue;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Http;

/// <summary>The HTTP functions, created from the function app's own host, against Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public class DocumentFunctionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetDocument_IsNotFoundBeforeTheScan_ThenShowsTheRow_AndGetReportServesTheReport()
    {
        using var host = await WorkerHost.BuildAsync(azurite.NewOptions());
        using var content = new MemoryStream(Documents.JapaneseContract(4));
        var uploaded = await host.Services.GetRequiredService<DocumentUploader>().UploadAsync("契約.txt", content);
        var http = host.Function<DocumentFunctions>();

        var before = await HttpCall.GetAsync(host.Services, string.Empty, r => http.GetDocumentAsync(r, uploaded.DocumentId, CancellationToken.None));
        Assert.Equal(404, before.Status);
        Assert.Contains(uploaded.DocumentId, before.Body, StringComparison.Ordinal);

        await host.Function<ScanUploadedDocument>().RunAsync(await host.Clients.NextAsync(), CancellationToken.None);

        var document = await HttpCall.GetAsync(host.Services, string.Empty, r => http.GetDocumentAsync(r, uploaded.DocumentId, CancellationToken.None));
        Assert.Equal(200, document.Status);
        using (var json = JsonDocument.Parse(document.Body))
        {
            Assert.Equal(uploaded.DocumentId, json.RootElement.GetProperty("id").GetString());
            Assert.Equal("Completed", json.RootElement.GetProperty("status").GetString());
            Assert.Equal("ja", json.RootElement.GetProperty("language").GetString());
            Assert.Equal(json.RootElement.GetProperty("findingCount").GetInt32(), json.RootElement.GetProperty("findings").GetArrayLength());
        }

        var html = await HttpCall.GetAsync(host.Services, string.Empty, r => http.GetReportAsync(r, uploaded.DocumentId, CancellationToken.None));
        Assert.Equal(200, html.Status);
        Assert.StartsWith("text/html", html.ContentType, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Contains("<html", html.Body, StringComparison.OrdinalIgnoreCase);

        var report = await HttpCall.GetAsync(host.Services, "?format=json", r => http.GetReportAsync(r, uploaded.DocumentId, CancellationToken.None));
        Assert.Equal(200, report.Status);
        Assert.StartsWith("application/json", report.ContentType, StringComparison.Ordinal);
        using var reportJson = JsonDocument.Parse(report.Body);
        Assert.Equal(JsonValueKind.Object, reportJson.RootElement.ValueKind);
    }

    [Fact]
    public async Task ListDocuments_ListsTheScannedDocument_AndRejectsAnUnknownStatus()
    {
        using var host = await WorkerHost.BuildAsync(azurite.NewOptions());
        using var content = new MemoryStream(Documents.EnglishContract(5));
        var uploaded = await host.Services.GetRequiredService<DocumentUploader>().UploadAsync("a.txt", content);
        await host.Function<ScanUploadedDocument>().RunAsync(await host.Clients.NextAsync(), CancellationToken.None);
        var http = host.Function<DocumentFunctions>();

        var list = await HttpCall.GetAsync(host.Services, "?status=completed", r => http.ListDocumentsAsync(r, CancellationToken.None));
        var bad = await HttpCall.GetAsync(host.Services, "?status=sideways", r => http.ListDocumentsAsync(r, CancellationToken.None));

        Assert.Equal(200, list.Status);
        using var json = JsonDocument.Parse(list.Body);
        var only = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(uploaded.DocumentId, only.GetProperty("id").GetString());
        Assert.Equal(400, bad.Status);
        Assert.Contains("status must be one of", bad.Body, StringComparison.Ordinal);
    }
}
