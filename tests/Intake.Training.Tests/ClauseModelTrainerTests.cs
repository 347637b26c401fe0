using Intake.Pipeline.Classification;
using Intake.Pipeline.Segmentation;
using Intake.Training.Model;

namespace Intake.Training.Tests;

/// <summary>What the trainer learns from a small corpus, and that it learns it the same way every time.</summary>
public sealed class ClauseModelTrainerTests
{
    [Theory]
    [InlineData("The Distributor shall not assign this Agreement to any affiliate without the prior written consent of the Company.", "assignment-restriction")]
    [InlineData("This Agreement shall be governed by the laws of the State of New York.", "foreign-jurisdiction")]
    [InlineData("販売店は、会社の書面による事前の承諾なく、本契約上の地位を譲渡してはならない。", "assignment-restriction")]
    [InlineData("本契約の準拠法は日本法とし、大阪地方裁判所を専属的合意管轄裁判所とする。", "foreign-jurisdiction")]
    [InlineData("受託者は、秘密情報を第三者に開示してはならない。", "confidentiality")]
    [InlineData("The Licensor shall give technical assistance and train the staff of the Licensee.", "know-how-transfer")]
    public void Train_SmallBilingualCorpus_DecidesUnseenClausesInBothLanguages(string text, string expected)
    {
        var classifier = new ClauseModelClassifier(TinyCorpus.Model);

        var result = classifier.Classify([new Clause(text, null, null, 1, 0, "und")]).Single();

        Assert.Contains(result.Labels, l => l.Label == expected);
        Assert.All(result.Labels, l => Assert.InRange(l.Score, 0f, 1f));
    }

    [Theory]
    [InlineData("The Customer shall pay each invoice within forty-five days.")]
    [InlineData("本契約に基づく通知は書面により行うものとする。")]
    public void Classify_Boilerplate_DecidesNoLabel(string text)
    {
        var classifier = new ClauseModelClassifier(TinyCorpus.Model);

        var result = classifier.Classify([new Clause(text, null, null, 1, 0, "und")]).Single();

        Assert.Empty(result.Labels);
    }

    [Fact]
    public void Train_SameCorpusTwice_GivesTheSameModel()
    {
        var clauses = TinyCorpus.Clauses();
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        TinyCorpus.Train(clauses).Save(first);
        TinyCorpus.Train(clauses).Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Thresholds_ChosenOnValidation_AreStoredPerLabel()
    {
        var manifest = TinyCorpus.Model.Manifest;

        Assert.Equal(Taxonomy.Ids, manifest.Labels.Select(l => l.Id));
        Assert.All(manifest.Labels, l => Assert.InRange(l.Threshold, 0.02f, 0.98f));
        Assert.Contains(manifest.Labels, l => l.ThresholdSource.StartsWith("validation", StringComparison.Ordinal));
    }

    [Fact]
    public void Thresholds_GivenAtTraining_DecideTheLabel()
    {
        var thresholds = Taxonomy.Ids.Select(id => id == "confidentiality" ? 0f : 1.01f).ToArray();
        var model = new ClauseModelTrainer(TinyCorpus.Settings())
            .TrainWithThresholds(TinyCorpus.Clauses(), thresholds, "fixed");
        var classifier = new ClauseModelClassifier(model);

        var result = classifier.Classify([new Clause("Invoices are due in thirty days.", null, null, 1, 0, "en")]).Single();

        Assert.Equal(["confidentiality"], result.Labels.Select(l => l.Label));
    }
}
