namespace Intake.Pipeline.Extraction;

/// <summary>The file type as sniffed from its bytes, never from its name.</summary>
public enum DocumentKind
{
    Unknown,
    Pdf,
    Docx,
    Text,
    Image,
}
