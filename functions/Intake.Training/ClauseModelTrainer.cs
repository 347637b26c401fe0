using System.Globalization;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Classification.Features;
using Intake.Pipeline.Classification.Model;
using Intake.Training.Data;
using Intake.Training.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Intake.Training;

/// <summary>
/// Trains the clause model: hashed n-gram features (<see cref="ClauseFeaturizer"/>); per label two
/// ML.NET L-BFGS logistic regressions over the clauses where that label is known — a context member on
/// every clause and a clause-type member without the CUAD contract units — each calibrated on a
/// validation split of whole documents and merged into one linear model by averaging their log-odds;
/// per-label thresholds chosen there to maximise the mean F1 over the kinds of clause; then both members refitted on all the training
/// clauses and merged the same way.
/// </summary>
/// <remarks>
/// Reproducible: the seed fixes the split, every trainer runs single-threaded (so sums are added in
/// the same order), and the features depend only on the text.
/// </remarks>
public sealed class ClauseModelTrainer(ClauseTrainerSettings settings, Action<string>? progress = null)
{
    /// <summary>The training recipe; part of the model version, so a change of recipe changes the version.</summary>
    public const string Recipe = "lbfgs-per-label, context and clause-type members averaged, sentence pooling, platt and thresholds on validation (mean F1 over kinds of clause), refit; v3";

    private readonly ClauseTrainerSettings _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    private readonly ClauseFeaturizer _featurizer = new(settings.HashBits, settings.FeatureRecipe);

