using System.IO.Compression;
using System.Text.Json;
using Intake.Pipeline.Classification.Features;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Classification.Model;

/// <summary>
/// The trained clause model (read here with our own code; Intake.Training writes it): one calibrated linear classifier per label over the hashed n-gram
/// features, with its decision threshold. Immutable once built, so one instance serves every thread.
/// </summary>
/// <remarks>
/// The weights are laid out feature-major (one row of label weights per feature that any label uses),
/// so scoring a clause touches each of its features once for all labels.
/// </remarks>
public sealed class ClauseModel
{
    public const string ManifestEntry = "manifest.json";
    public const string WeightsEntry = "weights.bin";

    /// <summary>The manifest's JSON form, shared with the writer in Intake.Training so both sides read and write the same shape.</summary>
    internal static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly LinearLabelModel[] _labels;
    private readonly int[] _rowOfFeature;
    private readonly float[] _matrix;
    private readonly float[] _bias;

    public ClauseModel(ClauseModelManifest manifest, IReadOnlyList<LinearLabelModel> labels)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(labels);
        if (!ClauseFeaturizer.IsKnownRecipe(manifest.Recipe))
        {
            throw new InvalidDataException($"The model uses feature recipe '{manifest.Recipe}', this build has '{ClauseFeaturizer.ConceptRecipe}', '{ClauseFeaturizer.WordRecipe}' and '{ClauseFeaturizer.CharacterRecipe}'.");
        }

        // Older models recorded no lexicon: they load as before.
        if (manifest.Recipe == ClauseFeaturizer.ConceptRecipe
            && manifest.Training?.Settings is { } settings
            && settings.TryGetValue(ClauseConcepts.FingerprintSetting, out var lexicon)
            && lexicon != ClauseConcepts.Fingerprint)
        {
            throw new InvalidDataException($"The model was trained with concept lexicon {lexicon}; this build's concepts.tsv is {ClauseConcepts.Fingerprint}. Retrain the model (intake train) after changing the lexicon.");
        }

        if (!manifest.Labels.Select(l => l.Id).SequenceEqual(labels.Select(l => l.Label), StringComparer.Ordinal))
        {
            throw new InvalidDataException("The manifest's label order differs from the weights.");
        }

        Manifest = manifest;
        Featurizer = new ClauseFeaturizer(manifest.HashBits, manifest.Recipe);
        _labels = [.. labels];
        _bias = [.. labels.Select(l => l.Bias)];

        _rowOfFeature = new int[Featurizer.Dimension];
        Array.Fill(_rowOfFeature, -1);
        var rows = 0;
        foreach (var label in _labels)
        {
            foreach (var index in label.Indices)
            {
                if ((uint)index >= (uint)_rowOfFeature.Length)
                {
                    throw new InvalidDataException($"Feature index {index} is outside the model's {Featurizer.Dimension} features.");
                }

                if (_rowOfFeature[index] < 0)
                {
                    _rowOfFeature[index] = rows++;
                }
            }
        }

