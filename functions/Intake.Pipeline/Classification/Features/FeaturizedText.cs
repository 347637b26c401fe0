namespace Intake.Pipeline.Classification.Features;

/// <summary>
/// A text's feature vector and, in the featuriser's walk order, every feature occurrence with where its
/// n-gram sits (<see cref="ClauseFeaturizer.TermSpans"/>): what scoring and explaining a label both need.
/// </summary>
internal sealed record FeaturizedText(SparseVector Vector, IReadOnlyList<(int Index, int Start, int Length, bool Heading)> Spans);
