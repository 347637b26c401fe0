namespace Intake.Pipeline.Segmentation;

/// <summary>How long a clause may grow before it is cut at item or sentence boundaries. Section "Segmentation".</summary>
public sealed class SegmentationOptions
{
    /// <summary>A clause longer than this (characters) is split into its items, then into sentence groups. Default 1,200.</summary>
    public int MaxClauseLength { get; set; } = 1200;

    /// <summary>Sentence groups made by the prose fallback stay below this length where sentences allow. Default 400.</summary>
    public int TargetChunkLength { get; set; } = 400;
}
