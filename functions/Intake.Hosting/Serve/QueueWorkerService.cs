using Azure;
using Azure.Storage.Queues.Models;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Hosting.Serve;

/// <summary>
/// The queue consumer of <c>intake serve</c>: N workers competing for <c>intake-events</c> messages,
/// decoded exactly as the Functions host decodes them, handled by the same <see cref="EventMessageProcessor"/>.
/// A completed message is deleted; a retry becomes visible again after the retry delay; after the
/// last attempt the message is moved to the poison queue, as the host would. On shutdown the workers
/// stop receiving and finish what they hold.
/// </summary>
public sealed partial class QueueWorkerService(
    IntakeStorageClients clients,
    EventMessageProcessor processor,
    IOptions<QueueWorkerOptions> options,
    TimeProvider timeProvider,
    ILogger<QueueWorkerService> logger) : BackgroundService
{
    private readonly QueueWorkerOptions _options = options.Value;
    private readonly CancellationTokenSource _abort = new();
    private int _handled;

    /// <summary>Messages handled since start (any outcome); lets tests and logs see progress.</summary>
    public int Handled => Volatile.Read(ref _handled);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.CreateResources)
        {
            await clients.EnsureCreatedAsync(cancellationToken);
        }

        LogStarting(logger, _options.Workers, clients.Options.EventsQueue);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop receiving now; in-flight messages finish unless the host's shutdown timeout runs out,
        // in which case they are abandoned and reappear after their visibility timeout.
        using var registration = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, _options.Workers)).Select(worker => RunWorkerAsync(worker, stoppingToken)));

    private async Task RunWorkerAsync(int worker, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var queue = clients.EventsQueue;
        var idle = MinimumPoll;
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(1, _options.VisibilityTimeout, stoppingToken)).Value;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (RequestFailedException exception)
            {
                LogReceiveFailed(logger, exception, worker);
                messages = [];
            }

            if (messages.Length == 0)
            {
                if (!await DelayAsync(idle, stoppingToken))
                {
                    break;
                }

                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, _options.MaxPollingInterval.Ticks));
                continue;
            }

            idle = MinimumPoll;
            foreach (var message in messages)
            {
                await HandleAsync(message, _abort.Token);
            }
        }

        LogWorkerStopped(logger, worker);
    }

    private TimeSpan MinimumPoll => TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(10).Ticks, _options.MaxPollingInterval.Ticks / 10));

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var json = QueueMessageCodec.Decode(message.MessageText);
            MessageResult result;
            string popReceipt;
            await using (var visibility = new MessageVisibilityRenewal(clients.EventsQueue, message, _options.VisibilityTimeout, timeProvider, logger, cancellationToken))
            {
                result = await processor.ProcessAsync(json, message.DequeueCount, cancellationToken);
                popReceipt = await visibility.StopAsync();
            }

            switch (result.Disposition)
            {
                case MessageDisposition.Complete:
                    await clients.EventsQueue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
                    break;
                case MessageDisposition.Retry:
                    var delay = result.RetryAfter is { } after && after < _options.RetryDelay ? after : _options.RetryDelay;
                    await clients.EventsQueue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: delay, cancellationToken: cancellationToken);
                    break;
                case MessageDisposition.Poison:
                    // As the host does: the original text, unchanged, on the poison queue; then off the main queue.
                    await clients.PoisonQueue.SendMessageAsync(message.MessageText, cancellationToken);
                    await clients.EventsQueue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
                    LogPoisoned(logger, message.MessageId, message.DequeueCount);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Abandoned at shutdown: the message reappears after its visibility timeout.
        }
        catch (RequestFailedException exception)
        {
            // Deleting or updating failed (the pop receipt expired, storage hiccup): the message
            // reappears and the idempotent ingestor handles it again.
            LogSettleFailed(logger, exception, message.MessageId);
        }
        finally
        {
            Interlocked.Increment(ref _handled);
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Workers} queue workers on {Queue}")]
    private static partial void LogStarting(ILogger logger, int workers, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker {Worker} could not receive messages")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception, int worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Worker} stopped")]
    private static partial void LogWorkerStopped(ILogger logger, int worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moved message {MessageId} to the poison queue after {DequeueCount} deliveries")]
    private static partial void LogPoisoned(ILogger logger, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not settle message {MessageId}; it will be delivered again")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception, string messageId);
}
