namespace Intake.Pipeline.Classification.Model;

/// <summary>
/// One label's calibrated linear model over the hashed features: score = bias + w·x, probability =
/// 1 / (1 + exp(slope · score + offset)) as ML.NET's Platt calibrator computes it.
/// </summary>
public sealed class LinearLabelModel
{
    public LinearLabelModel(string label, float bias, float plattSlope, float plattOffset, float threshold, int[] indices, float[] weights, float? japaneseThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(weights);
        if (indices.Length != weights.Length)
        {
            throw new ArgumentException("Indices and weights differ in length.", nameof(weights));
        }

        Label = label;
        Bias = bias;
        PlattSlope = plattSlope;
        PlattOffset = plattOffset;
        Threshold = threshold;
        JapaneseThreshold = japaneseThreshold ?? threshold;
        Indices = indices;
        Weights = weights;
    }

    public string Label { get; }

    public float Bias { get; }

    public float PlattSlope { get; }

    public float PlattOffset { get; }

    /// <summary>The label is decided for an English clause when its probability is at least this.</summary>
    public float Threshold { get; }

    /// <summary>
    /// The same for a Japanese clause. Chosen on the Japanese validation clauses apart: the two languages share
    /// almost no features, so a label's scores are spread differently in each and one threshold suits neither.
    /// </summary>
    public float JapaneseThreshold { get; }

    /// <summary>Feature indices with a non-zero weight, increasing.</summary>
    public IReadOnlyList<int> Indices { get; }

    public IReadOnlyList<float> Weights { get; }

    /// <summary>The threshold for a clause in <paramref name="language"/> ("ja" or anything else, read as English).</summary>
    public float ThresholdFor(string language) => language == Segmentation.LanguageDetector.Japanese ? JapaneseThreshold : Threshold;

    public LinearLabelModel WithThreshold(float threshold) =>
        new(Label, Bias, PlattSlope, PlattOffset, threshold, [.. Indices], [.. Weights]);

    public LinearLabelModel WithCalibration(float plattSlope, float plattOffset, float threshold, float? japaneseThreshold = null) =>
        new(Label, Bias, plattSlope, plattOffset, threshold, [.. Indices], [.. Weights], japaneseThreshold);

    public float Calibrate(float rawScore) => 1f / (1f + MathF.Exp((PlattSlope * rawScore) + PlattOffset));
}
