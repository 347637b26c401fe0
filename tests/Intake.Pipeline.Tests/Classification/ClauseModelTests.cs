using Intake.Pipeline.Classification;
using Intake.Pipeline.Classification.Features;
using Intake.Pipeline.Classification.Model;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Tests.Classification;

/// <summary>Scoring, deciding and explaining with a trained model (the shipped one); training is tested in Intake.Training.Tests.</summary>
public sealed class ClauseModelTests
{
    private static int IndexOf(string label) => Taxonomy.Ids.ToList().IndexOf(label);

    private static List<Clause> Clauses() =>
        [.. ShippedModel.Clauses.Select((c, i) => new Clause(c.Text, null, null, 1, i, c.Language))];

    [Fact]
    public void Classify_AnyClause_DecidesALabelExactlyWhenItsScoreReachesItsThreshold()
    {
        var model = ShippedModel.Model;
        var classifier = new ClauseModelClassifier(model);
        var clauses = Clauses();

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

    [Theory]
    [InlineData("The Distributor shall not assign this Agreement without the prior written consent of the Company.", "assignment-restriction", "assign|consent|transfer")]
    [InlineData("本契約の準拠法は日本法とする。", "foreign-jurisdiction", "準拠|法|日本")]
    public void Classify_DecidedLabel_NamesWholeWordsOfTheClauseThatPushedIt(string text, string label, string plausibleFragments)
    {
        var classifier = new ClauseModelClassifier(ShippedModel.Model);

        var prediction = classifier.Classify([new Clause(text, null, null, 1, 0, "und")]).Single().Labels.Single(l => l.Label == label);

        Assert.True(prediction.Evidence.Count > 0, "no evidence");
        var fragments = plausibleFragments.Split('|');
        Assert.True(prediction.Evidence.Any(term => fragments.Any(f => term.Contains(f, StringComparison.Ordinal))), string.Join(" | ", prediction.Evidence));
        Assert.DoesNotContain(prediction.Evidence, term => term is "the" or "of" || (term.Length == 1 && term[0] >= '\u3040'));
        Assert.InRange(prediction.Evidence.Count, 1, 3);
        Assert.All(prediction.Spans, span => Assert.Equal(span.Text, text.Substring(span.Offset, span.Length)));
    }

    [Fact]
    public void Contributions_AreThePositivePushesOfTheDecidingWindow()
    {
        var model = ShippedModel.Model;
        var text = "The Supplier shall keep the Confidential Information in confidence.";

        var contributions = model.Contributions(text, null, IndexOf("confidentiality"));

        Assert.Equal((0, text.Length), (contributions.WindowStart, contributions.WindowLength));
        Assert.NotEmpty(contributions.Terms);
        Assert.All(contributions.Terms, t => Assert.True(t.Weight > 0));
        var normalized = ClauseFeaturizer.Normalize(text);
        Assert.All(contributions.Terms, t => Assert.InRange(t.Start + t.Length, 1, normalized.Length));
    }

    [Fact]
    public void Predict_LongClause_ScoresTheRelevantSentenceNotTheAverage()
    {
        var model = ShippedModel.Model;
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
        var classifier = new ClauseModelClassifier(ShippedModel.Model);

        var results = classifier.Classify([new Clause("", null, null, 1, 0, "en"), new Clause("   ", null, null, 1, 0, "en")]);

        Assert.All(results, r => Assert.Empty(r.Labels));
    }

    [Fact]
    public void Classify_LargeBatchInParallel_GivesTheSameResultsAsOneByOne()
    {
        var classifier = new ClauseModelClassifier(ShippedModel.Model);
        var clauses = Enumerable.Range(0, 20).SelectMany(_ => Clauses()).Select((c, i) => c with { Offset = i }).ToList();

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

    [Fact]
    public void Load_ShippedModel_RecordsTheConceptLexiconOfThisBuild() =>
        Assert.Equal(ClauseConcepts.Fingerprint, ShippedModel.Model.Manifest.Training.Settings[ClauseConcepts.FingerprintSetting]);

    [Theory]
    [InlineData("000000000000", true)]
    [InlineData(null, false)]
    public void Load_ManifestOfAnotherConceptLexicon_ThrowsInvalidData_AndOneWithoutStillLoads(string? lexicon, bool refused)
    {
        using var stream = new MemoryStream();
        using (var shipped = System.IO.Compression.ZipFile.OpenRead(ShippedModel.Path))
        using (var copy = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in shipped.Entries)
            {
                using var from = entry.Open();
                using var to = copy.CreateEntry(entry.FullName).Open();
                if (entry.FullName == ClauseModel.ManifestEntry)
                {
                    var manifest = System.Text.Json.Nodes.JsonNode.Parse(from)!;
                    var settings = manifest["training"]!["settings"]!.AsObject();
                    settings.Remove(ClauseConcepts.FingerprintSetting);
                    if (lexicon is not null)
                    {
                        settings[ClauseConcepts.FingerprintSetting] = lexicon;
                    }

                    using var writer = new System.Text.Json.Utf8JsonWriter(to);
                    manifest.WriteTo(writer);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        stream.Position = 0;
        if (refused)
        {
            var error = Assert.Throws<InvalidDataException>(() => ClauseModel.Load(stream));
            Assert.Contains("concept lexicon 000000000000", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(ShippedModel.Model.Version, ClauseModel.Load(stream).Version);
        }
    }
}
