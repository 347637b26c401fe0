using Intake.Functions.Tests.Support;
using Intake.Hosting.Api;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Ingestion;

[Collection(AzuriteGroup.Name)]
public class IngestionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingest_NewBlob_WritesOneTerminalRowWithTimingsAndReports()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (document, evt, _) = await app.UploadAsync("contracts/jra-1.txt", Documents.EnglishContract(1));

        var result = await Ingestor(app).IngestAsync(evt, 1);

        Assert.Equal(IngestionOutcome.Recorded, result.Outcome);
        var row = Assert.Single(await app.Clients.AllDocumentsAsync());
        Assert.Equal(document.DocumentId, row.PartitionKey);
        Assert.NotEqual(DocumentEntity.ProcessingStatus, row.Status);
        Assert.Equal(document.ETag, row.BlobETag);
        Assert.Equal("contracts/jra-1.txt", row.BlobName);
        Assert.NotNull(row.StartedAt);
        Assert.NotNull(row.CompletedAt);
        Assert.Equal(TimeSpan.Zero, row.CompletedAt!.Value.Offset);
        Assert.Null(row.ClaimedUntil);
        Assert.NotNull(await app.Services.GetRequiredService<ReportStore>().ReadAsync(ReportStore.JsonBlobName(row.PartitionKey)));
        Assert.NotNull(await app.Services.GetRequiredService<ReportStore>().ReadAsync(ReportStore.HtmlBlobName(row.PartitionKey)));
    }

    [Fact]
    public async Task Ingest_RedeliveryOfTheSameBlobVersion_ChangesNothing()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (document, evt, _) = await app.UploadAsync("nda.txt", Documents.JapaneseContract(2));
        await Ingestor(app).IngestAsync(evt, 1);
        var before = await app.Services.GetRequiredService<DocumentStore>().GetAsync(document.DocumentId);

        var again = await Ingestor(app).IngestAsync(evt, 1);

        var after = await app.Services.GetRequiredService<DocumentStore>().GetAsync(document.DocumentId);
        Assert.Equal(IngestionOutcome.Unchanged, again.Outcome);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(before.Timestamp, after.Timestamp);
    }

    [Fact]
    public async Task Ingest_NewBlobVersion_ReplacesTheRow()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (first, evt1, _) = await app.UploadAsync("proposal.txt", Documents.EnglishContract(3));
        await Ingestor(app).IngestAsync(evt1, 1);
        var (second, evt2, _) = await app.UploadAsync("proposal.txt", Documents.Empty());

        var result = await Ingestor(app).IngestAsync(evt2, 1);

        Assert.Equal(IngestionOutcome.Recorded, result.Outcome);
        Assert.NotEqual(first.ETag, second.ETag);
        var row = Assert.Single(await app.Clients.AllDocumentsAsync());
        Assert.Equal(second.ETag, row.BlobETag);
        Assert.Equal("Rejected", row.Status);

        // The old event arriving late finds the newer version already recorded.
        Assert.Equal(IngestionOutcome.Unchanged, (await Ingestor(app).IngestAsync(evt1, 1)).Outcome);
    }

    [Fact]
    public async Task ReplaceFindings_NewVersionWithFewerFindings_LeavesNoOrphans()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var store = app.Services.GetRequiredService<DocumentStore>();

        await store.ReplaceFindingsAsync("doc-1", "\"v1\"", Findings(250));
        Assert.Equal(250, (await app.Clients.FindingRowsAsync("doc-1")).Count);

        await store.ReplaceFindingsAsync("doc-1", "\"v2\"", Findings(3));

        var rows = await app.Clients.FindingRowsAsync("doc-1");
        Assert.Equal(["00000", "00001", "00002"], rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("\"v2\"", r.GetString("BlobETag")));
        Assert.Equal(3, (await store.GetFindingsAsync("doc-1", "\"v2\"")).Count);
    }

    [Fact]
    public async Task Ingest_TwoWorkersRacingOnOneDocument_OnlyOneRecords()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (_, evt, _) = await app.UploadAsync("race.txt", Documents.EnglishContract(4));
        var ingestor = Ingestor(app);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ingestor.IngestAsync(evt, 1))));

        Assert.Single(results, r => r.Outcome == IngestionOutcome.Recorded);
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { IngestionOutcome.Recorded, IngestionOutcome.Deferred, IngestionOutcome.Unchanged }));
        var row = Assert.Single(await app.Clients.AllDocumentsAsync());
        Assert.NotEqual(DocumentEntity.ProcessingStatus, row.Status);
    }

    [Fact]
    public async Task Ingest_DocumentClaimedByAnotherWorker_Defers()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (document, evt, _) = await app.UploadAsync("held.txt", Documents.EnglishContract(5));
        var store = app.Services.GetRequiredService<DocumentStore>();
        await store.TryAddAsync(new DocumentEntity
        {
            PartitionKey = document.DocumentId,
            BlobETag = document.ETag,
            ClaimedBy = "another-worker",
            ClaimedUntil = DateTimeOffset.UtcNow.AddMinutes(2),
        });

        var result = await Ingestor(app).IngestAsync(evt, 1);

        Assert.Equal(IngestionOutcome.Deferred, result.Outcome);
        Assert.InRange(result.RetryAfter!.Value, TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(2));
        Assert.Equal(DocumentEntity.ProcessingStatus, (await store.GetAsync(document.DocumentId))!.Status);
    }

    [Fact]
    public async Task Ingest_ClaimWithAStaleTableETag_IsRefused()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var store = app.Services.GetRequiredService<DocumentStore>();
        var first = await store.TryAddAsync(new DocumentEntity { PartitionKey = "doc-x" });
        var row = await store.GetAsync("doc-x");
        row!.Status = "Completed";
        Assert.NotNull(await store.TryReplaceAsync(row, first!.Value));

        row.Status = "Rejected";
        Assert.Null(await store.TryReplaceAsync(row, first.Value));
        Assert.Null(await store.TryAddAsync(new DocumentEntity { PartitionKey = "doc-x" }));
    }

    [Fact]
    public async Task Ingest_BlobOverTheSizeLimit_IsRejectedWithTheLimitBeforeDownload()
    {
        var options = azurite.NewOptions();
        options.MaxDocumentBytes = 100;
        var downloads = new FaultInjectionPolicy(m => m.Request.Method == Azure.Core.RequestMethod.Get && m.Request.Uri.Path.EndsWith("/big.txt", StringComparison.Ordinal));
        var tuning = new StorageClientTuning { PerCallPolicies = { downloads } };
        await using var app = await TestApp.StartAsync(options, tuning: tuning);
        var (_, evt, _) = await app.UploadAsync("big.txt", Documents.EnglishContract(6));

        var result = await Ingestor(app).IngestAsync(evt, 1);

        var row = Assert.Single(await app.Clients.AllDocumentsAsync());
        Assert.Equal("Rejected", row.Status);
        Assert.Contains("limit is 100 bytes", row.Reason, StringComparison.Ordinal);
        Assert.Equal(IngestionOutcome.Recorded, result.Outcome);
        Assert.Equal(0, downloads.Injected);
    }

    [Fact]
    public async Task Ingest_BlobDeletedBeforeTheScan_IsRejectedAsNotFound()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var (_, evt, _) = await app.UploadAsync("gone.txt", Documents.EnglishContract(7));
        await app.Clients.InputContainer.DeleteBlobAsync("gone.txt");

        var result = await Ingestor(app).IngestAsync(evt, 1);

        Assert.Equal(IngestionOutcome.Recorded, result.Outcome);
        var row = Assert.Single(await app.Clients.AllDocumentsAsync());
        Assert.Equal("Rejected", row.Status);
        Assert.Contains("not found", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TransientFailure_IsRetriedThenRecordedAsFailedOnTheLastAttempt()
    {
        var options = azurite.NewOptions();
        var fault = FaultInjectionPolicy.ForBlobReads("flaky.txt");
        fault.Enabled = false;
        await using var app = await TestApp.StartAsync(options, tuning: new StorageClientTuning { PerCallPolicies = { fault }, MaxRetries = 0 });
        var (document, evt, _) = await app.UploadAsync("flaky.txt", Documents.EnglishContract(8));
        fault.Enabled = true;

        var early = await Ingestor(app).IngestAsync(evt, 1);
        var last = await Ingestor(app).IngestAsync(evt, options.MaxDequeueCount);

        Assert.Equal(IngestionOutcome.Retry, early.Outcome);
        Assert.Equal(IngestionOutcome.Poisoned, last.Outcome);
        var row = await app.Services.GetRequiredService<DocumentStore>().GetAsync(document.DocumentId);
        Assert.Equal("Failed", row!.Status);
        Assert.Contains("503", row.Reason, StringComparison.Ordinal);
        Assert.Contains("503", row.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_EventForAnotherContainer_IsIgnored()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var evt = new BlobCreatedEvent("1", "elsewhere", "a.txt", null, null, null, null, null);

        Assert.Equal(IngestionOutcome.Ignored, (await Ingestor(app).IngestAsync(evt, 1)).Outcome);
        Assert.Empty(await app.Clients.AllDocumentsAsync());
    }

    [Fact]
    public async Task Ingest_OurPartyMetadata_StoresRouteBasisEvidenceAdviceAndDirectionInTheFindingsTable()
    {
        await using var app = await TestApp.StartAsync(azurite.NewOptions());
        var contract = System.Text.Encoding.UTF8.GetBytes("""
            技術ライセンス契約書

            株式会社アルファ（以下「甲」という。）と株式会社ベータ（以下「乙」という。）は、次のとおり契約を締結する。

            第1条（知的財産権の帰属）
            本契約に基づく改良の成果に係る知的財産権は、乙に帰属するものとする。

            第2条（技術指導）
            甲は、乙に対し、本製品の製造に必要な図面及び製造ノウハウを開示し、乙の技術者に技術指導を行う。
            """);

        // As intake upload sends it: metadata travels in HTTP headers, so 乙 is percent-encoded.
        var (document, evt, _) = await app.UploadAsync("contracts/licence-ja.txt", contract, new Dictionary<string, string> { ["ourparty"] = Uri.EscapeDataString("乙") });
        await Ingestor(app).IngestAsync(evt, 1);

        var store = app.Services.GetRequiredService<DocumentStore>();
        var row = await store.GetAsync(document.DocumentId);
        var findings = (await store.GetFindingsAsync(document.DocumentId, row!.BlobETag)).Select(FindingView.From).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.Route));
            Assert.NotEmpty(f.Basis);
            Assert.NotNull(f.Advice);
            Assert.Equal(f.Advice.Ja, f.Recommendation);
            Assert.NotNull(f.Evidence);
            Assert.False(string.IsNullOrEmpty(f.Evidence.Why.Ja));
        });
        Assert.Contains(findings, f => f.Direction is not null);
        var report = ReportJson.DeserializeDocumentReport((await app.Services.GetRequiredService<ReportStore>().ReadAsync(ReportStore.JsonBlobName(document.DocumentId)))!);
        Assert.True(report!.Direction.Considered);
        Assert.Equal(["乙"], report.Direction.OurRoles);
    }

    private static DocumentIngestor Ingestor(TestApp app) => app.Services.GetRequiredService<DocumentIngestor>();

    private static List<Finding> Findings(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Finding(
            "foreign-jurisdiction", LabelFamily.Exposure, Severity.Low, 0.9, $"clause {i}", "Governing Law", 1, i * 10,
            FindingKind.Clause, ["governed by"], "Prefer home jurisdiction."))];
}
