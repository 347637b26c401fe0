namespace Intake.Pipeline.Ocr;

/// <summary>
/// Document Intelligence could not answer now: throttled (429) or failing (5xx) after the pipeline's
/// retries, unreachable, a server-side operation failure such as InternalServerError or Timeout, or
/// no result within the configured timeout. The document itself may be fine: hosts retry it later
/// (the function app lets the queue message go back; the CLI reports the document as Failed).
/// </summary>
public sealed class TransientOcrException : Exception
{
    public TransientOcrException()
    {
    }

    public TransientOcrException(string message)
        : base(message)
    {
    }

    public TransientOcrException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public TransientOcrException(string message, int status, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    /// <summary>The last HTTP status, or 0 when there was none (network failure, timeout, failed operation).</summary>
    public int Status { get; }

    /// <summary>The service's last Retry-After, when it sent one: wait at least this long before trying again.</summary>
    public TimeSpan? RetryAfter { get; }
}
