using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Classification.Model;
using Intake.Training.Baselines;
using Intake.Training.Data;
using Intake.Training.Data.Cuad;
using Intake.Training.Data.MetiJpo;
using Intake.Training.Evaluation;

namespace Intake.Training;

/// <summary>What <c>intake train</c> reads, holds out and writes.</summary>
public sealed class ClauseTrainingOptions
{
    /// <summary>Corpus files (*.jsonl) or folders holding them.</summary>
    public IList<string> CorpusPaths { get; } = [];

    /// <summary>The shared data folder (with cuad/ and meti-jpo-model-contracts/), or null to train on our corpus alone.</summary>
    public string? SharedDataPath { get; set; }

    /// <summary>Our METI/JPO labels (ml-models/labels/meti-jpo.tsv).</summary>
    public string? MetiLabelsPath { get; set; }

    /// <summary>Share of CUAD contracts held out for evaluation, never trained on.</summary>
    public double CuadHoldOutFraction { get; set; } = 0.2;

    /// <summary>METI/JPO contracts held out whole for evaluation: one NDA and the joint R&amp;D contract.</summary>
    public IList<string> MetiHoldOutFiles { get; } = ["5_nda_ai.md", "7_joint-rd_ai.md"];

    /// <summary>Share of our corpus lines held out (a check on our own writing, so optimistic).</summary>
    public double CorpusHoldOutFraction { get; set; } = 0.15;

    /// <summary>Also learn from the annotated excerpts of the training contracts, whole (clean clause-type examples; unmapped categories are hard negatives).</summary>
    public bool TrainOnCuadExcerpts { get; set; } = true;

    /// <summary>
    /// In training only, an unhighlighted CUAD unit this close (in characters) to an excerpt of a label is
    /// unknown for it rather than a negative; 0 turns this off. Held-out units are always measured strictly.
    /// </summary>
    public int CuadNearMissWindow { get; set; } = 1000;

    /// <summary>Also train and measure the plain ML.NET logistic regression (slow: minutes on CUAD).</summary>
    public bool MeasureBaselines { get; set; } = true;

    /// <summary>
    /// The bilingual parity sets (ml-models/parity/*.jsonl), each measured on its own and never trained on; empty to
    /// skip. A path that does not exist is skipped.
    /// </summary>
    public IList<string> ParityPaths { get; } = [];

    /// <summary>A previously shipped model measured beside the new one on the same held-out sets; null to skip.</summary>
    public string? PreviousModelPath { get; set; }

    /// <summary>Bootstrap resamples (over whole contracts) for the 95 % intervals; 0 to skip.</summary>
    public int BootstrapSamples { get; set; } = 1000;

    public ClauseTrainerSettings Trainer { get; } = new();
}

/// <summary>One evaluation set with the model's and the reference points' results on it.</summary>
public sealed record HeldOutComparison(string Name, string Language, int Clauses, IReadOnlyList<string> MacroLabels, IReadOnlyDictionary<string, EvaluationResult> ByPredictor, string Items = "clauses", IReadOnlyDictionary<string, BootstrapResult>? Intervals = null)
{
    public double Macro(string predictor) =>
        ByPredictor.TryGetValue(predictor, out var result) ? MacroOver(result, MacroLabels) : double.NaN;

    public static double MacroOver(EvaluationResult result, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(result);
        var chosen = result.Labels.Where(l => labels.Contains(l.Label)).ToList();
        return chosen.Count == 0 ? 0 : chosen.Average(l => l.F1);
    }
}

/// <summary>Everything a training run produced: the model, the data it saw and the held-out comparison.</summary>
public sealed record ClauseTrainingResult(
    ClauseModel Model,
    TrainingOutcome Outcome,
    IReadOnlyDictionary<string, int> TrainingBySource,
    IReadOnlyDictionary<string, int> HeldOutBySource,
    IReadOnlyList<HeldOutComparison> HeldOut,
    IReadOnlyList<string> Problems,
    IReadOnlyList<ParitySetResult>? Parity = null,
    IReadOnlyDictionary<string, int>? CuadRealigned = null);

/// <summary>
/// The whole of <c>intake train</c>: load our corpus and, when present, CUAD and the METI/JPO labels;
/// hold out whole contracts; train; measure the model and both reference points on what was held out.
/// </summary>
public sealed class ClauseTrainingRun(ClauseTrainingOptions options, Action<string>? progress = null)
{
    public const string ModelName = "model";
    public const string PreviousModelName = "previous model";

    private IReadOnlyDictionary<string, int> CuadRealigned { get; set; } = new Dictionary<string, int>();

