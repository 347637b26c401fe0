using System.Globalization;
using Intake.Pipeline.Classification;
using Intake.Training.Data;
using Intake.Training.Data.Cuad;

namespace Intake.Training.Tests;

/// <summary>
/// How training treats CUAD-style contract units (noisy negatives: annotators do not highlight every
/// clause of a kind) apart from annotated excerpts and our corpus. The contracts here are made up.
/// </summary>
public sealed class ContractUnitTrainingTests
{
    private const string Assignment = "assignment-restriction";

    [Fact]
    public void LabelledClause_CuadSources_AreToldApartAsExcerptsAndContractUnits()
    {
        var unit = Clause("cuad:a.txt:0-40", "Text.", []);
        var excerpt = Clause("cuad:a.txt:excerpt:12", "Text.", []);
        var corpus = new LabelledClause("Text.", null, "en", "corpus:en.jsonl:3", "corpus:3", new HashSet<string>());

        Assert.True(unit.IsContractUnit);
        Assert.False(unit.IsExcerpt);
        Assert.True(excerpt.IsExcerpt);
        Assert.False(excerpt.IsContractUnit);
        Assert.False(corpus.IsExcerpt || corpus.IsContractUnit);
    }

    [Fact]
    public void Train_ContractUnitsLeftOutOfCalibration_ThresholdsAreChosenWithoutThem()
    {
        var clauses = WithContracts();
        var withSettings = TinyCorpus.Settings();
        withSettings.CalibrateOnContractUnits = true;
        var with = new ClauseModelTrainer(withSettings).Train(clauses, "with units");
        var settings = TinyCorpus.Settings();
        settings.CalibrateOnContractUnits = false;
        var without = new ClauseModelTrainer(settings).Train(clauses, "without units");

        Assert.True(PositivesBehind(without, Assignment) < PositivesBehind(with, Assignment));
        // The validation views still measure the units, whichever way thresholds were chosen.
        Assert.Contains(without.ValidationViews, v => v.Name == "CUAD contract units" && v.View.Clauses > 0);
        Assert.Contains(without.ValidationViews, v => v.Name == "our corpus" && v.View.Clauses > 0);
    }

    [Fact]
    public void Train_ContractUnitNegativesWeighedLess_ScoreUnhighlightedWordingHigher()
    {
        var clauses = WithContracts();
        var heavy = new ClauseModelTrainer(TinyCorpus.Settings()).TrainWithThresholds(clauses, [.. Taxonomy.Ids.Select(_ => 0.5f)], "heavy");
        var settings = TinyCorpus.Settings();
        settings.ContractUnitNegativeWeight = 0.05f;
        var light = new ClauseModelTrainer(settings).TrainWithThresholds(clauses, [.. Taxonomy.Ids.Select(_ => 0.5f)], "light");
        var text = "The Reseller may not hand over this Agreement to another company unless the Vendor agrees.";

        Assert.True(Score(light, text) > Score(heavy, text));
    }

    [Fact]
    public void Train_Ensemble_ClauseTypeMemberLiftsWordingLeftUnhighlightedInContracts()
    {
        var clauses = WithContracts();
        var singleSettings = TinyCorpus.Settings();
        singleSettings.Ensemble = false;
        var single = new ClauseModelTrainer(singleSettings).Train(clauses, "single").Model;
        var ensemble = new ClauseModelTrainer(TinyCorpus.Settings()).Train(clauses, "ensemble").Model;
        var text = "The Reseller may not hand over this Agreement to another company unless the Vendor agrees.";
        var label = Taxonomy.Ids.ToList().IndexOf(Assignment);

        Assert.True(ensemble.Predict(text, null)[label] > single.Predict(text, null)[label]);
        // Still one linear model per label: the members are merged, not kept side by side.
        Assert.Equal(Taxonomy.Ids.Count, ensemble.Labels.Count);
    }

    [Fact]
    public void Train_TwinWeight_TranslatedLinesCountLessThanLinesWrittenInTheirLanguage()
    {
        // Translations that teach a wording nothing else teaches: the lighter they weigh, the less the wording moves the label.
        var clauses = TinyCorpus.Clauses().ToList();
        for (var c = 0; c < 12; c++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"Reseller {c} may not hand over this Agreement unless the Vendor agrees.");
            clauses.Add(new LabelledClause(text, null, "en", "corpus:intake:en:from-ja:test", $"corpus:twin{c}", new HashSet<string>([Assignment]), TwinOf: $"twin{c}"));
        }

        var full = TinyCorpus.Settings();
        full.TwinWeight = 1f;
        var light = TinyCorpus.Settings();
        light.TwinWeight = 0.2f;
        var probe = "Reseller 40 may not hand over this Agreement unless the Vendor agrees.";

        Assert.True(
            Score(new ClauseModelTrainer(full).TrainWithThresholds(clauses, [.. Taxonomy.Ids.Select(_ => 0.5f)], "full"), probe)
            > Score(new ClauseModelTrainer(light).TrainWithThresholds(clauses, [.. Taxonomy.Ids.Select(_ => 0.5f)], "light"), probe));
    }

    // Our tiny corpus plus made-up contracts: one highlighted assignment unit each, and the same kind
    // of wording left unhighlighted (the noise CUAD has), plus an excerpt of an unmapped category.
    private static List<LabelledClause> WithContracts()
    {
        var clauses = TinyCorpus.Clauses().ToList();
        for (var c = 0; c < 24; c++)
        {
            var file = string.Create(CultureInfo.InvariantCulture, $"contract{c}.txt");
            clauses.Add(Clause($"cuad:{file}:0-80", $"Reseller {c} may not hand over this Agreement unless the Vendor agrees in writing.", [Assignment]));
            clauses.Add(Clause($"cuad:{file}:80-160", $"Reseller {c} may not hand over this Agreement to another company unless the Vendor agrees.", []));
            clauses.Add(Clause($"cuad:{file}:160-240", $"The price list of Reseller {c} is attached as Schedule A.", []));
            clauses.Add(Clause($"cuad:{file}:excerpt:0", $"Reseller {c} may not hand over this Agreement unless the Vendor agrees in writing.", [Assignment]));
            clauses.Add(Clause($"cuad:{file}:excerpt:200", $"Reseller {c} shall not sell competing products during the term.", []));
        }

        return clauses;
    }

    private static LabelledClause Clause(string source, string text, string[] positives) =>
        new(text, null, "en", source, source[..source.IndexOf(':', 5)], new HashSet<string>(positives), new HashSet<string>(CuadImporter.MappedLabels));

    private static int PositivesBehind(TrainingOutcome outcome, string label)
    {
        var source = outcome.Model.Manifest.Labels.Single(l => l.Id == label).ThresholdSource;
        return int.Parse(System.Text.RegularExpressions.Regex.Match(source, @"(\d+) positives").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static float Score(Intake.Pipeline.Classification.Model.ClauseModel model, string text)
    {
        var scores = new float[Taxonomy.Ids.Count];
        model.PredictRaw(text, null, scores);
        return scores[Taxonomy.Ids.ToList().IndexOf(Assignment)];
    }
}
