using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.Functions.Queue;
using Intake.Functions.Tests.Events;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.HostContract;

/// <summary>The handler as the Functions host calls it: each function, over HTTP, with the host's payloads.</summary>
[Collection(AzuriteGroup.Name)]
public class HostContractTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScanUploadedDocument_EventGridMessageAsTheHostSendsIt_CompletesWithTheInvocationResponse()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (document, _, _) = await app.UploadAsync("jra.txt", Documents.EnglishContract(1));
        var message = EventPayloads.EventGrid(app.Options.InputContainer, "jra.txt");

        using var response = await PostAsync(app, HostPayloads.QueueTrigger(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("Logs").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("ReturnValue").ValueKind);
        var row = Assert.Single(await app.Clients.AllDocumentsAsync());
        Assert.Equal(document.DocumentId, row.PartitionKey);
        Assert.NotEqual(DocumentEntity.ProcessingStatus, row.Status);
    }

    [Fact]
    public async Task ScanUploadedDocument_CloudEventEncodedTwice_IsUnwrappedAndRecorded()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        await app.UploadAsync("提案書.txt", Documents.JapaneseContract(2));
        var message = EventPayloads.CloudEvent(app.Options.InputContainer, "提案書.txt");

        using var response = await PostAsync(app, HostPayloads.QueueTrigger(message, encodeTwice: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await app.Clients.AllDocumentsAsync());
        Assert.Equal("提案書.txt", row.BlobName);
    }

    [Fact]
    public async Task ScanUploadedDocument_MessageAsAJsonObject_IsAccepted()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        await app.UploadAsync("obj.txt", Documents.EnglishContract(3));
        var message = EventPayloads.EventGrid(app.Options.InputContainer, "obj.txt");
        var body = "{\"Data\":{\"message\":" + message + "},\"Metadata\":{\"DequeueCount\":\"1\"}}";

        using var response = await PostAsync(app, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.Clients.AllDocumentsAsync());
    }

    [Fact]
    public async Task ScanUploadedDocument_BlobDeletedEvent_CompletesWithoutARow()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var message = EventPayloads.EventGrid(app.Options.InputContainer, "x.txt").Replace("BlobCreated", "BlobDeleted", StringComparison.Ordinal);

        using var response = await PostAsync(app, HostPayloads.QueueTrigger(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await app.Clients.AllDocumentsAsync());
    }

    [Theory]
    [InlineData("""{"Data":{},"Metadata":{}}""")]
    [InlineData("""not json""")]
    public async Task ScanUploadedDocument_MalformedInvocation_IsABadRequest(string body)
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());

        using var response = await PostAsync(app, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("Logs", out _));
    }

    [Fact]
    public async Task ScanUploadedDocument_UnreadableMessage_FailsSoTheHostEventuallyPoisonsIt()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());

        using var response = await PostAsync(app, HostPayloads.QueueTrigger("this is not an event"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task ScanUploadedDocument_TransientFailure_FailsTheInvocationAndTheLastAttemptRecordsFailed()
    {
        var options = azurite.NewOptions();
        var fault = FaultInjectionPolicy.ForBlobReads("busy.txt");
        fault.Enabled = false;
        await using var app = await TestApp.StartAsync(options, tuning: new StorageClientTuning { PerCallPolicies = { fault }, MaxRetries = 0 });
        var (document, _, _) = await app.UploadAsync("busy.txt", Documents.EnglishContract(4));
        fault.Enabled = true;
        var message = EventPayloads.EventGrid(app.Options.InputContainer, "busy.txt");

        using var first = await PostAsync(app, HostPayloads.QueueTrigger(message, dequeueCount: 1));
        using var last = await PostAsync(app, HostPayloads.QueueTrigger(message, dequeueCount: options.MaxDequeueCount));

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, last.StatusCode);
        var row = await app.Services.GetRequiredService<DocumentStore>().GetAsync(document.DocumentId);
        Assert.Equal("Failed", row!.Status);
    }

    [Fact]
    public async Task GetDocument_RecordedDocument_ReturnsItsRowAndFindings()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (document, _, json) = await app.UploadAsync("get.txt", Documents.EnglishContract(5));
        (await PostAsync(app, HostPayloads.QueueTrigger(json))).Dispose();

        using var response = await app.Http.GetAsync(new Uri($"/api/documents/{document.DocumentId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(document.DocumentId, body.RootElement.GetProperty("id").GetString());
        Assert.Equal($"{app.Options.InputContainer}/get.txt", body.RootElement.GetProperty("blob").GetString());
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("findings").ValueKind);
        Assert.Equal(body.RootElement.GetProperty("findingCount").GetInt32(), body.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Theory]
    [InlineData("no-such-document-0123456789ab")]
    [InlineData("Bad%23Id")]
    public async Task GetDocument_UnknownOrMalformedId_IsNotFound(string id)
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());

        using var response = await app.Http.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListDocuments_StatusFilterAndPaging_ReturnMatchingRowsAndAToken()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        foreach (var (name, content) in new[] { ("a.txt", Documents.EnglishContract(6)), ("b.txt", Documents.JapaneseContract(7)), ("empty.txt", Documents.Empty()) })
        {
            var (_, _, json) = await app.UploadAsync(name, content);
            (await PostAsync(app, HostPayloads.QueueTrigger(json))).Dispose();
        }

        using var all = JsonDocument.Parse(await app.Http.GetStringAsync(new Uri("/api/documents", UriKind.Relative)));
        using var rejected = JsonDocument.Parse(await app.Http.GetStringAsync(new Uri("/api/documents?status=rejected", UriKind.Relative)));
        using var page = JsonDocument.Parse(await app.Http.GetStringAsync(new Uri("/api/documents?pageSize=2", UriKind.Relative)));

        Assert.Equal(3, all.RootElement.GetProperty("documents").GetArrayLength());
        var onlyRejected = Assert.Single(rejected.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("Rejected", onlyRejected.GetProperty("status").GetString());
        Assert.Equal(2, page.RootElement.GetProperty("documents").GetArrayLength());
        var token = page.RootElement.GetProperty("continuationToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        using var next = JsonDocument.Parse(await app.Http.GetStringAsync(new Uri($"/api/documents?pageSize=2&continuationToken={Uri.EscapeDataString(token)}", UriKind.Relative)));
        Assert.Equal(1, next.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Theory]
    [InlineData("status=Done")]
    [InlineData("risk=Severe")]
    [InlineData("pageSize=0")]
    public async Task ListDocuments_InvalidFilter_IsABadRequest(string query)
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());

        using var response = await app.Http.GetAsync(new Uri($"/api/documents?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetReport_RecordedDocument_ServesHtmlByDefaultAndJsonOnRequest()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (document, _, json) = await app.UploadAsync("report <b>.txt", Documents.EnglishContract(8));
        (await PostAsync(app, HostPayloads.QueueTrigger(json))).Dispose();

        using var html = await app.Http.GetAsync(new Uri($"/api/documents/{document.DocumentId}/report", UriKind.Relative));
        using var jsonReport = await app.Http.GetAsync(new Uri($"/api/documents/{document.DocumentId}/report?format=json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var page = await html.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<b>.txt", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, jsonReport.StatusCode);
        using var report = JsonDocument.Parse(await jsonReport.Content.ReadAsStringAsync());
        Assert.Equal("report <b>.txt", report.RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task GetReport_UnknownDocumentOrFormat_IsRefused()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());

        using var missing = await app.Http.GetAsync(new Uri("/api/documents/none-0123456789ab/report", UriKind.Relative));
        using var badFormat = await app.Http.GetAsync(new Uri("/api/documents/none-0123456789ab/report?format=pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(TestApp app, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return app.Http.PostAsync(new Uri($"/{ScanUploadedDocumentFunction.Name}", UriKind.Relative), content);
    }
}