    private readonly ClauseTrainingOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public ClauseTrainingResult Run()
    {
        var problems = new List<string>();
        var corpus = LoadCorpus(problems);
        var cuad = new List<LabelledClause>();
        var cuadExcerpts = new List<LabelledClause>();
        var meti = new List<LabelledClause>();
        if (_options.SharedDataPath is { } shared)
        {
            var cuadPath = Path.Combine(shared, "cuad");
            if (File.Exists(Path.Combine(cuadPath, "master_clauses.csv")))
            {
                var import = CuadImporter.Import(cuadPath);
                cuad.AddRange(import.Clauses);
                cuadExcerpts.AddRange(import.Excerpts);
                problems.AddRange(import.Problems.Select(p => $"cuad: {p}"));
                Report(string.Create(CultureInfo.InvariantCulture, $"CUAD: {import.Contracts} contracts, {import.Clauses.Count} units, {import.SegmentsLocated}/{import.ExcerptSegments} excerpt segments located"));
                CuadRealigned = import.Realigned ?? new Dictionary<string, int>();
                foreach (var (reason, count) in CuadRealigned)
                {
                    Report(string.Create(CultureInfo.InvariantCulture, $"CUAD excerpts imported as unmapped (taxonomy): {count} × {reason}"));
                }
            }

            var metiPath = Path.Combine(shared, "meti-jpo-model-contracts", "md");
            if (_options.MetiLabelsPath is { } labels && File.Exists(labels) && Directory.Exists(metiPath))
            {
                var import = MetiJpoLabels.Load(labels, metiPath);
                meti.AddRange(import.Clauses);
                problems.AddRange(import.Problems.Select(p => $"meti-jpo: {p}"));
                Report($"METI/JPO: {import.Clauses.Count} labelled units");
            }
        }

        Report($"our corpus: {corpus.Count} clauses");

        var seed = _options.Trainer.Seed;
        var (cuadTrain, cuadHeld) = cuad.Count > 0 ? GroupSplit.Split(cuad, _options.CuadHoldOutFraction, seed) : ([], []);
        if (cuad.Count > 0 && _options.CuadNearMissWindow > 0 && _options.SharedDataPath is { } sharedPath)
        {
            // The same contracts (the split depends only on the contract names), with near misses unknown.
            var relaxed = CuadImporter.Import(Path.Combine(sharedPath, "cuad"), _options.CuadNearMissWindow).Clauses;
            var trainGroups = cuadTrain.Select(c => c.Group).ToHashSet(StringComparer.Ordinal);
            cuadTrain = [.. relaxed.Where(c => trainGroups.Contains(c.Group))];
        }

        var metiHeld = meti.Where(c => _options.MetiHoldOutFiles.Any(f => c.Group == $"meti-jpo:{f}")).ToList();
        var metiTrain = meti.Except(metiHeld).ToList();
        var (corpusTrain, corpusHeld) = corpus.Count > 0 ? GroupSplit.Split(corpus, _options.CorpusHoldOutFraction, seed) : ([], []);

        var training = corpusTrain.Concat(cuadTrain).Concat(metiTrain).ToList();
        if (_options.TrainOnCuadExcerpts)
        {
            var trainGroups = cuadTrain.Select(c => c.Group).ToHashSet(StringComparer.Ordinal);
            training.AddRange(cuadExcerpts.Where(c => trainGroups.Contains(c.Group)));
        }

        var heldOut = corpusHeld.Concat(cuadHeld).Concat(metiHeld).ToList();
        Report($"training on {training.Count} clauses; {heldOut.Count} held out");

        var trainer = new ClauseModelTrainer(_options.Trainer, progress);
        var outcome = trainer.Train(training, Version(training));

        var predictors = new List<IMultiLabelPredictor> { new ModelPredictor(outcome.Model) };
        if (_options.PreviousModelPath is { } previousPath && File.Exists(previousPath))
        {
            predictors.Add(new ModelPredictor(ClauseModel.Load(previousPath), PreviousModelName));
        }

        predictors.Add(new KeywordMatcher());
        if (_options.MeasureBaselines && cuadTrain.Count > 0)
        {
            // As the issue describes it: the CUAD clauses of the training contracts (each annotated
            // excerpt a clause; excerpts of unmapped categories the negatives), one threshold of 0.5.
            var trainGroups = cuadTrain.Select(c => c.Group).ToHashSet(StringComparer.Ordinal);
            var referenceTraining = cuadExcerpts.Where(c => trainGroups.Contains(c.Group)).ToList();
            Report($"training the plain ML.NET logistic regression on the {referenceTraining.Count} annotated excerpts of the CUAD training contracts");
            predictors.Add(PlainLogisticRegression.Train(referenceTraining, seed, progress));
        }

        var comparisons = new List<HeldOutComparison>();
        if (cuadHeld.Count > 0)
        {
            comparisons.Add(Compare("CUAD held-out contracts, every unit", "en", cuadHeld, CuadImporter.MappedLabels, predictors));
            var heldGroups = cuadHeld.Select(c => c.Group).ToHashSet(StringComparer.Ordinal);
            var excerpts = cuadExcerpts.Where(c => heldGroups.Contains(c.Group)).ToList();
            comparisons.Add(Compare("CUAD held-out contracts, annotated excerpts", "en", excerpts, CuadImporter.MappedLabels, predictors));
            comparisons.Add(CompareByContract("CUAD held-out contracts, one item per contract (does it have a clause of the kind?)", cuadHeld, excerpts, predictors));
        }

        if (metiHeld.Count > 0)
        {
            comparisons.Add(Compare("METI/JPO held-out contracts", "ja", metiHeld, null, predictors));
            // The aim counts the labels with at least five examples (fewer swing by 0.2 F1 with one clause).
            var frequent = Taxonomy.Ids.Where(l => metiHeld.Count(c => c.Has(l)) >= 5).ToList();
            comparisons.Add(Compare("METI/JPO held-out contracts, labels with at least five examples", "ja", metiHeld, frequent, predictors));
        }

        foreach (var language in corpusHeld.Select(c => c.Language).Distinct().Order(StringComparer.Ordinal))
        {
            comparisons.Add(Compare($"our corpus, held-out lines ({language})", language, [.. corpusHeld.Where(c => c.Language == language)], null, predictors));
        }

        var parity = new List<ParitySetResult>();
        foreach (var parityPath in _options.ParityPaths.Where(File.Exists))
        {
            var pairs = ParityCheck.Read(parityPath);
            var set = Path.GetFileName(parityPath);
            var byPredictor = new Dictionary<string, ParityResult>(StringComparer.Ordinal);
            foreach (var predictor in predictors.Where(p => p is ModelPredictor))
            {
                var measured = ParityCheck.Measure(pairs, predictor);
                byPredictor[Key(predictor)] = measured;
                Report(string.Create(CultureInfo.InvariantCulture, $"parity {set} ({Key(predictor)}): {measured.Agreeing}/{measured.Pairs} pairs decided alike ({measured.Agreement:P1})"));
            }

            parity.Add(new ParitySetResult(set, byPredictor));
        }

        return new ClauseTrainingResult(outcome.Model, outcome, CountBySource(training), CountBySource(heldOut), comparisons, problems, parity, CuadRealigned);
    }

