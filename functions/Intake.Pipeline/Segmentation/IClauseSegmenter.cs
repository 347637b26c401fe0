using Intake.Pipeline.Extraction;

namespace Intake.Pipeline.Segmentation;

/// <summary>Cuts extracted text into clauses, keeping each clause's heading and location.</summary>
public interface IClauseSegmenter
{
    IReadOnlyList<Clause> Segment(ExtractedDocument document);
}
