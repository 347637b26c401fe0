using System.Text.Json;
using Intake.Training.Batch;

namespace Intake.Training.Tests.Batch;

public sealed class JsonlClassifierTests
{
    private static async Task<List<JsonElement>> RunAsync(string input, bool allScores = false)
    {
        var output = new StringWriter();
        await new JsonlClassifier(TinyCorpus.Model).RunAsync(new StringReader(input), output, allScores);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Fact]
    public async Task Run_MixedGoodAndBadLines_AnswersEveryLineInOrder()
    {
        const string input = """
            {"id":"a","text":"Neither party may assign this Agreement without prior written consent.","extra":1}
            {"id":2,"text":"本契約の準拠法は日本法とする。"}
            not json at all
            {"id":"c"}
            {"id":"d","text":""}
            {"id":"e","text":"Fees are payable monthly.","heading":"Fees"}
            """;

        var lines = await RunAsync(input);

        Assert.Equal(6, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Contains(lines[0].GetProperty("labels").EnumerateArray(), l => l.GetProperty("label").GetString() == "assignment-restriction");
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());
        Assert.Contains(lines[1].GetProperty("labels").EnumerateArray(), l => l.GetProperty("label").GetString() == "foreign-jurisdiction");
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("id").ValueKind);
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("c", lines[3].GetProperty("id").GetString());
        Assert.True(lines[3].TryGetProperty("error", out _));
        Assert.True(lines[4].TryGetProperty("error", out _));
        Assert.Equal("e", lines[5].GetProperty("id").GetString());
        Assert.All(lines.Where(l => l.TryGetProperty("labels", out _)), l =>
            Assert.All(l.GetProperty("labels").EnumerateArray(), p => Assert.InRange(p.GetProperty("score").GetDouble(), 0, 1)));
    }

    [Fact]
    public async Task Run_AllScores_ListsEveryLabelInTaxonomyOrder()
    {
        var lines = await RunAsync("{\"id\":1,\"text\":\"The Supplier shall keep all information confidential.\"}", allScores: true);

        var labels = lines.Single().GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("label").GetString()!).ToList();
        Assert.Equal(Intake.Pipeline.Classification.Taxonomy.Ids, labels);
    }

    [Fact]
    public async Task Run_ManyLines_KeepsInputOrderAcrossBatches()
    {
        var input = string.Join('\n', Enumerable.Range(0, 2500).Select(i => $"{{\"id\":{i},\"text\":\"Clause number {i} says the fees are due.\"}}"));

        var lines = await RunAsync(input);

        Assert.Equal(Enumerable.Range(0, 2500), lines.Select(l => l.GetProperty("id").GetInt32()));
    }
}
