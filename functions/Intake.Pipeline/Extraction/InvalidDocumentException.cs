namespace Intake.Pipeline.Extraction;

/// <summary>
/// Thrown inside extraction when the document itself is the problem (corrupt, encrypted, over a limit).
/// The extractor turns it into <see cref="DocumentStatus.Rejected"/> with <see cref="Exception.Message"/>
/// as the reason, so the message must read well on its own.
/// </summary>
public sealed class InvalidDocumentException : Exception
{
    public InvalidDocumentException()
    {
    }

    public InvalidDocumentException(string message)
        : base(message)
    {
    }

    public InvalidDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