        _matrix = new float[rows * _labels.Length];
        for (var l = 0; l < _labels.Length; l++)
        {
            var indices = _labels[l].Indices;
            var weights = _labels[l].Weights;
            for (var i = 0; i < indices.Count; i++)
            {
                _matrix[(_rowOfFeature[indices[i]] * _labels.Length) + l] = weights[i];
            }
        }
    }

    public ClauseModelManifest Manifest { get; }

    public ClauseFeaturizer Featurizer { get; }

    public IReadOnlyList<LinearLabelModel> Labels => _labels;

    public string Version => Manifest.Version;

    /// <summary>Calibrated probabilities, one per label in model order.</summary>
    public float[] Predict(string text, string? heading)
    {
        var probabilities = new float[_labels.Length];
        Predict(text, heading, probabilities);
        return probabilities;
    }

    /// <summary>
    /// Calibrated probabilities of a clause: with sentence pooling, for each label the highest of the
    /// whole clause's and its sentences' probabilities.
    /// </summary>
    public void Predict(string text, string? heading, Span<float> probabilities)
    {
        PredictRaw(text, heading, probabilities);
        for (var l = 0; l < _labels.Length; l++)
        {
            probabilities[l] = _labels[l].Calibrate(probabilities[l]);
        }
    }

    /// <summary>
    /// Uncalibrated scores (bias + w·x) of a clause, pooled over its sentences like <see cref="Predict(string, string?, Span{float})"/>:
    /// calibration is increasing, so the highest score gives the highest probability.
    /// </summary>
    public void PredictRaw(string text, string? heading, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(text);
        Raw(Featurizer.Featurize(text, heading), scores);
        if (!Manifest.SentencePooling)
        {
            return;
        }

        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count < 2)
        {
            return;
        }

        Span<float> sentence = stackalloc float[_labels.Length];
        foreach (var (start, length) in sentences)
        {
            Raw(Featurizer.FeaturizeSentence(text, start, length, heading), sentence);
            for (var l = 0; l < _labels.Length; l++)
            {
                scores[l] = Math.Max(scores[l], sentence[l]);
            }
        }
    }

    /// <summary>
    /// Scores a clause for every label and keeps what explaining any of them needs (<see cref="ScoredClause.Contributions"/>):
    /// the features of the clause and of each of its sentences, walked once. Its probabilities equal <see cref="Predict(string, string?, Span{float})"/>'s.
    /// </summary>
    public ScoredClause Score(string text, string? heading)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headingSpans = Featurizer.HeadingSpans(heading);
        var whole = Part(text, 0, text.Length, headingSpans);
        var pooled = whole.Raw.AsSpan().ToArray();
        IReadOnlyList<(int Start, int Length)> sentences = [];
        ScoredPart[]? sentenceParts = null;
        if (Manifest.SentencePooling)
        {
            sentences = SentenceSplitter.Split(text);
            if (sentences.Count >= 2)
            {
                sentenceParts = new ScoredPart[sentences.Count];
                var cutFrom = SentenceSource(text, whole);
                for (var s = 0; s < sentences.Count; s++)
                {
                    sentenceParts[s] = Part(text, sentences[s].Start, sentences[s].Length, headingSpans, cutFrom);
                    for (var l = 0; l < _labels.Length; l++)
                    {
                        pooled[l] = Math.Max(pooled[l], sentenceParts[s].Raw[l]);
                    }
                }
            }
        }

        for (var l = 0; l < _labels.Length; l++)
        {
            pooled[l] = _labels[l].Calibrate(pooled[l]);
        }

        return new ScoredClause(this, text, headingSpans, pooled, whole, sentences, sentenceParts);
    }

    /// <summary>
    /// Where a label's score came from in this clause: the window (the clause or its highest-scoring
    /// sentence) and every feature of it that pushed the label up (value × weight &gt; 0), each once, at its
    /// first position in the window's (or heading's) normalised text. <see cref="Evidence.EvidenceFinder"/> turns these into words.
    /// </summary>
    public LabelContributions Contributions(string text, string? heading, int labelIndex) => Score(text, heading).Contributions(labelIndex);

    /// <summary>
    /// One featurised stretch of a clause (the clause itself or a sentence) and its raw scores; a sentence's features
    /// cut from <paramref name="cutFrom"/>, the clause's, when given (<see cref="SentenceSource"/>), else walked.
    /// </summary>
    internal ScoredPart Part(string text, int start, int length, (int Index, int Start, int Length, bool Heading)[] headingSpans, FeaturizedText? cutFrom = null)
    {
        var features = start == 0 && length == text.Length
            ? Featurizer.FeaturizeWithSpans(text, headingSpans)
            : cutFrom is not null
                ? ClauseFeaturizer.SentenceOf(cutFrom, headingSpans.Length, start, length)
                : Featurizer.FeaturizeSentenceWithSpans(text, start, length, headingSpans);
        var raw = new float[_labels.Length];
        var rows = new int[features.Vector.Count];
        Raw(features.Vector, raw, rows);
        return new ScoredPart(start, length, features, raw, rows);
    }

    /// <summary>The clause's features when its sentences' can be cut from them (<see cref="ClauseFeaturizer.SentencesCutFromClause"/>), else null.</summary>
    internal static FeaturizedText? SentenceSource(string text, ScoredPart whole) =>
        ClauseFeaturizer.SentencesCutFromClause(text) ? whole.Features : null;

    /// <summary>The positive pushes of one part's features towards a label, each feature once, at its first place in walk order.</summary>
    internal List<TermContribution> Pushes(ScoredPart part, int labelIndex)
    {
        // Each distinct feature's push first, from the weight rows scoring found (the weight table is
        // megabytes: looking it up once per feature, not once per n-gram occurrence, is what keeps this cheap).
        var vector = part.Features.Vector;
        var push = new float[vector.Count];
        var pushing = 0;
        for (var at = 0; at < push.Length; at++)
        {
            var row = part.Rows[at];
            push[at] = row < 0 ? 0f : vector.Values[at] * _matrix[(row * _labels.Length) + labelIndex];
            pushing += push[at] > 0 ? 1 : 0;
        }

        var seen = new bool[vector.Count];
        var pushes = new List<TermContribution>(pushing);
        foreach (var (index, start, length, inHeading) in part.Features.Spans)
        {
            // The vector's indices are sorted and hold every index the walk produced.
            var at = Array.BinarySearch(vector.Indices, index);
            if (seen[at])
            {
                continue;
            }

            seen[at] = true;
            if (push[at] > 0)
            {
                pushes.Add(new TermContribution(start, length, inHeading, push[at]));
            }
        }

        return pushes;
    }

    /// <summary>A raw score turned into the label's calibrated probability.</summary>
    internal float Calibrate(int labelIndex, float raw) => _labels[labelIndex].Calibrate(raw);

    /// <summary>Writes one calibrated probability per label into <paramref name="probabilities"/>.</summary>
    public void Predict(SparseVector features, Span<float> probabilities)
    {
        Raw(features, probabilities);
        for (var l = 0; l < _labels.Length; l++)
        {
            probabilities[l] = _labels[l].Calibrate(probabilities[l]);
        }
    }

    // Raw scores into scores; with rows, also each feature's weight row (-1 when no label weighs it).
    private void Raw(SparseVector features, Span<float> scores, Span<int> rows = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        var labelCount = _labels.Length;
        if (scores.Length < labelCount)
        {
            throw new ArgumentException("One slot per label is needed.", nameof(scores));
        }

        _bias.CopyTo(scores);
        var indices = features.Indices;
        var values = features.Values;
        for (var i = 0; i < indices.Length; i++)
        {
            var row = _rowOfFeature[indices[i]];
            if (!rows.IsEmpty)
            {
                rows[i] = row;
            }

            if (row < 0)
            {
                continue;
            }

            var value = values[i];
            var weights = _matrix.AsSpan(row * labelCount, labelCount);
            for (var l = 0; l < labelCount; l++)
            {
                scores[l] += value * weights[l];
            }
        }
    }

    public static ClauseModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static ClauseModel Load(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The model has no {ManifestEntry}.");
        var weightsEntry = zip.GetEntry(WeightsEntry) ?? throw new InvalidDataException($"The model has no {WeightsEntry}.");
        ClauseModelManifest manifest;
        using (var manifestStream = manifestEntry.Open())
        {
            manifest = JsonSerializer.Deserialize<ClauseModelManifest>(manifestStream, ManifestJson)
                ?? throw new InvalidDataException("The model's manifest is empty.");
        }

        using var weightsStream = weightsEntry.Open();
        using var reader = new BinaryReader(weightsStream);
        var labels = new List<LinearLabelModel>(manifest.Labels.Count);
        foreach (var label in manifest.Labels)
        {
            var count = reader.ReadInt32();
            if (count != label.NonZeroWeights)
            {
                throw new InvalidDataException($"Label '{label.Id}': {count} weights stored, the manifest says {label.NonZeroWeights}.");
            }

            var indices = new int[count];
            var weights = new float[count];
            var previous = 0;
            for (var i = 0; i < count; i++)
            {
                previous += reader.Read7BitEncodedInt();
                indices[i] = previous;
                weights[i] = reader.ReadSingle();
            }

            labels.Add(new LinearLabelModel(label.Id, label.Bias, label.PlattSlope, label.PlattOffset, label.Threshold, indices, weights));
        }

        return new ClauseModel(manifest, labels);
    }
}

/// <summary>One feature's push towards a label: its n-gram's place in the normalised window (or heading) and value × weight.</summary>
public readonly record struct TermContribution(int Start, int Length, bool Heading, float Weight);

/// <summary>The window of a clause that decided a label (start and length in the clause) and the features that pushed it.</summary>
public sealed record LabelContributions(int WindowStart, int WindowLength, IReadOnlyList<TermContribution> Terms);
