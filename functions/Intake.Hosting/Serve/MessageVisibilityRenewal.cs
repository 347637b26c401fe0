using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Intake.Hosting.Serve;

/// <summary>
/// Keeps a received message invisible while a worker handles it, by pushing its visibility timeout
/// forward every third of <see cref="QueueWorkerOptions.VisibilityTimeout"/> (what the Functions
/// queue listener does for a running function). Each update returns a new pop receipt; the latest
/// one is what settles the message. If the worker dies the updates stop and the message reappears
/// within one visibility timeout.
/// </summary>
internal sealed partial class MessageVisibilityRenewal : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly QueueMessage _message;
    private readonly TimeSpan _visibility;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop;
    private readonly Task _renewing;
    private string _popReceipt;

    public MessageVisibilityRenewal(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        _queue = queue;
        _message = message;
        _visibility = visibility;
        _timeProvider = timeProvider;
        _logger = logger;
        _popReceipt = message.PopReceipt;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renewing = RenewAsync(_stop.Token, cancellationToken);
    }

    /// <summary>Stops renewing and returns the pop receipt to settle the message with.</summary>
    public async Task<string> StopAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        return _popReceipt;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RenewAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_visibility / 3, _timeProvider, stop);
                try
                {
                    // Not cancelled by StopAsync: an update applied but abandoned would leave a stale pop receipt.
                    var receipt = await _queue.UpdateMessageAsync(_message.MessageId, _popReceipt, visibilityTimeout: _visibility, cancellationToken: cancellationToken);
                    _popReceipt = receipt.Value.PopReceipt;
                }
                catch (RequestFailedException exception) when (exception.Status != 404)
                {
                    // A hiccup: the message stays invisible for two more intervals; try again next time.
                    LogRenewalFailed(_logger, exception, _message.MessageId);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Done, or shutting down: the message is settled by the caller or reappears on its own.
        }
        catch (RequestFailedException exception)
        {
            // 404: the pop receipt no longer matches (the message reappeared and was taken); the idempotent ingestor copes.
            LogRenewalFailed(_logger, exception, _message.MessageId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not extend the visibility of message {MessageId}")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, string messageId);
}
