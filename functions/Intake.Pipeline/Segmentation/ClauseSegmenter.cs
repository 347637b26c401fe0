using Intake.Pipeline.Extraction;

namespace Intake.Pipeline.Segmentation;

// Placeholder of the skeleton: the segmentation work replaces this file.
public sealed class ClauseSegmenter : IClauseSegmenter
{
    public IReadOnlyList<Clause> Segment(ExtractedDocument document) => [];
}
