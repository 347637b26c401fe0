using Intake.Pipeline.Ingestion;

namespace Intake.Functions.Queue;

/// <summary>
/// Thrown to fail an invocation on purpose: the queue trigger's retry and poison queue are how a
/// message is tried again or parked. The message carries document ids and outcomes, never clause text.
/// </summary>
public sealed class MessageNotCompletedException : Exception
{
    public MessageNotCompletedException()
    {
    }

    public MessageNotCompletedException(string message)
        : base(message)
    {
    }

    public MessageNotCompletedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal MessageNotCompletedException(MessageResult result, long dequeueCount)
        : base($"{result.Disposition} on delivery {dequeueCount}: {result.Summary}")
    {
        Disposition = result.Disposition;
    }

    public MessageDisposition? Disposition { get; }
}
