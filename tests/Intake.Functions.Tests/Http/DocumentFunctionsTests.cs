using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Functions.Http;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
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

    [Fact]
    public async Task GetFindings_PagesALargeDocument_WithUrlSafeTokens_AndRefusesABadToken()
    {
        using var host = await WorkerHost.BuildAsync(azurite.NewOptions());
        using var content = new MemoryStream(Documents.EnglishContract(6));
        var uploaded = await host.Services.GetRequiredService<DocumentUploader>().UploadAsync("large.txt", content);
        await host.Function<ScanUploadedDocument>().RunAsync(await host.Clients.NextAsync(), CancellationToken.None);
        var store = host.Services.GetRequiredService<DocumentStore>();
        var row = (await store.GetAsync(uploaded.DocumentId))!;
        // Seven findings stand in for the thousands of a long contract: pages of three show the paging the same way.
        await store.ReplaceFindingsAsync(uploaded.DocumentId, row.BlobETag!, [.. Enumerable.Range(0, 7).Select(i =>
            new Finding("confidentiality", LabelFamily.Safeguard, Severity.Info, 0.9, $"Clause {i}.", null, 1, i * 10, FindingKind.Clause, [], string.Empty))]);
        var http = host.Function<DocumentFunctions>();

        var seen = new List<string>();
        var tokens = new List<string>();
        string? token = null;
        do
        {
            var query = "?pageSize=3" + (token is null ? string.Empty : "&continuationToken=" + token);
            var page = await HttpCall.GetAsync(host.Services, query, r => http.GetFindingsAsync(r, uploaded.DocumentId, CancellationToken.None));
            Assert.Equal(200, page.Status);
            using var json = JsonDocument.Parse(page.Body);
            seen.AddRange(json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("text").GetString()!));
            token = json.RootElement.GetProperty("continuationToken").GetString();
            if (token is not null)
            {
                tokens.Add(token);
            }
        }
        while (token is not null);

        Assert.Equal([.. Enumerable.Range(0, 7).Select(i => $"Clause {i}.")], seen);
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t => Assert.Matches(new Regex("^[A-Za-z0-9_-]+$"), t));

        var bad = await HttpCall.GetAsync(host.Services, "?continuationToken=not-a-token%21", r => http.GetFindingsAsync(r, uploaded.DocumentId, CancellationToken.None));
        var documentsToken = await HttpCall.GetAsync(host.Services, "?continuationToken=" + Pipeline.Storage.PageToken.Encode("documents", "1!x 1!y"), r => http.GetFindingsAsync(r, uploaded.DocumentId, CancellationToken.None));
        var badSize = await HttpCall.GetAsync(host.Services, "?pageSize=0", r => http.GetFindingsAsync(r, uploaded.DocumentId, CancellationToken.None));
        Assert.Equal(400, bad.Status);
        Assert.Contains("continuation token", bad.Body, StringComparison.Ordinal);
        Assert.Equal(400, documentsToken.Status);
        Assert.Equal(400, badSize.Status);

        // The document itself carries the first page and, when there is more, the token to go on with.
        var document = await HttpCall.GetAsync(host.Services, string.Empty, r => http.GetDocumentAsync(r, uploaded.DocumentId, CancellationToken.None));
        using var documentJson = JsonDocument.Parse(document.Body);
        Assert.Equal(7, documentJson.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, documentJson.RootElement.GetProperty("findingsContinuationToken").ValueKind);
    }

    [Fact]
    public async Task ListDocuments_PagesWithAUrlSafeToken_AndABadTokenIsA400()
    {
        using var host = await WorkerHost.BuildAsync(azurite.NewOptions());
        foreach (var i in Enumerable.Range(0, 3))
        {
            using var content = new MemoryStream(Documents.EnglishContract(20 + i));
            await host.Services.GetRequiredService<DocumentUploader>().UploadAsync($"list-{i}.txt", content);
            await host.Function<ScanUploadedDocument>().RunAsync(await host.Clients.NextAsync(), CancellationToken.None);
        }

        var http = host.Function<DocumentFunctions>();

        var first = await HttpCall.GetAsync(host.Services, "?pageSize=2", r => http.ListDocumentsAsync(r, CancellationToken.None));
        using var firstJson = JsonDocument.Parse(first.Body);
        var token = firstJson.RootElement.GetProperty("continuationToken").GetString();
        var second = await HttpCall.GetAsync(host.Services, "?pageSize=2&continuationToken=" + token, r => http.ListDocumentsAsync(r, CancellationToken.None));
        using var secondJson = JsonDocument.Parse(second.Body);
        var bad = await HttpCall.GetAsync(host.Services, "?continuationToken=1!8!ZG9j%201!12!ZG9jdW1lbnQ-", r => http.ListDocumentsAsync(r, CancellationToken.None));

        Assert.Equal(2, firstJson.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Matches(new Regex("^[A-Za-z0-9_-]+$"), token);
        Assert.Single(secondJson.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(400, bad.Status);
    }
}