    private List<LabelledClause> LoadCorpus(List<string> problems)
    {
        var clauses = new List<LabelledClause>();
        var files = _options.CorpusPaths
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.jsonl", SearchOption.AllDirectories) : File.Exists(p) ? [p] : [])
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var read = CorpusReader.ReadFile(file);
            clauses.AddRange(read.Clauses);
            problems.AddRange(read.Problems);
        }

        var joined = CorpusTwins.Join(clauses);
        problems.AddRange(joined.Problems);
        return [.. joined.Clauses];
    }

    private HeldOutComparison Compare(string name, string language, IReadOnlyList<LabelledClause> clauses, IReadOnlyList<string>? macroLabels, List<IMultiLabelPredictor> predictors)
    {
        var results = new Dictionary<string, EvaluationResult>(StringComparer.Ordinal);
        var decisions = new Dictionary<string, IReadOnlyList<IReadOnlySet<string>>>(StringComparer.Ordinal);
        foreach (var predictor in predictors)
        {
            var key = Key(predictor);
            decisions[key] = predictor.Decide(clauses);
            results[key] = MultiLabelEvaluator.Evaluate(clauses, decisions[key]);
        }

        // The labels a macro average is taken over: given (CUAD's mapped labels) or those present in the gold labels.
        macroLabels ??= [.. results[ModelName].Present.Select(l => l.Label)];
        var comparison = new HeldOutComparison(name, language, clauses.Count, macroLabels, results, "clauses", Intervals(clauses, decisions, macroLabels));
        var references = string.Join(", ", results.Keys.Where(k => k != ModelName).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k} {comparison.Macro(k):0.000}")));
        Report(string.Create(CultureInfo.InvariantCulture, $"{name}: macro-F1 model {comparison.Macro(ModelName):0.000}, {references}"));
        return comparison;
    }

    // A contract has a label when any of its units or excerpts has it; a predictor, when it decides it for any unit.
    private HeldOutComparison CompareByContract(string name, IReadOnlyList<LabelledClause> units, IReadOnlyList<LabelledClause> excerpts, List<IMultiLabelPredictor> predictors)
    {
        var contracts = units.Select(c => c.Group).Distinct(StringComparer.Ordinal).ToArray();
        var mapped = CuadImporter.MappedLabels.ToHashSet(StringComparer.Ordinal);
        var gold = contracts.Select(contract => new LabelledClause(
            contract,
            null,
            "en",
            contract,
            contract,
            units.Concat(excerpts).Where(c => c.Group == contract).SelectMany(c => c.Positives).Where(mapped.Contains).ToHashSet(StringComparer.Ordinal),
            mapped)).ToList();
        var results = new Dictionary<string, EvaluationResult>(StringComparer.Ordinal);
        var decisions = new Dictionary<string, IReadOnlyList<IReadOnlySet<string>>>(StringComparer.Ordinal);
        foreach (var predictor in predictors)
        {
            var decided = predictor.Decide(units);
            var byContract = contracts.Select(contract => (IReadOnlySet<string>)Enumerable.Range(0, units.Count)
                .Where(i => units[i].Group == contract)
                .SelectMany(i => decided[i])
                .Where(mapped.Contains)
                .ToHashSet(StringComparer.Ordinal)).ToList();
            results[Key(predictor)] = MultiLabelEvaluator.Evaluate(gold, byContract);
            decisions[Key(predictor)] = byContract;
        }

        var comparison = new HeldOutComparison(name, "en", contracts.Length, CuadImporter.MappedLabels, results, "contracts", Intervals(gold, decisions, CuadImporter.MappedLabels));
        Report(string.Create(CultureInfo.InvariantCulture, $"{name}: macro-F1 model {comparison.Macro(ModelName):0.000}"));
        return comparison;
    }

    private static string Key(IMultiLabelPredictor predictor) =>
        predictor is ModelPredictor && predictor.Name != PreviousModelName ? ModelName : predictor.Name;

    // 95 % intervals over whole contracts (corpus lines: over their sources) for the model and the previous model.
    private Dictionary<string, BootstrapResult>? Intervals(IReadOnlyList<LabelledClause> gold, Dictionary<string, IReadOnlyList<IReadOnlySet<string>>> decisions, IReadOnlyList<string> labels)
    {
        if (_options.BootstrapSamples <= 0)
        {
            return null;
        }

        return decisions.Where(d => d.Key is ModelName or PreviousModelName)
            .ToDictionary(d => d.Key, d => ContractBootstrap.Run(gold, d.Value, labels, _options.BootstrapSamples), StringComparer.Ordinal);
    }

    private static Dictionary<string, int> CountBySource(IEnumerable<LabelledClause> clauses) =>
        clauses.GroupBy(c => c.SourceKind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    // The version names the data and settings: the same inputs give the same version (and the same model).
    private string Version(IReadOnlyList<LabelledClause> training)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var clause in training)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(clause.Text));
            hash.AppendData(Encoding.UTF8.GetBytes(clause.Heading ?? ""));
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join(',', clause.Positives.Order(StringComparer.Ordinal))));
            hash.AppendData(Encoding.UTF8.GetBytes(clause.Known is null ? "*" : string.Join(',', clause.Known.Order(StringComparer.Ordinal))));
        }

        var t = _options.Trainer;
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{ClauseModelTrainer.Recipe}|{t.FeatureRecipe}|{t.SentencePooling}|{t.RefitOnAll}|{t.Seed}|{t.HashBits}|{t.L1Regularization}|{t.L2Regularization}|{t.MaximumIterations}|{t.MinimumDocumentFrequency}|{t.ValidationFraction}|{t.MaximumPositiveWeight}|{t.ContractUnitNegativeWeight}|{t.ExcerptWeight}|{t.TwinWeight}|{t.CalibrateOnContractUnits}|{t.Ensemble}|{_options.CuadNearMissWindow}|{string.Join(',', t.SourceWeights.OrderBy(p => p.Key, StringComparer.Ordinal))}")));
        var sources = string.Join('+', training.Select(c => c.SourceKind).Distinct().Order(StringComparer.Ordinal));
        return $"1.0.0+{sources}.{Convert.ToHexStringLower(hash.GetHashAndReset())[..12]}";
    }

    private void Report(string message) => progress?.Invoke(message);
}
