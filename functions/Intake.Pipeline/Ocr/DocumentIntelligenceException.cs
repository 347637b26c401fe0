namespace Intake.Pipeline.Ocr;

/// <summary>
/// Document Intelligence answered with a permanent error: it refused the request (4xx other than 429)
/// or the analyze operation ended <c>failed</c> with an error that retrying will not change.
/// <see cref="DocumentIntelligenceOcrService"/> turns it into a Rejected or Failed status.
/// </summary>
public sealed class DocumentIntelligenceException : Exception
{
    public DocumentIntelligenceException()
    {
    }

    public DocumentIntelligenceException(string message)
        : base(message)
    {
    }

    public DocumentIntelligenceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public DocumentIntelligenceException(string message, int status, DocumentIntelligenceError? error, bool operationFailed)
        : base(message)
    {
        Status = status;
        Error = error;
        OperationFailed = operationFailed;
    }

    /// <summary>The HTTP status of the refusal, or 0 when the operation itself failed.</summary>
    public int Status { get; }

    /// <summary>The service's error object, when it sent one.</summary>
    public DocumentIntelligenceError? Error { get; }

    /// <summary>True when the request was accepted and the analyze operation ended <c>failed</c>.</summary>
    public bool OperationFailed { get; }

    /// <summary>The top-level error code, e.g. InvalidRequest.</summary>
    public string? ErrorCode => Error?.Code;
}
