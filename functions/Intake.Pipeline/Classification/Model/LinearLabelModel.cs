namespace Intake.Pipeline.Classification.Model;

/// <summary>
/// One label's calibrated linear model over the hashed features: score = bias + w·x, probability =
/// 1 / (1 + exp(slope · score + offset)) as ML.NET's Platt calibrator computes it.
/// </summary>
public sealed class LinearLabelModel
{
    public LinearLabelModel(string label, float bias, float plattSlope, float plattOffset, float threshold, int[] indices, float[] weights)
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
        Indices = indices;
        Weights = weights;
    }

    public string Label { get; }

    public float Bias { get; }

    public float PlattSlope { get; }

    public float PlattOffset { get; }

    /// <summary>The label is decided when its probability is at least this.</summary>
    public float Threshold { get; }

    /// <summary>Feature indices with a non-zero weight, increasing.</summary>
    public IReadOnlyList<int> Indices { get; }

    public IReadOnlyList<float> Weights { get; }

    public LinearLabelModel WithThreshold(float threshold) =>
        new(Label, Bias, PlattSlope, PlattOffset, threshold, [.. Indices], [.. Weights]);

    public LinearLabelModel WithCalibration(float plattSlope, float plattOffset, float threshold) =>
        new(Label, Bias, plattSlope, plattOffset, threshold, [.. Indices], [.. Weights]);

    public float Calibrate(float rawScore) => 1f / (1f + MathF.Exp((PlattSlope * rawScore) + PlattOffset));
}