    public TrainingOutcome Train(IReadOnlyList<LabelledClause> clauses, string version)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.Count == 0)
        {
            throw new ArgumentException("Nothing to train on.", nameof(clauses));
        }

        var (fit, validation) = GroupSplit.Split(clauses, _settings.ValidationFraction, _settings.Seed);
        Report($"validation split: {fit.Count} clauses to fit, {validation.Count} to choose thresholds");

        var fitUnits = Expand(fit);
        var firstContext = FitAll(fitUnits, Featurize(fitUnits), thresholds: null);
        var firstType = _settings.Ensemble ? FitClauseTypeModel(fitUnits) : null;

        // Which validation clauses calibrate and choose thresholds: all of them, or less the CUAD
        // contract units when the settings say so (their unhighlighted negatives push thresholds up).
        var choosing = Enumerable.Range(0, validation.Count).Where(i => _settings.CalibrateOnContractUnits || !validation[i].IsContractUnit).ToArray();
        var chooseClauses = choosing.Select(i => validation[i]).ToArray();

        // Each member is calibrated (Platt) on the validation clauses; the ensemble averages their log-odds,
        // which is itself one linear model over the same features.
        var contextCalibration = CalibrateAll(firstContext, version, clauses, validation, choosing, chooseClauses);
        var typeCalibration = firstType is null ? null : CalibrateAll(firstType, version, clauses, validation, choosing, chooseClauses);
        var firstLabels = Combine(firstContext, contextCalibration, firstType, typeCalibration);
        var firstModel = Assemble(firstLabels, version, clauses);

        // The combined model is calibrated again on the same clauses, then each label's threshold chosen there.
        var raw = PredictRawAll(firstModel, validation);
        var chooseRaw = choosing.Select(i => raw[i]).ToArray();
        var calibration = new (float Slope, float Offset)[Taxonomy.Ids.Count];
        for (var l = 0; l < calibration.Length; l++)
        {
            calibration[l] = Calibrate(chooseClauses, chooseRaw, firstModel.Labels[l], l);
        }

        var probabilities = raw.Select(r => r.Select((score, l) => 1f / (1f + MathF.Exp((calibration[l].Slope * score) + calibration[l].Offset))).ToArray()).ToArray();
        var chooseProbabilities = choosing.Select(i => probabilities[i]).ToArray();
        var thresholds = new float[Taxonomy.Ids.Count];
        var thresholdSources = new string[Taxonomy.Ids.Count];
        for (var l = 0; l < thresholds.Length; l++)
        {
            (thresholds[l], thresholdSources[l]) = ChooseThreshold(chooseClauses, chooseProbabilities, l);
        }

        var decisions = probabilities.Select(p => (IReadOnlySet<string>)Decide(p, thresholds)).ToArray();
        var validationResult = MultiLabelEvaluator.Evaluate(validation, decisions);
        var views = ValidationViews(validation, decisions);
        foreach (var (name, view) in views)
        {
            Report(string.Create(CultureInfo.InvariantCulture, $"validation, {name}: {view.Clauses} clauses, macro-F1 {view.MacroF1:0.000} over {view.MacroLabels.Count} labels, micro P {view.Result.Micro.Precision:0.000} R {view.Result.Micro.Recall:0.000}"));
        }

        if (!_settings.RefitOnAll)
        {
            var chosen = firstLabels.Select((l, i) => l.WithCalibration(calibration[i].Slope, calibration[i].Offset, thresholds[i])).ToArray();
            return new TrainingOutcome(Assemble(chosen, version, clauses, thresholdSources), validationResult, fit.Count, validation.Count, views);
        }

        // The refitted members keep the first pass's calibrations: the validation clauses are now training clauses.
        Report("refitting on all training clauses with the chosen thresholds");
        var allUnits = Expand(clauses);
        var context = FitAll(allUnits, Featurize(allUnits), thresholds);
        var type = _settings.Ensemble ? FitClauseTypeModel(allUnits) : null;
        var final = Combine(context, contextCalibration, type, typeCalibration)
            .Select((l, i) => l.WithCalibration(calibration[i].Slope, calibration[i].Offset, thresholds[i]))
            .ToArray();
        var model = Assemble(final, version, clauses, thresholdSources);
        return new TrainingOutcome(model, validationResult, fit.Count, validation.Count, views);
    }

    // The validation clauses by kind, so settings can be compared on each view without touching held-out data.
    private static List<(string Name, ValidationView View)> ValidationViews(IReadOnlyList<LabelledClause> validation, IReadOnlySet<string>[] decisions)
    {
        var views = new List<(string, ValidationView)>();
        void Add(string name, Func<LabelledClause, bool> take, IReadOnlyList<string>? macroLabels)
        {
            var indices = Enumerable.Range(0, validation.Count).Where(i => take(validation[i])).ToArray();
            if (indices.Length == 0)
            {
                return;
            }

            var result = MultiLabelEvaluator.Evaluate([.. indices.Select(i => validation[i])], [.. indices.Select(i => decisions[i])]);
            var labels = macroLabels ?? [.. result.Present.Select(l => l.Label)];
            views.Add((name, new ValidationView(indices.Length, labels, result)));
        }

        Add("CUAD annotated excerpts", c => c.IsExcerpt, Data.Cuad.CuadImporter.MappedLabels);
        Add("CUAD contract units", c => c.IsContractUnit, Data.Cuad.CuadImporter.MappedLabels);
        Add("METI/JPO", c => c.SourceKind == "meti-jpo", null);
        Add("our corpus", c => c.SourceKind == "corpus", null);

        // Per language, so a feature for one language (Japanese words) is judged on that language's validation lines.
        Add("our corpus, English", c => c.SourceKind == "corpus" && c.Language == "en", null);
        Add("our corpus, Japanese", c => c.SourceKind == "corpus" && c.Language == "ja", null);
        return views;
    }

    // The clause-type member: everything but the CUAD contract units, so it learns what each kind of clause
    // says from clean examples, without the thousands of unhighlighted (noisy) unit negatives.
    private LinearLabelModel[] FitClauseTypeModel(List<LabelledClause> units)
    {
        var clean = units.Where(c => !c.IsContractUnit).ToList();
        Report($"clause-type member: {clean.Count} clauses without the CUAD contract units");
        return FitAll(clean, Featurize(clean), thresholds: null);
    }

    private float[][] PredictRawAll(ClauseModel model, IReadOnlyList<LabelledClause> clauses)
    {
        var raw = new float[clauses.Count][];
        Parallel.For(0, clauses.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _settings.Parallelism) }, i =>
        {
            raw[i] = new float[Taxonomy.Ids.Count];
            model.PredictRaw(clauses[i].Text, clauses[i].Heading, raw[i]);
        });
        return raw;
    }

    private (float Slope, float Offset)[] CalibrateAll(LinearLabelModel[] labels, string version, IReadOnlyList<LabelledClause> clauses, IReadOnlyList<LabelledClause> validation, int[] choosing, LabelledClause[] chooseClauses)
    {
        var model = Assemble(labels, version, clauses);
        var raw = PredictRawAll(model, validation);
        var chooseRaw = choosing.Select(i => raw[i]).ToArray();
        return [.. labels.Select((label, l) => Calibrate(chooseClauses, chooseRaw, label, l))];
    }

    // One member alone, or the mean of both members' calibrated log-odds as one linear model
    // (log-odds = -(slope · score + offset), so the mean is linear in the features too).
    private static LinearLabelModel[] Combine(LinearLabelModel[] context, (float Slope, float Offset)[] contextCalibration, LinearLabelModel[]? type, (float Slope, float Offset)[]? typeCalibration)
    {
        if (type is null || typeCalibration is null)
        {
            return [.. context.Select((l, i) => l.WithCalibration(contextCalibration[i].Slope, contextCalibration[i].Offset, l.Threshold))];
        }

        var combined = new LinearLabelModel[context.Length];
        for (var l = 0; l < combined.Length; l++)
        {
            var weights = new SortedDictionary<int, float>();
            void Add(LinearLabelModel member, (float Slope, float Offset) calibration)
            {
                for (var i = 0; i < member.Indices.Count; i++)
                {
                    weights[member.Indices[i]] = weights.GetValueOrDefault(member.Indices[i]) - (0.5f * calibration.Slope * member.Weights[i]);
                }
            }

            Add(context[l], contextCalibration[l]);
            Add(type[l], typeCalibration[l]);
            var bias = -0.5f * ((contextCalibration[l].Slope * context[l].Bias) + contextCalibration[l].Offset + (typeCalibration[l].Slope * type[l].Bias) + typeCalibration[l].Offset);
            var kept = weights.Where(p => p.Value != 0).ToArray();
            combined[l] = new LinearLabelModel(context[l].Label, bias, -1f, 0f, context[l].Threshold, [.. kept.Select(p => p.Key)], [.. kept.Select(p => p.Value)]);
        }

        return combined;
    }

    /// <summary>Trains without a validation split, with the given thresholds (for tests and quick experiments).</summary>
    public ClauseModel TrainWithThresholds(IReadOnlyList<LabelledClause> clauses, IReadOnlyList<float> thresholds, string version)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(thresholds);
        var units = Expand(clauses);
        var fitted = FitAll(units, Featurize(units), [.. thresholds]);
        return Assemble(fitted, version, clauses, [.. thresholds.Select(_ => "given")]);
    }

    // Clauses with labelled sentences (CUAD) are learned from their sentences: the labels are exact there.
    private static List<LabelledClause> Expand(IReadOnlyList<LabelledClause> clauses) =>
        [.. clauses.SelectMany(c => c.Parts ?? [c])];

    private SparseVector[] Featurize(List<LabelledClause> clauses)
    {
        var features = new SparseVector[clauses.Count];
        Parallel.For(0, clauses.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _settings.Parallelism) }, i =>
            features[i] = _featurizer.Featurize(clauses[i].Text, clauses[i].Heading));
        return features;
    }

    private LinearLabelModel[] FitAll(List<LabelledClause> clauses, SparseVector[] features, float[]? thresholds)
    {
        var kept = FrequentFeatures(features);
        var pruned = features.Select(f => Prune(f, kept)).ToArray();
        var models = new LinearLabelModel[Taxonomy.Ids.Count];
        Parallel.For(0, models.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _settings.Parallelism) }, l =>
        {
            var threshold = thresholds?[l] ?? _settings.DefaultThreshold;
            models[l] = FitLabel(Taxonomy.Ids[l], clauses, pruned, threshold);
        });
        return models;
    }

    private LinearLabelModel FitLabel(string label, List<LabelledClause> clauses, SparseVector[] features, float threshold)
    {
        var rows = new List<FeatureRow>();
        var positives = 0;
        var negatives = 0;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!clauses[i].IsKnown(label))
            {
                continue;
            }

            if (clauses[i].Has(label))
            {
                positives++;
            }
            else
            {
                negatives++;
            }
        }

        if (positives == 0 || negatives == 0)
        {
            // Nothing to learn from: a constant model that never decides for the label.
            Report($"  {label}: {positives} positives, {negatives} negatives — not trainable, never predicted");
            return new LinearLabelModel(label, -10f, -1f, 0f, Math.Max(threshold, 0.5f), [], []);
        }

        var positiveWeight = Math.Clamp(MathF.Sqrt((float)negatives / positives), 1f, _settings.MaximumPositiveWeight);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (!clause.IsKnown(label))
            {
                continue;
            }

            var isPositive = clause.Has(label);
            var sourceWeight = _settings.SourceWeights.TryGetValue(clause.SourceKind, out var w) ? w : 1f;
            if (clause.TwinOf is not null)
            {
                sourceWeight *= _settings.TwinWeight;
            }

            if (clause.IsExcerpt)
            {
                sourceWeight *= _settings.ExcerptWeight;
            }
            else if (clause.IsContractUnit && !isPositive)
            {
                sourceWeight *= _settings.ContractUnitNegativeWeight;
            }

            rows.Add(new FeatureRow
            {
                Label = isPositive,
                Weight = sourceWeight * (isPositive ? positiveWeight : 1f),
                Features = new VBuffer<float>(_featurizer.Dimension, features[i].Count, features[i].Values, features[i].Indices),
            });
        }

        var ml = new MLContext(seed: _settings.Seed);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _featurizer.Dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L1Regularization = _settings.L1Regularization,
            L2Regularization = _settings.L2Regularization,
            MaximumNumberOfIterations = _settings.MaximumIterations,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var transformer = trainer.Fit(data);
        var linear = transformer.Model.SubModel;
        var calibrator = transformer.Model.Calibrator;
        var weights = linear.Weights;
        var indices = new List<int>();
        var values = new List<float>();
        for (var index = 0; index < weights.Count; index++)
        {
            if (weights[index] != 0)
            {
                indices.Add(index);
                values.Add(weights[index]);
            }
        }

        Report(string.Create(CultureInfo.InvariantCulture, $"  {label}: {positives} positives, {negatives} negatives, {indices.Count} non-zero weights"));
        return new LinearLabelModel(label, linear.Bias, (float)calibrator.Slope, (float)calibrator.Offset, threshold, [.. indices], [.. values]);
    }

    // Features in at least MinimumDocumentFrequency clauses.
    private HashSet<int> FrequentFeatures(SparseVector[] features)
    {
        var counts = new Dictionary<int, int>();
        foreach (var vector in features)
        {
            foreach (var index in vector.Indices)
            {
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }
        }

        return [.. counts.Where(p => p.Value >= _settings.MinimumDocumentFrequency).Select(p => p.Key)];
    }

    private static SparseVector Prune(SparseVector vector, HashSet<int> kept)
    {
        var indices = new List<int>(vector.Count);
        var values = new List<float>(vector.Count);
        for (var i = 0; i < vector.Count; i++)
        {
            if (kept.Contains(vector.Indices[i]))
            {
                indices.Add(vector.Indices[i]);
                values.Add(vector.Values[i]);
            }
        }

        return new SparseVector([.. indices], [.. values]);
    }

    // Platt on validation when it has enough positives and the fit is increasing; else ML.NET's own calibrator.
    private (float Slope, float Offset) Calibrate(LabelledClause[] validation, float[][] raw, LinearLabelModel model, int labelIndex)
    {
        var label = Taxonomy.Ids[labelIndex];
        var data = new List<(float Score, bool Truth)>();
        for (var i = 0; i < validation.Length; i++)
        {
            if (validation[i].IsKnown(label))
            {
                data.Add((raw[i][labelIndex], validation[i].Has(label)));
            }
        }

        if (data.Count(d => d.Truth) >= _settings.MinimumValidationPositives && PlattScaling.Fit(data) is { Slope: < 0 } fit)
        {
            return ((float)fit.Slope, (float)fit.Offset);
        }

        return (model.PlattSlope, model.PlattOffset);
    }

    private (float Threshold, string Source) ChooseThreshold(LabelledClause[] validation, float[][] probabilities, int labelIndex)
    {
        var label = Taxonomy.Ids[labelIndex];
        var scored = new List<(float Score, bool Truth, string Kind)>();
        for (var i = 0; i < validation.Length; i++)
        {
            if (validation[i].IsKnown(label))
            {
                scored.Add((probabilities[i][labelIndex], validation[i].Has(label), KindOf(validation[i])));
            }
        }

        return ThresholdChooser.Choose(scored, _settings.MinimumValidationPositives, _settings.DefaultThreshold);
    }

    // The kinds of clause whose F1s a threshold balances.
    private static string KindOf(LabelledClause clause) => clause.SourceKind switch
    {
        "corpus" => $"corpus-{clause.Language}",
        "cuad" => clause.IsExcerpt ? "cuad-excerpt" : "cuad-unit",
        var kind => kind,
    };

    private ClauseModel Assemble(LinearLabelModel[] labels, string version, IReadOnlyList<LabelledClause> clauses, string[]? thresholdSources = null)
    {
        var manifest = new ClauseModelManifest(
            version,
            _featurizer.RecipeName,
            _settings.HashBits,
            _settings.Seed,
            _settings.SentencePooling,
            [.. labels.Select((l, i) => new LabelManifest(l.Label, l.Threshold, l.Bias, l.PlattSlope, l.PlattOffset, l.Indices.Count, thresholdSources?[i] ?? "first pass"))],
            Summarize(clauses));
        return new ClauseModel(manifest, labels);
    }

    private TrainingSummary Summarize(IReadOnlyList<LabelledClause> clauses)
    {
        var bySource = clauses.GroupBy(c => c.SourceKind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var positives = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var label in Taxonomy.Ids.Append(Taxonomy.None))
        {
            positives[label] = clauses
                .Where(c => label == Taxonomy.None ? c.Positives.Count == 0 && c.Known is null : c.Has(label))
                .GroupBy(c => c.Language)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }

        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["trainer"] = "ML.NET LbfgsLogisticRegression per label (single-threaded)",
            ["ensemble"] = _settings.Ensemble ? "mean log-odds of a context member (all clauses) and a clause-type member (all but CUAD contract units)" : "one model on all clauses",
            ["features"] = _featurizer.RecipeName + ": NFKC, lower case; word 1-2-grams and 6-char prefixes; kanji/kana char 1-3-grams"
                + (_featurizer.RecipeName is ClauseFeaturizer.WordRecipe or ClauseFeaturizer.ConceptRecipe ? "; Japanese dictionary words (ICU word break) and word pairs" : "")
                + (_featurizer.RecipeName == ClauseFeaturizer.ConceptRecipe ? "; one feature per bilingual concept of concepts.tsv" : "")
                + "; heading features apart; 1+ln(tf), L2-normalised",
            ["hashBits"] = _settings.HashBits.ToString(CultureInfo.InvariantCulture),
            ["minimumDocumentFrequency"] = _settings.MinimumDocumentFrequency.ToString(CultureInfo.InvariantCulture),
            ["l1"] = _settings.L1Regularization.ToString(CultureInfo.InvariantCulture),
            ["l2"] = _settings.L2Regularization.ToString(CultureInfo.InvariantCulture),
            ["maximumIterations"] = _settings.MaximumIterations.ToString(CultureInfo.InvariantCulture),
            ["sentencePooling"] = _settings.SentencePooling ? "max over the clause and its sentences" : "whole clause only",
            ["validationFraction"] = _settings.ValidationFraction.ToString(CultureInfo.InvariantCulture),
            ["maximumPositiveWeight"] = _settings.MaximumPositiveWeight.ToString(CultureInfo.InvariantCulture),
            ["contractUnitNegativeWeight"] = _settings.ContractUnitNegativeWeight.ToString(CultureInfo.InvariantCulture),
            ["excerptWeight"] = _settings.ExcerptWeight.ToString(CultureInfo.InvariantCulture),
            ["twinWeight"] = _settings.TwinWeight.ToString(CultureInfo.InvariantCulture),
            ["calibrateOnContractUnits"] = _settings.CalibrateOnContractUnits ? "yes" : "no (validation excerpts, corpus and METI/JPO only)",
            ["sourceWeights"] = string.Join(", ", _settings.SourceWeights.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}"))),
        };
        if (_featurizer.RecipeName == ClauseFeaturizer.ConceptRecipe)
        {
            // The model's concept weights belong to this lexicon: ClauseModel refuses to score with another.
            settings[ClauseConcepts.FingerprintSetting] = ClauseConcepts.Fingerprint;
        }

        return new TrainingSummary(bySource, positives, settings);
    }

    private static HashSet<string> Decide(float[] probabilities, float[] thresholds)
    {
        var decided = new HashSet<string>(StringComparer.Ordinal);
        for (var l = 0; l < probabilities.Length; l++)
        {
            if (probabilities[l] >= thresholds[l])
            {
                decided.Add(Taxonomy.Ids[l]);
            }
        }

        return decided;
    }

    private void Report(string message) => progress?.Invoke(message);

    private sealed class FeatureRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}

/// <summary>The trained model and how it did on the validation split its thresholds were chosen on.</summary>
public sealed record TrainingOutcome(
    ClauseModel Model,
    EvaluationResult Validation,
    int FitClauses,
    int ValidationClauses,
    IReadOnlyList<(string Name, ValidationView View)> ValidationViews);

/// <summary>The validation split restricted to one kind of clause, with the labels its macro average is taken over.</summary>
public sealed record ValidationView(int Clauses, IReadOnlyList<string> MacroLabels, EvaluationResult Result)
{
    public double MacroF1 => HeldOutComparison.MacroOver(Result, MacroLabels);
}
