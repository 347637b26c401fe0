using Intake.Pipeline.Classification.Model;
using Intake.Training.Model;

namespace Intake.Training.Tests.Model;

/// <summary>The writer's zip reads back through the runtime's reader unchanged, byte for byte on every write.</summary>
public sealed class ClauseModelWriterTests
{
    [Fact]
    public void SaveAndLoad_RoundTrip_GivesTheSameScoresAndThresholds()
    {
        var model = TinyCorpus.Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = ClauseModel.Load(stream);

        Assert.Equal(model.Version, loaded.Version);
        Assert.Equal(model.Labels.Select(l => l.Threshold), loaded.Labels.Select(l => l.Threshold));
        foreach (var clause in TinyCorpus.Clauses().Take(40))
        {
            Assert.Equal(model.Predict(clause.Text, clause.Heading), loaded.Predict(clause.Text, clause.Heading));
        }
    }

    [Fact]
    public void Save_SameModelTwice_WritesIdenticalBytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        TinyCorpus.Model.Save(first);
        TinyCorpus.Model.Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Save_ShippedModel_WritesTheShippedFileByteForByte()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ml-models", "clause-model.zip");
        using var written = new MemoryStream();

        ClauseModel.Load(path).Save(written);

        Assert.Equal(File.ReadAllBytes(path), written.ToArray());
    }
}
