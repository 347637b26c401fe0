using Intake.Pipeline.Classification;
using Intake.Training.Data;
using Intake.Training.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Intake.Training.Baselines;

/// <summary>
/// Reference point (b): what a user would build with ML.NET in an afternoon — FeaturizeText (word
/// 1-2-grams and character 1-3-grams, lower case, L2) and one default L-BFGS logistic regression per
/// label, every clause without the label a negative, one global threshold of 0.5. It learns only the
/// labels its training clauses have positives for. <c>intake train</c> trains it on the annotated
/// excerpts of the CUAD training contracts, as the issue describes the reference.
/// </summary>
public sealed class PlainLogisticRegression : IMultiLabelPredictor
{
    private const float GlobalThreshold = 0.5f;

    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly Dictionary<string, ITransformer> _models;

    private PlainLogisticRegression(MLContext ml, ITransformer featurizer, Dictionary<string, ITransformer> models)
    {
        _ml = ml;
        _featurizer = featurizer;
        _models = models;
    }

    public string Name => "plain ML.NET logistic regression";

    public IReadOnlyCollection<string> TrainedLabels => _models.Keys;

    public static PlainLogisticRegression Train(IReadOnlyList<LabelledClause> clauses, int seed, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var ml = new MLContext(seed: seed);
        var texts = ml.Data.LoadFromEnumerable(clauses.Select(c => new TextRow { Text = c.Text }));
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
        };
        var featurizer = ml.Transforms.Text.FeaturizeText(nameof(FeatureRow.Features), options, nameof(TextRow.Text)).Fit(texts);
        var featurized = featurizer.Transform(texts);
        var column = featurized.Schema[nameof(FeatureRow.Features)];
        var dimension = ((VectorDataViewType)column.Type).Size;
        var vectors = new List<VBuffer<float>>(clauses.Count);
        using (var cursor = featurized.GetRowCursor([column]))
        {
            var getter = cursor.GetGetter<VBuffer<float>>(column);
            while (cursor.MoveNext())
            {
                var vector = default(VBuffer<float>);
                getter(ref vector);
                var copy = default(VBuffer<float>);
                vector.CopyTo(ref copy);
                vectors.Add(copy);
            }
        }

        progress?.Invoke($"plain baseline: {dimension} FeaturizeText slots");
        var models = new Dictionary<string, ITransformer>(StringComparer.Ordinal);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        foreach (var label in Taxonomy.Ids)
        {
            var rows = new List<FeatureRow>();
            for (var i = 0; i < clauses.Count; i++)
            {
                rows.Add(new FeatureRow { Label = clauses[i].Has(label), Features = vectors[i] });
            }

            if (!rows.Any(r => r.Label))
            {
                continue;
            }

            var data = ml.Data.LoadFromEnumerable(rows, schema);
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                NumberOfThreads = 1,
            });
            models[label] = trainer.Fit(data);
            progress?.Invoke($"plain baseline: {label} trained");
        }

        return new PlainLogisticRegression(ml, featurizer, models);
    }

    public IReadOnlyList<IReadOnlySet<string>> Decide(IReadOnlyList<LabelledClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var decided = clauses.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var featurized = _featurizer.Transform(_ml.Data.LoadFromEnumerable(clauses.Select(c => new TextRow { Text = c.Text })));
        foreach (var (label, model) in _models)
        {
            var scored = model.Transform(featurized);
            var i = 0;
            foreach (var row in _ml.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: true))
            {
                if (row.Probability >= GlobalThreshold)
                {
                    decided[i].Add(label);
                }

                i++;
            }
        }

        return decided;
    }

    /// <summary>Probabilities of one label for many texts, through ML.NET's own transformers (for the speed comparison).</summary>
    public int CountDecided(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var featurized = _featurizer.Transform(_ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t })));
        var count = 0;
        foreach (var model in _models.Values)
        {
            foreach (var row in _ml.Data.CreateEnumerable<ScoreRow>(model.Transform(featurized), reuseRowObject: true))
            {
                if (row.Probability >= GlobalThreshold)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    private sealed class FeatureRow
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    private sealed class ScoreRow
    {
        public float Probability { get; set; }
    }
}
