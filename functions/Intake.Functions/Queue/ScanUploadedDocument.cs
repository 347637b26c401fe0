using Azure.Storage.Queues.Models;
using Intake.Pipeline.Ingestion;

namespace Intake.Functions.Queue;

/// <summary>
/// One <c>intake-events</c> message (an Event Grid BlobCreated event, Base64-decoded by the host per
/// host.json) handed to the event processor. Throwing fails the invocation: the host retries it and,
/// after <c>maxDequeueCount</c>, moves it to <c>intake-events-poison</c>; by then the processor has
/// recorded the document as Failed.
/// </summary>
public sealed class ScanUploadedDocument(EventMessageProcessor processor)
{
    public const string QueueName = "intake-events";

    [Function(nameof(ScanUploadedDocument))]
    public async Task RunAsync([QueueTrigger(QueueName, Connection = "IntakeStorage")] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await processor.ProcessAsync(message.Body.ToString(), message.DequeueCount, cancellationToken);
        if (result.Disposition != MessageDisposition.Complete)
        {
            throw new MessageNotCompletedException(result, message.DequeueCount);
        }
    }
}
