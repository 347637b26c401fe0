namespace Intake.Pipeline.Extraction;

/// <summary>What happened to a document. Names are part of the JSON report and the documents table.</summary>
public enum DocumentStatus
{
    /// <summary>Read, segmented and classified.</summary>
    Completed,

    /// <summary>No text layer (a scan or an image) and no OCR service configured.</summary>
    NeedsOcr,

    /// <summary>A permanent problem with the document itself: corrupt, encrypted, unsupported, over a limit.</summary>
    Rejected,

    /// <summary>An error of ours or of the infrastructure, after retries.</summary>
    Failed,
}
