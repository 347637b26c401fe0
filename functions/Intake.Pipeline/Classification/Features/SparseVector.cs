namespace Intake.Pipeline.Classification.Features;

/// <summary>A sparse feature vector: strictly increasing indices and their values.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    public int Count => Indices.Length;
}
