using System.Text.Json;
using Intake.Pipeline.Reporting;

namespace Intake.Pipeline.Tests.Reporting;

public sealed class ReportJsonTests
{
    [Fact]
    public void Serialize_ScanReport_UsesTheStableCamelCaseShape()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(ReportSamples.OneOfEach()));

        var document = json.RootElement.GetProperty("documents")[0];
        string[] documentFields = ["source", "status", "reason", "language", "pages", "clauses", "riskLevel", "findings", "kind", "documentType", "riskReasons", "modelVersion", "skippedCommentary", "direction", "guidanceVersion", "parties", "screening"];
        Assert.Equal(documentFields, document.EnumerateObject().Select(p => p.Name));
        string[] findingFields = ["label", "family", "severity", "confidence", "text", "heading", "page", "offset", "kind", "explanation", "recommendation", "route", "routeName", "basis", "evidence", "advice", "adviceVariant", "direction", "signal"];
        Assert.Equal(findingFields, document.GetProperty("findings")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_Enums_KeepTheirNamesAsWritten()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(ReportSamples.OneOfEach()));

        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal(["Completed", "NeedsOcr", "Rejected", "Failed"], documents.EnumerateArray().Select(d => d.GetProperty("status").GetString()));
        Assert.Equal("High", documents[0].GetProperty("riskLevel").GetString());
        Assert.Equal("JointResearch", documents[0].GetProperty("documentType").GetString());
        Assert.Equal("Pdf", documents[0].GetProperty("kind").GetString());
        var missing = documents[0].GetProperty("findings")[1];
        Assert.Equal("Safeguard", missing.GetProperty("family").GetString());
        Assert.Equal("Medium", missing.GetProperty("severity").GetString());
        Assert.Equal("MissingSafeguard", missing.GetProperty("kind").GetString());
    }

    [Fact]
    public void Serialize_NullFields_AreWrittenSoEveryFieldIsAlwaysPresent()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(ReportSamples.OneOfEach()));

        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal(JsonValueKind.Null, documents[0].GetProperty("reason").ValueKind);
        Assert.Equal(JsonValueKind.Null, documents[1].GetProperty("language").ValueKind);
        var missing = documents[0].GetProperty("findings")[1];
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("text").ValueKind);
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("page").ValueKind);
    }

    [Fact]
    public void Serialize_JapaneseText_StaysReadableWhileHtmlCharactersAreEscaped()
    {
        var text = ReportJson.Serialize(ReportSamples.OneOfEach());

        Assert.Contains("第5条（技術資料）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SerializedReport_RoundTrips()
    {
        var original = ReportSamples.OneOfEach();

        var copy = ReportJson.DeserializeScanReport(ReportJson.Serialize(original, indented: false));

        Assert.NotNull(copy);
        Assert.Equal(ReportJson.Serialize(original), ReportJson.Serialize(copy));
        Assert.Equal(original.Documents[0].Findings[0].Text, copy.Documents[0].Findings[0].Text);
    }

    [Fact]
    public void Serialize_Compact_HasNoLineBreaks()
    {
        var text = ReportJson.Serialize(ReportSamples.OneOfEach().Documents[0], indented: false);

        Assert.DoesNotContain('\n', text);
        Assert.Equal(ReportSamples.HostileClause, ReportJson.DeserializeDocumentReport(text)!.Findings[0].Text);
    }
}
