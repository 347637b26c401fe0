using Intake.Pipeline.Classification;
using Intake.Pipeline.Classification.Features;
using Intake.Pipeline.Classification.Model;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Tests.Classification;

public sealed class ClauseModelTests
{
    private static int IndexOf(string label) => Taxonomy.Ids.ToList().IndexOf(label);

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
    public void Classify_AnyClause_DecidesALabelExactlyWhenItsScoreReachesItsThreshold()
    {
        var model = TinyCorpus.Model;
        var classifier = new ClauseModelClassifier(model);
        var clauses = TinyCorpus.Clauses().Select((c, i) => new Clause(c.Text, c.Heading, null, 1, i, c.Language)).ToList();

        var results = classifier.Classify(clauses);

        for (var i = 0; i < clauses.Count; i++)
        {
            var probabilities = model.Predict(clauses[i].Text, clauses[i].Heading);
            for (var l = 0; l < model.Labels.Count; l++)
            {
                var decided = results[i].Labels.Any(p => p.Label == model.Labels[l].Label);
                Assert.Equal(probabilities[l] >= model.Labels[l].Threshold, decided);
            }
        }
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
        var model = new Intake.Pipeline.Classification.Training.ClauseModelTrainer(TinyCorpus.Settings())
            .TrainWithThresholds(TinyCorpus.Clauses(), thresholds, "fixed");
        var classifier = new ClauseModelClassifier(model);

        var result = classifier.Classify([new Clause("Invoices are due in thirty days.", null, null, 1, 0, "en")]).Single();

        Assert.Equal(["confidentiality"], result.Labels.Select(l => l.Label));
    }

    [Theory]
    [InlineData("The Distributor shall not assign this Agreement without the prior written consent of the Company.", "assignment-restriction", "assign|consent|transfer")]
    [InlineData("本契約の準拠法は日本法とする。", "foreign-jurisdiction", "準拠|法|日本")]
    public void Explain_DecidedLabel_NamesNgramsOfTheClauseThatPushedIt(string text, string label, string plausibleFragments)
    {
        var classifier = new ClauseModelClassifier(TinyCorpus.Model);

        var prediction = classifier.Classify([new Clause(text, null, null, 1, 0, "und")]).Single().Labels.Single(l => l.Label == label);

        Assert.True(prediction.Evidence.Count > 0, "no evidence");
        var fragments = plausibleFragments.Split('|');
        Assert.True(prediction.Evidence.Any(term => fragments.Any(f => term.Contains(f, StringComparison.Ordinal))), string.Join(" | ", prediction.Evidence));
        Assert.DoesNotContain(prediction.Evidence, term => term is "the" or "of" || (term.Length == 1 && term[0] >= '\u3040'));
        Assert.InRange(prediction.Evidence.Count, 1, 3);
        var normalized = ClauseFeaturizer.Normalize(text);
        Assert.All(prediction.Evidence, term => Assert.Contains(term.TrimEnd('…'), normalized, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_TermsOrderedByContribution_StrongestFirst()
    {
        var model = TinyCorpus.Model;
        var text = "The Supplier shall keep the Confidential Information in confidence.";

        var terms = model.Explain(text, null, IndexOf("confidentiality"), max: 5);

        Assert.NotEmpty(terms);
        Assert.Equal(terms.Count, terms.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Predict_LongClause_ScoresTheRelevantSentenceNotTheAverage()
    {
        var model = TinyCorpus.Model;
        var assignment = "Neither party may assign any of its rights under this Agreement without prior written consent.";
        var padding = string.Join(" ", Enumerable.Repeat("The Customer shall pay the fees within thirty days of the invoice date.", 6));

        var alone = model.Predict(assignment, null)[IndexOf("assignment-restriction")];
        var within = model.Predict(padding + " " + assignment, null)[IndexOf("assignment-restriction")];

        Assert.True(model.Manifest.SentencePooling);
        Assert.True(within >= alone - 1e-6, $"{within} < {alone}");
    }

    [Fact]
    public void Classify_EmptyText_DecidesNothing()
    {
        var classifier = new ClauseModelClassifier(TinyCorpus.Model);

        var results = classifier.Classify([new Clause("", null, null, 1, 0, "en"), new Clause("   ", null, null, 1, 0, "en")]);

        Assert.All(results, r => Assert.Empty(r.Labels));
    }

    [Fact]
    public void Classify_LargeBatchInParallel_GivesTheSameResultsAsOneByOne()
    {
        var classifier = new ClauseModelClassifier(TinyCorpus.Model);
        var clauses = TinyCorpus.Clauses().Select((c, i) => new Clause(c.Text, null, null, 1, i, c.Language)).ToList();

        var batch = classifier.Classify(clauses);
        var single = clauses.Select(c => classifier.Classify([c]).Single()).ToList();

        for (var i = 0; i < clauses.Count; i++)
        {
            Assert.Equal(single[i].Labels.Select(l => (l.Label, l.Score)), batch[i].Labels.Select(l => (l.Label, l.Score)));
        }
    }

    [Fact]
    public void Load_NotAZip_ThrowsInvalidData()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);

        Assert.ThrowsAny<InvalidDataException>(() => ClauseModel.Load(stream));
    }
}
